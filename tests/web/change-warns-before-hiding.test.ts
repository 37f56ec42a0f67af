import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, sendText } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();
const surveillance = [
  'disproportionate-biometric-surveillance-applies',
  'disproportionate-biometric-surveillance-likelihood',
  'disproportionate-biometric-surveillance-severity',
  'disproportionate-biometric-surveillance-mitigation',
];

describe('chat page: a change that would hide answers', () => {
  it('says which answered questions it would hide and how many, and asks before applying it', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    const click = (action: string) =>
      andWaitForReply(page, () => page.locator(`[data-action="${action}"]`).click());
    const tick = async (...values: string[]) => {
      for (const value of values) await page.locator(`.choice-list input[value="${value}"]`).check();
      await click('answer:selected');
    };
    const shownInReview = () =>
      page
        .locator('#panel .review__item')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));
    await page.locator('.message--greeting').first().waitFor();
    await click('start:risk');
    await sendText(page, 'Face matcher pilot');
    await click('answer:system-purpose:identification');
    await click('answer:lifecycle-stage:deployment');
    await click('answer:sourcing:procured');
    // Images without biometric data leave it open, so risk v2 asks whether it recognises people.
    await tick('images-video');
    await click('answer:processes-biometric:yes');
    await tick('suspects');
    await click('answer:autonomy:recommends');
    // The owner is optional and typed; this user leaves it for later.
    await clickQuickReply(page, /^Skip$/);
    // The legal framework packs are not what this test is about: neither applies.
    await click('answer:coe-huderia-applies:no');
    await click('answer:eu-ai-act-applies:no');
    await click('answer:no-legal-basis-applies:no');
    await click('answer:function-creep-applies:no');
    // The biometric surveillance risk applies, and its rating and safeguards are answered.
    await click('answer:disproportionate-biometric-surveillance-applies:yes');
    for (let rated = 0; rated < 3; rated += 1) {
      await andWaitForReply(page, () =>
        page.locator('#quick-replies [data-action^="answer:"]').first().click(),
      );
    }
    await clickQuickReply(page, 'Review answers');
    expect(await shownInReview()).toEqual(expect.arrayContaining(surveillance));
    const answeredBefore = await page.locator('#progress-label').textContent();

    await click('edit:processes-biometric');
    await click('answer:processes-biometric:no');
    const warning = page.locator('#transcript .message').last();
    expect(await warning.textContent()).toContain('would hide 4 questions you have already answered');
    expect(await warning.locator('li').count()).toBe(4);
    await clickQuickReply(page, 'No, keep my old answer');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Review your answers');
    expect(await shownInReview()).toEqual(expect.arrayContaining(surveillance));
    const biometric = page.locator(
      '#panel .review__item[data-question="processes-biometric"] .review__answer',
    );
    expect(await biometric.textContent()).toBe('Yes');

    await click('edit:processes-biometric');
    await click('answer:processes-biometric:no');
    await clickQuickReply(page, 'Yes, change it and hide them');
    await expect.poll(() => biometric.textContent()).toBe('No');
    expect((await shownInReview()).filter((id) => surveillance.includes(id ?? ''))).toEqual([]);

    // Undoing the change brings the four answers back.
    await click('edit:processes-biometric');
    await click('answer:processes-biometric:yes');
    await expect.poll(() => biometric.textContent()).toBe('Yes');
    expect(await shownInReview()).toEqual(expect.arrayContaining(surveillance));
    expect(await page.locator('#progress-label').textContent()).toBe(answeredBefore);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
