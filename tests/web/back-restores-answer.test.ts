import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, currentQuestion, sendText } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();

describe('chat page: Back to an answered question', () => {
  it('shows the boxes ticked and the option chosen as answered, with the card and the bar agreeing', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await andWaitForReply(page, () => page.locator('[data-action="start:risk"]').click());
    await sendText(page, 'Face matcher pilot');
    for (const action of ['system-purpose:identification', 'lifecycle-stage:deployment', 'sourcing:procured'])
      await andWaitForReply(page, () => page.locator(`[data-action="answer:${action}"]`).click());

    const boxes = page.locator('#quick-replies .choice-list input[type="checkbox"]');
    await boxes.and(page.locator('[value="biometric"]')).check();
    await boxes.and(page.locator('[value="criminal-records"]')).check();
    await andWaitForReply(page, () => page.locator('[data-action="answer:selected"]').click());
    // Biometric data is listed, so risk v2 goes straight on to who is affected.
    expect(await currentQuestion(page)).toContain('Who could be affected');

    await clickQuickReply(page, 'Back');
    // The card said "Current answer: ..." while every box was empty.
    expect(await currentQuestion(page)).toContain('Current answer: Biometric');
    const ticked = await boxes.evaluateAll((inputs) =>
      inputs
        .filter((input) => (input as HTMLInputElement).checked)
        .map((input) => (input as HTMLInputElement).value),
    );
    expect(ticked).toEqual(['biometric', 'criminal-records']);
    // The card's "Question N of M" and the bar's are one label (they said 10 of 62 and 62 of 62).
    const label = (await page.locator('#progress-label').textContent()) ?? '';
    expect(label).toMatch(/^Question 5 of (?:up to )?\d+ · /);
    expect(await currentQuestion(page)).toContain(label);

    await clickQuickReply(page, 'Back');
    const chosen = page.locator('#quick-replies [aria-current="true"]');
    expect(await chosen.getAttribute('data-action')).toBe('answer:sourcing:procured');
    expect(await page.locator('#quick-replies [aria-current]').count()).toBe(1);

    // The restored boxes send as they are: the answer stays the same.
    await andWaitForReply(page, () => page.locator('[data-action="answer:sourcing:procured"]').click());
    await andWaitForReply(page, () => page.locator('[data-action="answer:selected"]').click());
    expect(await currentQuestion(page)).toContain('Who could be affected');
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
