import { getShortestPaths } from 'xstate/graph';
import type { WalkthroughEvent } from '../../src/machines/walkthrough-events.ts';
import type { WalkthroughMachine, WalkthroughSnapshot } from '../../src/machines/walkthrough-machine.ts';
import { findQuestion } from '../../src/machines/walkthrough-navigation.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import { evaluateCondition } from '../../src/questionnaires/evaluate-condition.ts';
import type { Condition, Question, Questionnaire } from '../../src/questionnaires/schema.ts';
import { unknownQuestionKind } from '../../src/questionnaires/unknown-question-kind.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';

const at = '2026-01-01T09:00:00.000Z';

type Leaf = Extract<Condition, { question: string }>;

function leavesOf(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

/** What every condition test on a question sees of one answer: answers alike here are alike to all conditions. */
function signature(leaves: Leaf[], questionId: string, value: AnswerValue): string {
  const answers = { [questionId]: { value, answeredAt: at } };
  return leaves.map((leaf) => (evaluateCondition(leaf, answers) ? '1' : '0')).join('');
}

/** Answers of the question's own kind: every choice (and all of them together), or the numbers that conditions test. */
function kindCandidates(definition: Questionnaire, question: Question, thresholds: unknown[]): AnswerValue[] {
  const choices = answerChoices(definition, question).map((choice) => choice.value);
  switch (question.kind) {
    case 'multiple':
      return [...choices.map((choice) => [String(choice)]), choices.map(String)];
    case 'number':
      return [
        question.number?.min ?? 0,
        question.number?.max ?? 0,
        ...thresholds.filter((item) => typeof item === 'number'),
      ];
    case 'text':
      return ['A written answer'];
    case 'single':
    case 'yes-no':
    case 'scale':
      return [...choices];
    default:
      return unknownQuestionKind(question);
  }
}

/** Candidate answers: one per distinct condition signature when a condition tests the question, else one. */
function answersToTry(definition: Questionnaire, question: Question, leaves: Leaf[]): AnswerValue[] {
  const thresholds = leaves.flatMap((leaf) => Object.values(leaf)).flat();
  const candidates = kindCandidates(definition, question, thresholds);
  if (question.allowUnsure) candidates.push({ unsure: true });
  const valid = candidates.filter((value) => validateAnswer(definition, question, value).success);
  const bySignature = new Map(valid.map((value) => [signature(leaves, question.id, value), value]));
  return [...bySignature.values()];
}

/**
 * Shortest paths (xstate/graph) to every distinct walkthrough position. A state is its top-level value,
 * the cursor, and the condition signatures of the answers later questions still test; that is exact for
 * reachability, since conditions see nothing else, and keeps the graph small.
 */
export function walkthroughPaths(machine: WalkthroughMachine, definition: Questionnaire) {
  const questions = definition.sections.flatMap((section) => section.questions);
  const order = new Map(questions.map((question, position) => [question.id, position]));
  const leaves = new Map<string, Leaf[]>();
  const lastTested = new Map<string, number>();
  questions.forEach((question, position) => {
    for (const leaf of question.showIf === undefined ? [] : leavesOf(question.showIf)) {
      leaves.set(leaf.question, [...(leaves.get(leaf.question) ?? []), leaf]);
      lastTested.set(leaf.question, position);
    }
  });
  const serializeState = (snapshot: WalkthroughSnapshot) => {
    const { currentQuestionId, answers } = snapshot.context;
    const position = order.get(currentQuestionId ?? '') ?? (snapshot.value === 'intro' ? -1 : order.size);
    const relevant = Object.entries(answers)
      .filter(([id]) => (lastTested.get(id) ?? -1) > position)
      .map(([id, record]) => `${id}:${signature(leaves.get(id) ?? [], id, record.value)}`);
    return JSON.stringify([snapshot.value, currentQuestionId, relevant]);
  };
  const events = (snapshot: WalkthroughSnapshot): WalkthroughEvent[] => {
    if (snapshot.value === 'intro') return [{ type: 'walkthrough.start', at }];
    if (snapshot.value === 'review') return [{ type: 'assessment.submit', at }];
    const question = findQuestion(definition, snapshot.context.currentQuestionId ?? '');
    if (question === undefined) return [];
    const tests = leaves.get(question.id) ?? [];
    const values = answersToTry(definition, question, tests);
    const submits = values.map((value) => ({ type: 'answer.submit', value, at }) as const);
    // Skipping matters to conditions that test whether a question was answered.
    return question.required ? submits : [...submits, { type: 'nav.skip' }];
  };
  return getShortestPaths(machine, { events, serializeState });
}
