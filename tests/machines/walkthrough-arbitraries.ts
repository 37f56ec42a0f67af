import { fc } from '@fast-check/vitest';
import type { WalkthroughEvent } from '../../src/machines/walkthrough-events.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';

const times = ['2026-01-01T09:00:00.000Z', '2026-01-02T10:30:00.000Z', '2026-03-04T08:15:00+02:00'];
const actor = { id: 'analyst-1', name: 'Analyst', channel: 'terminal' };

/** Values that fit some questions of `definition` and not others, plus a few that fit none. */
function answerValues(definition: Questionnaire): fc.Arbitrary<AnswerValue> {
  const questions = definition.sections.flatMap((section) => section.questions);
  const choiceValues = [
    ...new Set(
      questions.flatMap((question) => answerChoices(definition, question).map((choice) => choice.value)),
    ),
  ];
  const texts = choiceValues.filter((value): value is string => typeof value === 'string');
  return fc.oneof(
    fc.constantFrom<AnswerValue>(...choiceValues),
    fc.subarray(texts, { maxLength: 3 }),
    fc.constantFrom<AnswerValue>({ unsure: true }, 'Written answer', '', 0, 12, 3.5, -1, 1000, ['bogus']),
  );
}

/** Any walkthrough event, valid or not in the state it meets. */
export function walkthroughEvents(definition: Questionnaire): fc.Arbitrary<WalkthroughEvent> {
  const ids = definition.sections.flatMap((section) => section.questions.map((question) => question.id));
  const questionId = fc.constantFrom(...ids, 'not-a-question');
  const at = fc.constantFrom(...times);
  const value = answerValues(definition);
  return fc.oneof(
    { arbitrary: at.map((time) => ({ type: 'walkthrough.start', at: time }) as const), weight: 2 },
    {
      arbitrary: fc.record({ value, at }).map((event) => ({ type: 'answer.submit', ...event }) as const),
      weight: 8,
    },
    {
      arbitrary: fc
        .record({ value, at })
        .map((event) => ({ type: 'answer.submit', ...event, by: actor }) as const),
      weight: 2,
    },
    {
      arbitrary: fc.record({ value, at }).map((event) => ({ type: 'answer.propose', ...event }) as const),
      weight: 2,
    },
    { arbitrary: at.map((time) => ({ type: 'proposal.confirm', at: time, by: actor }) as const), weight: 2 },
    {
      arbitrary: fc.constantFrom<WalkthroughEvent>(
        { type: 'proposal.reject' },
        { type: 'nav.back' },
        { type: 'nav.skip' },
        { type: 'explain.request' },
        { type: 'review.open' },
        { type: 'assessment.restart' },
        { type: 'assessment.reopen' },
        { type: 'nav.next-unanswered' },
        { type: 'change.confirm' },
        { type: 'change.cancel' },
      ),
      weight: 5,
    },
    { arbitrary: questionId.map((id) => ({ type: 'nav.goto', questionId: id }) as const), weight: 2 },
    { arbitrary: questionId.map((id) => ({ type: 'review.edit', questionId: id }) as const), weight: 2 },
    { arbitrary: at.map((time) => ({ type: 'assessment.submit', at: time }) as const), weight: 2 },
  );
}
