import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/conversation/reply.ts';
import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { exactReadings } from '../interpretation/exact-readings.ts';
import phrasingsJson from '../interpretation/phrasings.json' with { type: 'json' };
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

type Question = NonNullable<Reply['question']>;
const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** An action that clicks exactly `value` for the question on screen. */
function click(question: Question, value: AnswerValue): { action: string } {
  return { action: `answer:${question.id}:${Array.isArray(value) ? value.join('+') : String(value)}` };
}

describe('a fresh risk assessment answered in typed words', () => {
  it('never records a reading the person did not confirm, and ends with what they meant', async () => {
    const { assistant, store } = createTestAssistant();
    const sessionId = await newSession(assistant);
    let reply = await send(assistant, sessionId, { action: 'start:risk' });
    const session = async () => {
      const view = await assistant.getSession(sessionId);
      if (!view.success) throw view.error;
      return view.data.answers.risk;
    };
    const version = (await session())?.version ?? '';
    const definition = createDefaultQuestionnaireRegistry().get('risk', version);
    if (definition === undefined) throw new Error(`No risk questionnaire ${version}.`);
    // The proposal waiting in the stored walkthrough, as the machine holds it.
    const pendingValue = async () => {
      const stored = (await store.load(sessionId))?.data as
        | {
            assessments: {
              risk?: { snapshot: { context: { pendingProposal: { value: AnswerValue } | null } } };
            };
          }
        | undefined;
      return stored?.assessments.risk?.snapshot.context.pendingProposal?.value;
    };
    // This version's phrasings, and those of an earlier version for a question it carries unchanged.
    const registry = createDefaultQuestionnaireRegistry();
    const rows = phrasingsJson.phrasings.filter((row) => {
      if (row.questionnaire !== 'risk' || row.expected === null) return false;
      if (row.version === version) return true;
      const earlier = registry.get('risk', row.version);
      const then = earlier === undefined ? undefined : findQuestion(earlier, row.question);
      return then !== undefined && same(then, findQuestion(definition, row.question));
    });
    const meant = new Map<string, AnswerValue>();
    let proposals = 0;
    for (let turn = 0; turn < 200 && reply.question !== null; turn += 1) {
      const question = reply.question;
      const row = rows.find((candidate) => candidate.question === question.id);
      // Without a phrasing: the name for the text question, the first option's label for the others.
      const first = question.options[0];
      const fallback = first === undefined ? 'Vendor face-matching pilot' : first.label;
      const text = row?.text ?? fallback;
      const typedValue = question.kind === 'multiple' ? [String(first?.value)] : (first?.value ?? text);
      const intended: AnswerValue = row?.expected ?? typedValue;
      meant.set(question.id, intended);
      const before = (await session())?.answers ?? {};
      reply = await send(assistant, sessionId, { text });
      const after = (await session())?.answers ?? {};
      const recorded = Object.hasOwn(after, question.id) ? after[question.id] : undefined;
      if (!same(before[question.id], recorded)) {
        // Recorded at once: only an exact reading, and said so.
        const full = findQuestion(definition, question.id);
        if (full === undefined) throw new Error(`No question ${question.id}.`);
        expect(exactReadings(definition, full, text)).toContainEqual(recorded?.value);
        expect(reply.messages.map((message) => message.text).join('\n')).toContain('Recorded:');
        continue;
      }
      if (reply.quickReplies.some((quickReply) => quickReply.id === 'proposal:confirm')) {
        proposals += 1;
        const pending = await pendingValue();
        expect(pending).toBeDefined();
        reply = same(sortedValue(pending ?? ''), sortedValue(intended))
          ? await send(assistant, sessionId, { action: 'proposal:confirm' })
          : await send(assistant, sessionId, click(question, intended));
      } else {
        reply = await send(assistant, sessionId, click(question, intended));
      }
    }
    const answers = (await session())?.answers ?? {};
    for (const [id, value] of meant) expect(answers[id]?.value, id).toEqual(value);
    expect(proposals).toBeGreaterThan(10);
  });
});

function sortedValue(value: AnswerValue): AnswerValue {
  return Array.isArray(value) ? [...value].sort() : value;
}
