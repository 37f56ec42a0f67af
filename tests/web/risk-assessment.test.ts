import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  andWaitForReply,
  answerWithFirstOption,
  clickQuickReply,
  currentQuestion,
  isAsking,
  quickReply,
  sendText,
} from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: a whole risk assessment', () => {
  it('is completed with quick replies, typed answers and one "why?", then changed from the review', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await andWaitForReply(page, () => page.locator('[data-action="start:risk"]').click());

    const progress = page.getByRole('progressbar');
    expect(Number(await progress.getAttribute('aria-valuemax'))).toBeGreaterThan(1);
    expect(await page.locator('#progress-label').textContent()).toMatch(
      /^Question 1 of (?:up to )?\d+ · Section 1 of \d+: /,
    );

    await clickQuickReply(page, 'Why is this asked?');
    const sources = page.locator('.message--explanation .citation');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().locator('.citation__snippet').isVisible()).toBe(false);
    await sources.first().locator('summary').click();
    expect(await sources.first().locator('.citation__snippet').isVisible()).toBe(true);
    expect(await sources.first().locator('summary').textContent()).toMatch(/^\[1\] .+ – .+/);

    // Free text twice: the system's name, then an option's label typed instead of clicked.
    await sendText(page, 'Case triage assistant');
    // Quick-reply labels carry a number ("2. Supporting investigations ..."); people type the words.
    const optionLabel = await page.locator('#quick-replies [data-action^="answer:"]').nth(1).textContent();
    const typedLabel = (optionLabel ?? '').replace(/^\d+\.\s*/, '');
    const questionBeforeTyping = await currentQuestion(page);
    await sendText(page, typedLabel);
    expect(await currentQuestion(page)).not.toBe(questionBeforeTyping);

    for (let turn = 0; turn < 200 && (await isAsking(page)); turn += 1) await answerWithFirstOption(page);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Review your answers');
    expect(await page.locator('.review__item').count()).toBeGreaterThan(10);
    expect(await page.locator('.review__item', { hasText: typedLabel }).count()).toBe(1);

    await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());
    await expect.poll(() => page.locator('#panel-title').textContent()).toMatch(/^Your results/);
    const report = page.locator('.results__report');
    await expect.poll(() => report.locator('h1').first().textContent()).toContain('Case triage assistant');
    expect(await report.locator('svg').count()).toBeGreaterThan(0);

    // Change the system's name from the review screen: the report follows.
    await clickQuickReply(page, 'Change answers');
    const nameItem = page.locator('.review__item').first();
    await andWaitForReply(page, () => nameItem.getByRole('button', { name: /^Change answer/ }).click());
    await sendText(page, 'Renamed triage assistant');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Review your answers');
    expect(await page.locator('.review__item').first().locator('.review__answer').textContent()).toBe(
      'Renamed triage assistant',
    );
    await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());
    await expect.poll(() => report.locator('h1').first().textContent()).toContain('Renamed triage assistant');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#panel a[data-format="html"]').click(),
    ]);
    const downloaded = await readFile(await download.path(), 'utf8');
    expect(downloaded).toContain('<svg');
    expect(downloaded).toContain('Renamed triage assistant');
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    expect(await quickReply(page, 'Main menu').count()).toBe(1);

    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/risk-report.png', fullPage: true });
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
