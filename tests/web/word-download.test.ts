import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../reports/word-document-text.ts';
import { andWaitForReply, clickQuickReply } from './chat-actions.ts';
import { completeViaApi } from './complete-via-api.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: the Word download', () => {
  it('offers the report as a Word file beside HTML, Markdown and JSON, named after the assessment', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /readiness/i);
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    await completeViaApi(context.request, harness.server.url, sessionId, 'readiness', { submit: false });
    await page.reload();
    await page.locator('#panel-title', { hasText: 'Review your answers' }).waitFor();
    await andWaitForReply(page, () => page.locator('#panel [data-action="submit"]').click());

    const formats = await page
      .locator('#panel .results__actions a')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('data-format')]));
    expect(formats).toEqual([
      ['Download HTML', 'html'],
      ['Download Word', 'docx'],
      ['Download Markdown', 'md'],
      ['Download JSON', 'json'],
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#panel a[data-format="docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^readiness-[a-z0-9-]*\d{4}-\d\d-\d\d\.docx$/);
    const word = readWordFile(new Uint8Array(await readFile(await download.path())));
    expect(word.paragraphs).toContain('Overall readiness');
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
