import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { interpretAnswer } from '../../src/interpretation/interpret-answer.ts';
import {
  persistWalkthrough,
  replayAnswers,
  restoreWalkthrough,
} from '../../src/machines/persist-walkthrough.ts';
import { walkthroughProgress } from '../../src/machines/progress.ts';
import {
  createWalkthroughMachine,
  type WalkthroughSnapshot,
} from '../../src/machines/walkthrough-machine.ts';
import { findQuestion, missingAnswers } from '../../src/machines/walkthrough-navigation.ts';
import { type AnswerChoice, answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Option, Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { unknownQuestionKind } from '../../src/questionnaires/unknown-question-kind.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { builtInDefinitions } from './real-definitions.ts';
import { walkthroughEvents } from './walkthrough-arbitraries.ts';
import { at, run, start } from './walkthrough-driver.ts';

type Strategy = (definition: Questionnaire, question: Question) => AnswerValue;

const first: Strategy = (definition, question) => {
  const [choice] = answerChoices(definition, question);
  switch (question.kind) {
    case 'number':
      return question.number?.min ?? 0;
    case 'text':
      return 'Not documented yet';
    case 'multiple':
      return [String(firstChoice(question, choice).value)];
    case 'single':
    case 'yes-no':
    case 'scale':
      return firstChoice(question, choice).value;
    default:
      return unknownQuestionKind(question);
  }
};

function firstChoice(question: Question, choice: AnswerChoice | undefined): AnswerChoice {
  if (choice === undefined) throw new Error(`${question.id} has no choices`);
  return choice;
}

/** The answer that makes things look worst: fewest points, no mitigation, the highest risk scale point. */
const worst: Strategy = (definition, question) => {
  switch (question.kind) {
    case 'scale': {
      const points = answerChoices(definition, question);
      const riskScale = definition.scoring.kind === 'risk';
      return (riskScale ? points.at(-1) : points[0])?.value ?? 0;
    }
    case 'single':
    case 'yes-no': {
      const rank = (option: Option) => option.points ?? option.levelReduction ?? 0;
      const sorted = [...question.options].sort((left, right) => rank(left) - rank(right));
      return sorted[0]?.value ?? first(definition, question);
    }
    case 'multiple':
    case 'text':
    case 'number':
      return first(definition, question);
    default:
      return unknownQuestionKind(question);
  }
};

/** Answers every question the walkthrough asks with `strategy`, then submits. */
function complete(definition: Questionnaire, strategy: Strategy) {
  const machine = createWalkthroughMachine(definition);
  let snapshot: WalkthroughSnapshot = run(machine, [start]);
  const asked: string[] = [];
  while (snapshot.value === 'asking') {
    const question = findQuestion(definition, snapshot.context.currentQuestionId ?? '');
    if (question === undefined || asked.includes(question.id))
      throw new Error('the walkthrough went in a circle');
    asked.push(question.id);
    snapshot = run(machine, [{ type: 'answer.submit', value: strategy(definition, question), at }], snapshot);
    expect(snapshot.context.error).toBeNull();
  }
  return { machine, asked, submitted: run(machine, [{ type: 'assessment.submit', at }], snapshot) };
}

describe.each(
  builtInDefinitions().map((definition) => [`${definition.id} ${definition.version}`, definition] as const),
)('the built-in %s questionnaire', (_, definition) => {
  it.each([
    ['first', first],
    ['worst', worst],
  ] as const)('completes end to end choosing the %s answer everywhere', (__, strategy) => {
    const { machine, asked, submitted } = complete(definition, strategy);
    expect(submitted.value).toBe('completed');
    const shown = visibleQuestions(definition, submitted.context.answers).map(({ question }) => question.id);
    expect(asked).toEqual(shown);
    expect(missingAnswers(definition, submitted.context.answers)).toEqual([]);
    expect(walkthroughProgress(definition, submitted.context)).toMatchObject({
      answered: shown.length,
      total: shown.length,
    });
    const replayed = replayAnswers(machine, submitted.context.answers);
    expect(replayed.value).toBe('review');
    expect(replayed.context.answers).toEqual(submitted.context.answers);
  });

  it('reads every option label and every option number back as that option', () => {
    for (const question of definition.sections.flatMap((section) => section.questions)) {
      for (const choice of answerChoices(definition, question)) {
        const expected = question.kind === 'multiple' ? [choice.value] : choice.value;
        expect(
          interpretAnswer(definition, question, choice.label),
          `${question.id}: ${choice.label}`,
        ).toEqual({
          success: true,
          value: expected,
        });
        expect(
          interpretAnswer(definition, question, String(choice.number)),
          `${question.id}: ${choice.number}`,
        ).toEqual({
          success: true,
          value: expected,
        });
      }
    }
  });

  test.prop([fc.array(fc.tuple(walkthroughEvents(definition), fc.boolean()), { maxLength: 80 })], {
    numRuns: 60,
  })('survives any event sequence persisted and restored at any point', (steps) => {
    const machine = createWalkthroughMachine(definition);
    let direct = initialTransition(machine)[0];
    let roundTripped = direct;
    for (const [event, persistHere] of steps) {
      direct = run(machine, [event], direct);
      roundTripped = run(machine, [event], roundTripped);
      if (!persistHere) continue;
      const restored = restoreWalkthrough(
        machine,
        JSON.parse(JSON.stringify(persistWalkthrough(roundTripped))),
      );
      expect(restored.success).toBe(true);
      if (restored.success) roundTripped = restored.data;
    }
    expect(persistWalkthrough(roundTripped)).toEqual(persistWalkthrough(direct));
  });
});
