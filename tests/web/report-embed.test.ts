import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeViaApi } from './complete-via-api.ts';
import { type ChatPage, openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

/** A session whose readiness assessment is complete, reloaded so the page resumes at the results. */
async function openCompletedSession(options: { allowFraming: boolean }): Promise<ChatPage> {
  const chat = await openChatPage(harness.browser, harness.server.url);
  const { page, context } = chat;
  if (!options.allowFraming) {
    // The server lets its own page frame the report (frame-ancestors 'self'); a deployment behind a
    // proxy that forbids all framing must still show the report, as a sanitized copy.
    await page.route('**/report?*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(
        "frame-ancestors 'self'",
        "frame-ancestors 'none'",
      );
      headers['x-frame-options'] = 'DENY';
      await route.fulfill({ response, headers });
    });
  }
  await page.locator('.message--greeting').first().waitFor();
  const sessionId = new URL(page.url()).searchParams.get('session') ?? '';
  await completeViaApi(context.request, harness.server.url, sessionId, 'readiness');
  await page.reload();
  await page.getByText('Welcome back').waitFor();
  await page.locator('#panel-title', { hasText: 'Your results' }).waitFor();
  return chat;
}

function reportFrame(page: Page) {
  return page.frames().find((frame) => frame.url().includes('/report?'));
}

describe('chat page: the embedded report', () => {
  it('shows a sanitized copy with its charts when the server forbids framing', async () => {
    const { page, context, watch } = await openCompletedSession({ allowFraming: false });
    const copy = page.locator('.results__report .report-copy--visible');
    await copy.waitFor();
    expect(await copy.locator('svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('.results__report iframe').count()).toBe(0);
    expect(await copy.locator('script, style, [onload], [onerror]').count()).toBe(0);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });

  it('loads the report itself in a script-free sandboxed frame when framing is allowed', async () => {
    const { page, context, watch } = await openCompletedSession({ allowFraming: true });
    const frame = page.locator('.results__report iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('src')).toMatch(/format=html/);
    expect(await frame.getAttribute('src')).not.toMatch(/download/);
    await expect.poll(async () => (await reportFrame(page)?.locator('svg').count()) ?? 0).toBeGreaterThan(0);
    expect(await page.locator('.results__report .report-copy').isVisible()).toBe(false);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });

  it('prints the results and the report copy without the chat around them', async () => {
    const { page, context } = await openCompletedSession({ allowFraming: false });
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.locator('#panel [data-action="print"]').click();
    await page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#transcript').isVisible()).toBe(false);
    expect(await page.locator('#composer').isVisible()).toBe(false);
    expect(await page.locator('.results__report .report-copy svg').first().isVisible()).toBe(true);
    await context.close();
  });
});
