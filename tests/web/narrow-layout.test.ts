import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { answerWithFirstOption, clickQuickReply } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: 320 px wide', () => {
  it('never scrolls sideways and labels every control', async () => {
    const { page, context } = await openChatPage(harness.browser, harness.server.url, {
      viewport: { width: 320, height: 640 },
    });
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /risk/i);
    await clickQuickReply(page, 'Why is this asked?');
    await answerWithFirstOption(page);

    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      unlabelled: Array.from(document.querySelectorAll('button, input, textarea, a[href]'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .filter((element) => {
          const named = element.getAttribute('aria-label') ?? (element as HTMLElement).textContent;
          const labels = (element as HTMLInputElement).labels;
          return named.trim() === '' && (labels === null || labels.length === 0);
        })
        .map((element) => element.outerHTML),
    }));
    expect(layout).toEqual({ scrollWidth: 320, unlabelled: [] });
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/chat-320px.png', fullPage: true });
    await context.close();
  });
});
