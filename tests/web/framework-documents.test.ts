import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../reports/word-document-text.ts';
import { answerWithEuPackViaApi } from './answer-with-eu-pack-via-api.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: the documents the legal framework packs draft', () => {
  it('links the FRIA draft beside the report (view, Word, Markdown, JSON) and the Word link downloads it', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
    await answerWithEuPackViaApi(context.request, harness.server.url, sessionId);
    await page.reload();
    await page.locator('#panel-title', { hasText: 'Your results' }).waitFor();

    const documents = page.locator('#panel .document-links');
    expect(await documents.getByRole('heading').textContent()).toContain('not part of the Toolkit');
    const fria = documents.locator('li[data-pack="eu-ai-act"][data-document="fria"]');
    expect(await fria.textContent()).toBe(
      'Fundamental rights impact assessment (draft): View · Word · Markdown · JSON',
    );
    const links = await fria
      .locator('a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.getAttribute('data-document-format'), anchor.getAttribute('href')]),
      );
    const base = `/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=`;
    expect(links).toEqual([
      ['html', `${base}html&questionnaire=risk`],
      ['docx', `${base}docx&questionnaire=risk&download=1`],
      ['md', `${base}md&questionnaire=risk&download=1`],
      ['json', `${base}json&questionnaire=risk&download=1`],
    ]);
    // View opens the draft in a new tab, where the report's own CSP applies.
    const view = fria.getByRole('link', { name: /^View Fundamental rights impact assessment \(draft\)/ });
    expect(await view.getAttribute('target')).toBe('_blank');
    const [opened] = await Promise.all([context.waitForEvent('page'), view.click()]);
    await opened.waitForLoadState();
    expect(await opened.locator('h1').textContent()).toMatch(
      /^Fundamental rights impact assessment \(draft\)/,
    );
    await opened.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      fria.getByRole('link', { name: /as Word$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const word = readWordFile(new Uint8Array(await readFile(await download.path())));
    expect(word.text).toContain('Analysts search recorded CCTV footage for a suspect named in a case file.');
    await page.locator('.results__report iframe, .results__report .report-copy--visible').first().waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
