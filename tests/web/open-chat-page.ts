import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a test checks after the fact: none of these should ever happen. */
export type PageWatch = {
  cspViolations: string[];
  externalRequests: string[];
  dialogs: string[];
  pageErrors: string[];
};

export type ChatPage = { page: Page; context: BrowserContext; watch: PageWatch };

/**
 * Opens the chat page in a fresh context and records CSP violations (the page's own listener plus
 * console reports, which also cover frames), requests to any other origin, JavaScript dialogs
 * (dismissed) and uncaught errors.
 */
export async function openChatPage(
  browser: Browser,
  baseUrl: string,
  options: { path?: string; viewport?: { width: number; height: number } } = {},
): Promise<ChatPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1000, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch: PageWatch = { cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] };
  const origin = new URL(baseUrl).origin;

  await page.exposeFunction('recordCspViolation', (text: string) => watch.cspViolations.push(text));
  // Injected through the DevTools protocol, so it runs despite script-src 'self'.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const record = (window as unknown as { recordCspViolation(text: string): void }).recordCspViolation;
      record(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) watch.cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:srcdoc') return;
    if (new URL(url).origin !== origin) watch.externalRequests.push(url);
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));

  await page.goto(new URL(options.path ?? '/', baseUrl).toString());
  return { page, context, watch };
}
