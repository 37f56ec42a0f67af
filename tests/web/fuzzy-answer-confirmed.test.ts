import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, currentQuestion, quickReply, sendText } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();
const ranksLabel = 'It suggests or ranks options for a person to choose from';

describe('chat page: a typed answer RAIA is not sure of', () => {
  it('is shown as a reading with its reason, recorded only when the person clicks to confirm it', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url);
    await page.locator('.message--greeting').first().waitFor();
    await andWaitForReply(page, () => page.locator('[data-action="start:risk"]').click());
    await sendText(page, 'Vendor face-matching pilot');
    for (
      let turn = 0;
      turn < 10 && !(await currentQuestion(page)).includes('How much does the system do');
      turn += 1
    ) {
      const boxes = page.locator('#quick-replies .choice-list input[type="checkbox"]');
      if ((await boxes.count()) > 0) {
        await boxes.first().check();
        await andWaitForReply(page, () => page.locator('[data-action="answer:selected"]').click());
      } else {
        await andWaitForReply(page, () =>
          page.locator('#quick-replies [data-action^="answer:"]').first().click(),
        );
      }
    }
    expect(await currentQuestion(page)).toContain('How much does the system do on its own?');

    await sendText(page, 'it gives a ranked list of candidate matches and an officer decides');
    const reading = page.locator('.message', { hasText: 'I read this as' }).last();
    expect(await reading.textContent()).toContain(
      `I read this as 2. ${ranksLabel}, because it mentions “ranked”`,
    );
    expect(await reading.textContent()).toContain('Nothing is recorded until you confirm it.');
    // While the reading waits, its buttons are the answers on offer: the options come back on "No".
    expect(await page.locator('#quick-replies [data-action^="answer:"]').count()).toBe(0);
    expect(await quickReply(page, 'No, show the options').count()).toBe(1);

    await clickQuickReply(page, 'Yes, record it');
    expect(await page.locator('.message', { hasText: 'Recorded:' }).last().textContent()).toContain(
      `Recorded: 2. ${ranksLabel}`,
    );
    expect(await currentQuestion(page)).not.toContain('How much does the system do on its own?');
    expect(await page.locator('.message--user').last().textContent()).toContain('Yes, record it');

    await clickQuickReply(page, 'Review answers');
    const item = page.locator('.review__item', { hasText: 'How much does the system do on its own?' });
    expect(await item.locator('.review__answer').textContent()).toBe(ranksLabel);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await context.close();
  });
});
