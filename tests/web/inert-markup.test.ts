import { describe, expect, it } from 'vitest';
import { sendText } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

const hostileMarkdown = [
  'Hostile text: <img src=x onerror="window.pwned = true; alert(1)">',
  '<script>window.pwned = true</script>',
  '<a href="https://example.org/" onclick="alert(1)">raw link</a>',
  '[script link](javascript:alert(1)) and [the Toolkit](https://www.unicri.org/)',
  '![tracker](https://tracker.example/pixel.png)',
  '<p style="color: red">styled</p>',
].join('\n\n');

describe('chat page: hostile markup', () => {
  it('is served with a same-origin CSP without unsafe-inline, so the checks below mean something', async () => {
    const { page, context } = await openChatPage(harness.browser, harness.server.url);
    const response = await context.request.get(harness.server.url);
    const policy = response.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-inline');
    expect(
      await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.outerHTML)),
    ).toEqual(['<script type="module" src="app.js"></script>']);
    await context.close();
  });

  it('shows user text containing HTML as text, with no requests, dialogs or CSP violations', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await sendText(page, '<img src=x onerror="alert(1)"> What does <b>lawfulness</b> mean?');

    expect(await page.locator('#transcript .message--user').last().textContent()).toContain(
      '<img src=x onerror=',
    );
    await expectInert(page);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });

  it('renders an assistant message carrying HTML, scripts and remote images inert', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    // The assistant's own reply is rewritten in flight, so the renderer sees the worst case
    // whatever the real assistant chooses to echo.
    await page.route('**/api/sessions/*/messages', async (route) => {
      const response = await route.fetch();
      const reply = (await response.json()) as { messages: Array<Record<string, unknown>> };
      reply.messages.push({
        id: 'hostile',
        role: 'assistant',
        kind: 'answer',
        text: hostileMarkdown,
        citations: [],
      });
      await route.fulfill({ response, json: reply });
    });
    await sendText(page, 'What is the Toolkit?');
    const message = page.locator('#transcript .message--answer').last();
    await message.waitFor();

    expect(await message.textContent()).toContain('<img src=x onerror=');
    expect(await message.locator('a[href^="javascript"]').count()).toBe(0);
    const toolkitLink = message.getByRole('link', { name: 'the Toolkit' });
    expect(await toolkitLink.getAttribute('target')).toBe('_blank');
    expect(await toolkitLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await message.locator('img').count()).toBe(0);
    expect(await message.locator('[style]').count()).toBe(0);
    await expectInert(page);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});

async function expectInert(page: import('playwright-core').Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
    handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
    scripts: Array.from(document.scripts).map((script) => script.getAttribute('src')),
    images: document.querySelectorAll('#transcript img').length,
  }));
  expect(state).toEqual({ pwned: false, handlers: 0, scripts: ['app.js'], images: 0 });
}
