import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { atAutonomy, rankedList, ranksLabel } from './at-autonomy.ts';

const textOf = (reply: Reply) => reply.messages.map((message) => message.text).join('\n');
const actions = (reply: Reply) => reply.quickReplies.map((quickReply) => quickReply.id);

describe('createAssistant reading typed answers', () => {
  it('proposes the ranked-list sentence as "suggests or ranks", saying why, and records nothing yet', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    const proposed = await send(assistant, sessionId, { text: rankedList });
    expect(textOf(proposed)).toContain(`I read this as **2. ${ranksLabel}**, because it mentions “ranked”`);
    expect(actions(proposed).slice(0, 2)).toEqual(['proposal:confirm', 'proposal:reject']);
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);

    const confirmed = await send(assistant, sessionId, { action: 'proposal:confirm' });
    expect(textOf(confirmed)).toContain(`Recorded: **2. ${ranksLabel}**`);
    expect((await answers()).autonomy?.value).toBe('recommends');
    // RAIA's own reading, confirmed by the person, is their answer rather than a model's.
    expect((await answers()).autonomy?.proposedByModel).toBeUndefined();
  });

  it('shows the options again, recording nothing, when a proposal is not what was meant', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    await send(assistant, sessionId, { text: rankedList });
    const rejected = await send(assistant, sessionId, { action: 'proposal:reject' });
    expect(textOf(rejected)).toContain('Not recorded.');
    expect(rejected.question?.id).toBe('autonomy');
    expect(actions(rejected)).toContain('answer:autonomy:decides-with-review');
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);
  });

  it('takes a typed "yes" as confirming and "no" as rejecting a proposal', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    await send(assistant, sessionId, { text: rankedList });
    await send(assistant, sessionId, { text: 'no' });
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);
    await send(assistant, sessionId, { text: rankedList });
    const confirmed = await send(assistant, sessionId, { text: 'yes' });
    expect(textOf(confirmed)).toContain('Recorded:');
    expect((await answers()).autonomy?.value).toBe('recommends');
  });

  it('records a typed option number at once and echoes it', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    const recorded = await send(assistant, sessionId, { text: '2)' });
    expect(textOf(recorded)).toContain(`Recorded: **2. ${ranksLabel}**`);
    expect((await answers()).autonomy?.value).toBe('recommends');
  });

  it('proposes a number word instead of recording it', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    const proposed = await send(assistant, sessionId, { text: 'the second one' });
    expect(textOf(proposed)).toContain(
      `I read this as **2. ${ranksLabel}**, because “the second one” is option 2`,
    );
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);
  });

  it('echoes what a click records, with every chosen label of a multiple answer', async () => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const named = await send(assistant, sessionId, { text: 'Vendor face-matching pilot' });
    expect(textOf(named)).toContain('Recorded: **“Vendor face-matching pilot”**');
    let reply = named;
    for (let turn = 0; turn < 5 && reply.question?.kind !== 'multiple'; turn += 1) {
      const question = reply.question;
      if (question === null) throw new Error('No multiple question came.');
      reply = await send(assistant, sessionId, {
        action: `answer:${question.id}:${question.options[0]?.value}`,
      });
      expect(textOf(reply)).toContain(`Recorded: **1. ${question.options[0]?.label}**`);
    }
    const question = reply.question;
    if (question === null) throw new Error('No multiple question came.');
    const [first, second] = question.options;
    const clicked = await send(assistant, sessionId, {
      action: `answer:${question.id}:${first?.value}+${second?.value}`,
    });
    expect(textOf(clicked)).toContain(`Recorded: **1. ${first?.label}; 2. ${second?.label}**`);
  });

  it('refuses text it cannot read, recording nothing and proposing nothing', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    const refused = await send(assistant, sessionId, { text: 'it depends on the unit using it' });
    expect(textOf(refused)).toContain('I could not match that to an answer.');
    expect(actions(refused)).not.toContain('proposal:confirm');
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);
  });
});
