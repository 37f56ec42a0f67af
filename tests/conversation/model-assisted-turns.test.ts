import { describe, expect, it } from 'vitest';
import { failingModel, modelAnswering } from '../llm/mock-language-model.ts';
import { answerUntilReview, createTestAssistant, newSession, send } from './assistant-fixture.ts';

/** A model that maps any free-text answer to option 2 and phrases nothing else. */
const optionTwoModel = () => modelAnswering('2');

const modelNotice = 'the language model is unavailable right now';
const textOf = (reply: { messages: Array<{ text: string }> }) =>
  reply.messages.map((message) => message.text).join('\n');

describe('createAssistant with a model', () => {
  it('holds a model proposal until the person confirms it, then records it as confirmed provenance', async () => {
    const { assistant } = createTestAssistant({ model: optionTwoModel() });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    const purpose = await send(assistant, sessionId, { text: 'Proposal system' });
    const secondOption = purpose.question?.options[1];
    const proposed = await send(assistant, sessionId, {
      text: 'we mostly look into what happened after a crime',
    });
    expect(proposed.question?.id).toBe('system-purpose');
    expect(textOf(proposed)).toContain(`A language model suggests **2. ${secondOption?.label}**`);
    expect(proposed.quickReplies.map((quickReply) => quickReply.id)).toContain('proposal:confirm');
    const before = await assistant.getSession(sessionId);
    if (!before.success) throw before.error;
    expect(before.data.answers.risk?.answers['system-purpose']).toBeUndefined();

    const confirmed = await send(assistant, sessionId, { text: 'yes' });
    expect(confirmed.question?.id).not.toBe('system-purpose');
    const after = await assistant.getSession(sessionId);
    if (!after.success) throw after.error;
    const record = after.data.answers.risk?.answers['system-purpose'];
    expect(record?.value).toBe(secondOption?.value);
    expect(record?.proposedByModel).toBe(true);
  });

  it('discards a rejected proposal and asks the same question again', async () => {
    const { assistant } = createTestAssistant({ model: optionTwoModel() });
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:risk' });
    await send(assistant, sessionId, { text: 'Rejected proposal system' });
    await send(assistant, sessionId, { text: 'hard to say what it is for' });
    const rejected = await send(assistant, sessionId, { action: 'proposal:reject' });
    expect(rejected.question?.id).toBe('system-purpose');
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.answers['system-purpose']).toBeUndefined();
  });

  it('says once per session that the model is unavailable, on the Toolkit-question path too', async () => {
    const { assistant } = createTestAssistant({ model: failingModel() });
    const sessionId = await newSession(assistant);
    const first = await send(assistant, sessionId, { text: 'What does proportionality mean?' });
    expect(first.messages.find((message) => message.kind === 'answer')?.citations.length).toBeGreaterThan(0);
    expect(textOf(first)).toContain(modelNotice);
    const second = await send(assistant, sessionId, { text: 'What does necessity mean?' });
    expect(second.messages.find((message) => message.kind === 'answer')?.citations.length).toBeGreaterThan(0);
    expect(textOf(second)).not.toContain(modelNotice);
  });

  it('scores the same with and without a model for the same answers', async () => {
    const plain = createTestAssistant();
    const assisted = createTestAssistant({ model: optionTwoModel() });
    const results: unknown[] = [];
    for (const { assistant } of [plain, assisted]) {
      const sessionId = await newSession(assistant);
      const first = await send(assistant, sessionId, { action: 'start:readiness' });
      await answerUntilReview(assistant, sessionId, first);
      await send(assistant, sessionId, { action: 'submit' });
      const report = await assistant.report(sessionId, { format: 'json' });
      if (!report.success) throw report.error;
      if (typeof report.data.body !== 'string') throw new Error('a JSON report is text');
      results.push(JSON.parse(report.data.body).result);
    }
    expect(results[1]).toEqual(results[0]);
  });
});
