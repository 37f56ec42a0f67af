import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, sendText } from './chat-actions.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { completeViaApi } from './complete-via-api.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('has no violations on the greeting, a question with sources, a multiple choice and the dialog', async () => {
    const { page, context } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    await andWaitForReply(page, () => page.locator('[data-action="start:risk"]').click());
    await clickQuickReply(page, 'Why is this asked?');
    await page.locator('.citation summary').first().click();
    expect(await checkAccessibility(page)).toEqual([]);

    await sendText(page, 'Case triage assistant');
    for (let turn = 0; turn < 10 && (await page.locator('.choice-list').count()) === 0; turn += 1) {
      await andWaitForReply(page, () =>
        page.locator('#quick-replies [data-action^="answer:"]').first().click(),
      );
    }
    expect(await page.locator('.choice-list input[type="checkbox"]').count()).toBeGreaterThan(1);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await context.close();
  });

  it('has no violations on the review and results screens, on a phone-sized screen too', async () => {
    const { page, context } = await openChatPage(harness.browser, harness.server.url, {
      viewport: { width: 320, height: 640 },
    });
    await page.locator('.message--greeting').first().waitFor();
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    await completeViaApi(context.request, harness.server.url, sessionId, 'risk', { submit: false });
    await page.reload();
    await page.locator('#panel-title', { hasText: 'Review your answers' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());
    // The server lets this page frame the report; the sanitized copy is the fallback.
    await page.locator('.results__report iframe, .results__report .report-copy--visible').first().waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await context.close();
  });
});
