import { describe, expect, it } from 'vitest';
import { andWaitForReply, clickQuickReply, sendText } from './chat-actions.ts';
import { openChatPage } from './open-chat-page.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();
const selectionLabel =
  '1. Biometric data (faces, fingerprints, voices), 2. Images or video, 6. Criminal records';

describe('chat page: reloading a long conversation', () => {
  it('lands on the current question, with earlier clicks shown by their labels', async () => {
    const { page, context, watch } = await openChatPage(harness.browser, harness.server.url, {
      viewport: { width: 1000, height: 600 },
    });
    await page.locator('.message--greeting').first().waitFor();
    await clickQuickReply(page, /risk/i);
    await sendText(page, 'Face matching pilot');
    await clickQuickReply(page, /Identifying or verifying/);
    await clickQuickReply(page, /Deployed and in use/);
    await clickQuickReply(page, /Bought from a supplier/);
    const boxes = page.locator('#quick-replies .choice-list');
    for (const label of ['Biometric data', 'Images or video', 'Criminal records'])
      await boxes.getByLabel(label).check();
    await andWaitForReply(page, () => page.locator('[data-action="answer:selected"]').click());
    // Explanations make the conversation several screens long, as a real one is.
    for (let turn = 0; turn < 6; turn += 1) await clickQuickReply(page, 'Why is this asked?');
    const question = ((await page.locator('.message--question').last().textContent()) ?? '').trim();

    await page.reload();
    await page.getByText('Welcome back. Your earlier conversation').waitFor();
    await page.waitForFunction(() => Number(document.getElementById('transcript')?.dataset.replyCount) >= 1);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(3 * 600);
    const current = page.locator('.message--question').last();
    expect(((await current.textContent()) ?? '').trim()).toBe(question);
    const box = await current.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 600).toBeLessThan(600);

    const said = await page.locator('#transcript .message--user').allTextContents();
    expect(said.some((text) => text.includes(selectionLabel))).toBe(true);
    expect(said.some((text) => text.includes('1. Identifying or verifying people or objects'))).toBe(true);
    expect(said.filter((text) => /answer:|nav:|edit:/.test(text))).toEqual([]);
    expect(watch).toEqual({ cspViolations: [], externalRequests: [], dialogs: [], pageErrors: [] });
    await context.close();
  });
});
