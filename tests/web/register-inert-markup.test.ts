import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

const hostileName = '<img src=x onerror="window.pwned = true"> Face <b>match</b>';
const hostileText = '<script>window.pwned = true</script> **not bold** [link](javascript:alert(1))';

describe('register page: hostile text in the register', () => {
  it('shows names, purposes and incidents holding HTML or Markdown as the text they are', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url, {
      path: '/register.html',
    });
    const url = (path: string) => new URL(path, harness.server.url).toString();
    const created = await context.request.post(url('/api/systems'), {
      data: {
        name: hostileName,
        purpose: hostileText,
        owner: hostileText,
        vendor: hostileText,
        sourcing: 'procured',
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const incident = await context.request.post(url(`/api/systems/${id}/incidents`), {
      data: { summary: hostileText },
    });
    expect(incident.status()).toBe(201);

    await page.reload();
    const link = page.locator('.register-table tbody th a');
    await link.waitFor();
    expect(await link.textContent()).toBe(hostileName);
    await expectInert(page);

    await link.click();
    await page.locator('#system-title').waitFor();
    expect(await page.locator('#system-title').textContent()).toBe(hostileName);
    expect(await page.title()).toBe(`${hostileName} – RAIA register`);
    const values = await page.locator('.record__value').allTextContents();
    expect(values.filter((value) => value === hostileText)).toHaveLength(3);
    expect(await page.locator('.incident-list li').textContent()).toContain(hostileText);
    await expectInert(page);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});

async function expectInert(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { pwned?: boolean }).pwned ?? false,
    elements: document.querySelectorAll(
      '#register-view img, #register-view script, #register-view b, #register-view strong, #register-view [onerror]',
    ).length,
    links: Array.from(document.querySelectorAll('#register-view a')).filter(
      (link) => !link.getAttribute('href')?.startsWith('register.html'),
    ).length,
  }));
  expect(state).toEqual({ pwned: false, elements: 0, links: 0 });
}
