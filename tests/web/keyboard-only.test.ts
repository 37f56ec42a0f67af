import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { andWaitForReply, replyCount } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: keyboard only', () => {
  it('completes the first section with Tab, Enter and Space, focus always visible', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await tabTo(page, '[data-action="start:risk"]');
    await andWaitForReply(page, () => page.keyboard.press('Enter'));
    const firstSection = await sectionTitle(page);

    for (let turn = 0; turn < 60 && (await sectionTitle(page)) === firstSection; turn += 1) {
      const kind = await page.locator('#quick-replies').getAttribute('data-question-kind');
      if (kind === 'text' || kind === 'number') {
        expect(await focusedSelectorMatches(page, '#composer-input')).toBe(true);
        await page.keyboard.type(kind === 'number' ? '3' : 'Typed with the keyboard.');
        await andWaitForReply(page, () => page.keyboard.press('Enter'));
      } else if (kind === 'multiple') {
        await tabTo(page, '#quick-replies .choice-list input[type="checkbox"]');
        await page.keyboard.press('Space');
        await tabTo(page, '[data-action="answer:selected"]');
        await andWaitForReply(page, () => page.keyboard.press('Enter'));
      } else {
        await tabTo(page, '#quick-replies [data-action^="answer:"]');
        // Alternate keys: buttons answer to both.
        await andWaitForReply(page, () => page.keyboard.press(turn % 2 === 0 ? 'Enter' : 'Space'));
      }
    }
    expect(await sectionTitle(page)).not.toBe(firstSection);

    // Shift+Enter adds a line and sends nothing; Enter alone sends.
    const replies = await replyCount(page);
    await tabTo(page, '#composer-input');
    await page.keyboard.type('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    expect(await page.locator('#composer-input').inputValue()).toBe('line one\nline two');
    expect(await replyCount(page)).toBe(replies);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});

async function sectionTitle(page: Page): Promise<string> {
  if (await page.locator('#progress').isHidden()) return '';
  return ((await page.locator('#progress-label').textContent()) ?? '').split(' · ').slice(1).join(' · ');
}

async function focusedSelectorMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}

/** Presses Tab until an element matching `selector` has focus, checking focus is visible on the way. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((wanted) => {
      const active = document.activeElement;
      if (active === null || active === document.body) return { matches: false, visible: true };
      const outline = getComputedStyle(active).outlineStyle;
      return {
        matches: active.matches(wanted),
        visible: active.matches(':focus-visible') && outline !== 'none',
      };
    }, selector);
    expect(focus.visible).toBe(true);
    if (focus.matches) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
