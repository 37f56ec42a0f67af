import type { Locator, Page } from 'playwright-core';
import { frameworkOptInIds } from './framework-opt-ins.ts';

/** How many replies the page has drawn (web/src/apply-reply.ts counts them on the transcript). */
export async function replyCount(page: Page): Promise<number> {
  return Number((await page.locator('#transcript').getAttribute('data-reply-count')) ?? '0');
}

/** Runs `act` (a click, a key press) and waits until the page has drawn the reply it causes. */
export async function andWaitForReply(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await replyCount(page);
  await act();
  await page.waitForFunction(
    (count) => Number(document.getElementById('transcript')?.dataset.replyCount ?? '0') > count,
    before,
  );
}

export function quickReply(page: Page, label: string | RegExp): Locator {
  return page.locator('#quick-replies').getByRole('button', { name: label });
}

export async function clickQuickReply(page: Page, label: string | RegExp): Promise<void> {
  await andWaitForReply(page, () => quickReply(page, label).click());
}

export async function sendText(page: Page, text: string): Promise<void> {
  await page.locator('#composer-input').fill(text);
  await andWaitForReply(page, () => page.locator('#composer-input').press('Enter'));
}

/** The text of the newest question message. */
export async function currentQuestion(page: Page): Promise<string> {
  return ((await page.locator('.message--question').last().textContent()) ?? '').trim();
}

export async function isAsking(page: Page): Promise<boolean> {
  return (await page.locator('#quick-replies [data-action="explain"]').count()) > 0;
}

/**
 * Answers the current question the way a hurried user would: the first listed option, the first
 * box of a multiple choice, or typed text/number when there are no options. A framework pack's
 * opening question is answered no (see framework-opt-ins.ts).
 */
export async function answerWithFirstOption(page: Page, typed = { text: 'A short answer.', number: '3' }) {
  for (const optIn of frameworkOptInIds) {
    const no = page.locator(`#quick-replies [data-action="answer:${optIn}:no"]`);
    if ((await no.count()) > 0) {
      await andWaitForReply(page, () => no.click());
      return;
    }
  }
  const choices = page.locator('#quick-replies .choice-list input[type="checkbox"]');
  if ((await choices.count()) > 0) {
    await choices.first().check();
    await andWaitForReply(page, () => page.locator('[data-action="answer:selected"]').click());
    return;
  }
  const options = page.locator('#quick-replies [data-action^="answer:"]');
  if ((await options.count()) > 0) {
    await andWaitForReply(page, () => options.first().click());
    return;
  }
  const kind = await page.locator('#quick-replies').getAttribute('data-question-kind');
  await sendText(page, kind === 'number' ? typed.number : typed.text);
}
