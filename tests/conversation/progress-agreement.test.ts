import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toMattermost } from '../../src/channels/mattermost/to-mattermost.ts';
import { toBlockKit } from '../../src/channels/slack/to-block-kit.ts';
import { toAdaptiveCard } from '../../src/channels/teams/to-adaptive-card.ts';
import { renderTerminalReply } from '../../src/channels/terminal/render-terminal-reply.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { renderProgress } from '../../web/src/render-progress.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

const position = /Question (\d+) of (?:up to )?(\d+)/;

/** The card's "Question N of M" and the progress line's, as each team chat and the terminal render them. */
function shownPositions(reply: Reply) {
  const card = reply.messages.find((message) => message.kind === 'question')?.text ?? '';
  const options = { sessionId: 's', publicUrl: undefined };
  const slack = toBlockKit(reply, options).blocks.at(-2);
  const teams = toAdaptiveCard(reply, options).content.body.at(-1);
  const mattermost = toMattermost(reply, { ...options, actionUrl: 'https://x.test/a', contexts: [] });
  return {
    card: position.exec(card)?.slice(1),
    slack: position.exec(JSON.stringify(slack))?.slice(1),
    teams: position.exec(teams?.text ?? '')?.slice(1),
    mattermost: position.exec(mattermost.attachments[0]?.text ?? '')?.slice(1),
    terminal: position.exec(renderTerminalReply(reply).split('\n\n').at(-2) ?? '')?.slice(1),
  };
}

function expectAgreement(reply: Reply) {
  const shown = shownPositions(reply);
  expect(shown.card).toBeDefined();
  expect(shown).toEqual({
    card: shown.card,
    slack: shown.card,
    teams: shown.card,
    mattermost: shown.card,
    terminal: shown.card,
  });
}

describe('progress shown beside a question', () => {
  it('agrees with the card after back, change and skip (the card said 10 of 62, the bar 62 of 62)', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    let reply = await send(assistant, sessionId, { action: 'start:risk' });
    expectAgreement(reply);
    for (let answered = 0; answered < 9 && reply.question !== null; answered += 1) {
      const question = reply.question;
      reply =
        question.options.length > 0
          ? await send(assistant, sessionId, {
              action: `answer:${question.id}:${question.options[0]?.value}`,
            })
          : await send(assistant, sessionId, { text: 'Face matcher pilot' });
      expectAgreement(reply);
    }
    reply = await send(assistant, sessionId, { action: 'nav:back' });
    expectAgreement(reply);
    reply = await send(assistant, sessionId, { action: 'nav:back' });
    expectAgreement(reply);
    reply = await send(assistant, sessionId, { action: 'edit:system-name' });
    expectAgreement(reply);
    reply = await send(assistant, sessionId, { text: 'Renamed pilot' });
    reply = await send(assistant, sessionId, { action: 'review' });
    reply = await send(assistant, sessionId, { action: 'edit:sourcing' });
    expectAgreement(reply);
  });
});

/** What the page's bar shows for a reply, drawn by the page's own code into stand-in elements. */
function barLabel(reply: Reply): string | undefined {
  const label = { textContent: '' as string | null };
  const stub = { hidden: true, setAttribute: () => undefined, style: { width: '' } };
  const elements = { container: stub, label, bar: stub, fill: stub } as unknown as Parameters<
    typeof renderProgress
  >[0];
  renderProgress(elements, reply.progress);
  return reply.progress === null || reply.progress.total === 0 ? undefined : (label.textContent ?? '');
}

const typed = fc.constantFrom(
  'back',
  'next unanswered question',
  'back to where I was',
  'review',
  'skip',
  'yes',
  'no',
  '1',
  '2',
  'why?',
  'where was I?',
  'Start a risk assessment',
  'show my results',
  'A written answer',
);
const turn = fc.oneof(
  { arbitrary: fc.nat().map((pick) => ({ pick })), weight: 4 },
  { arbitrary: typed.map((text) => ({ text })), weight: 1 },
);

describe('progress in every channel', () => {
  test.prop([fc.constantFrom('risk', 'readiness'), fc.array(turn, { maxLength: 40 })], { numRuns: 25 })(
    'is the same label on the card, the bar, the terminal and the team chats after any turns',
    async (questionnaireId, turns) => {
      const { assistant } = createTestAssistant();
      const sessionId = await newSession(assistant);
      let reply = await send(assistant, sessionId, { action: `start:${questionnaireId}` });
      for (const next of turns) {
        if (reply.progress !== null) {
          const { label, position, total, answered } = reply.progress;
          expect(barLabel(reply)).toBe(total === 0 ? undefined : label);
          const card = reply.messages.find((message) => message.kind === 'question');
          if (card !== undefined) expect(card.text).toContain(label);
          if (position !== null) expect(position).toBeGreaterThanOrEqual(1);
          expect(position ?? 0).toBeLessThanOrEqual(total);
          expect(answered).toBeLessThanOrEqual(total);
          const options = { sessionId, publicUrl: undefined };
          expect(renderTerminalReply(reply)).toContain(`[${label}]`);
          expect(JSON.stringify(toBlockKit(reply, options).blocks)).toContain(JSON.stringify(label));
          expect(toAdaptiveCard(reply, options).content.body.map((block) => block.text)).toContain(label);
          const mattermost = toMattermost(reply, { ...options, actionUrl: 'https://x.test/a', contexts: [] });
          expect(mattermost.attachments[0]?.text).toBe(label);
        }
        const offered = reply.quickReplies.filter((quickReply) => quickReply.id !== 'menu');
        const chosen = 'pick' in next ? offered[next.pick % Math.max(1, offered.length)] : undefined;
        reply =
          chosen !== undefined
            ? await send(assistant, sessionId, { action: chosen.id })
            : await send(assistant, sessionId, { text: 'text' in next ? next.text : 'review' });
      }
    },
  );
});
