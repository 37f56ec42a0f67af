import { describeAnswer } from '../../src/conversation/describe-answer.ts';
import type { FrameworkPack } from '../../src/frameworks/framework-pack-schema.ts';
import { createDefaultFrameworkRegistry } from '../../src/frameworks/framework-registry.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';

const answeredAt = '2026-12-01T09:00:00.000Z';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not installed`);
  return value;
}

export const huderiaPack: FrameworkPack = required(
  createDefaultFrameworkRegistry().get('coe-huderia', '1'),
  'HUDERIA pack v1',
);
const riskV3: Questionnaire = required(createDefaultQuestionnaireRegistry().get('risk', '3'), 'risk v3');

/**
 * The risk questionnaire followed by the pack's questions, as one definition: loadQuestionnaire
 * checks that every `showIf` reads only earlier questions, and its visibility is what a
 * walkthrough with the pack on shows.
 */
export function riskWithHuderia(): Questionnaire {
  const loaded = loadQuestionnaire(
    { ...riskV3, id: 'risk-with-coe-huderia', sections: [...riskV3.sections, ...huderiaPack.sections] },
    { fileName: 'risk v3 + coe-huderia v1' },
  );
  if (!loaded.success) throw new Error(loaded.error);
  return loaded.data;
}
const combined = riskWithHuderia();

/**
 * Answers as a walkthrough with the pack on records them: `values` for the profile and the pack,
 * every Toolkit risk answered "does not apply". Throws (a broken fixture, not a result) when a
 * value is for a question the walkthrough would not show or is not a valid answer, or when a shown
 * required question is left unanswered other than those in `leaveOpen`.
 */
export function huderiaAnswers(
  values: Readonly<Record<string, AnswerValue>>,
  leaveOpen: readonly string[] = [],
): Answers {
  const all: Record<string, AnswerValue> = { ...values };
  for (const { question } of visibleQuestions(combined, recordsOf(all)))
    if (!question.id.startsWith('coe-') && question.id.endsWith('-applies')) all[question.id] ??= 'no';
  const answers = recordsOf(all);
  const shown = visibleQuestions(combined, answers);
  for (const [questionId, value] of Object.entries(all)) {
    const entry = shown.find(({ question }) => question.id === questionId);
    if (entry === undefined) throw new Error(`fixture answers "${questionId}", which is not shown`);
    const check = validateAnswer(combined, entry.question, value);
    if (!check.success) throw new Error(`fixture answer to "${questionId}" is invalid: ${check.expected}`);
  }
  const unanswered = shown
    .filter(({ question }) => question.required && !Object.hasOwn(all, question.id))
    .map(({ question }) => question.id)
    .filter((questionId) => !leaveOpen.includes(questionId));
  if (unanswered.length > 0)
    throw new Error(`fixture leaves shown questions unanswered: ${unanswered.join(', ')}`);
  return answers;
}

function recordsOf(values: Readonly<Record<string, AnswerValue>>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt }]));
}

/** What evaluatePack is given at the end of the walkthrough: hidden and passed questions can no longer come. */
export function huderiaInput(answers: Answers, extra: Partial<PackInput> = {}): PackInput {
  const questionOf = (questionId: string) =>
    required(
      combined.sections
        .flatMap((section) => section.questions)
        .find((question) => question.id === questionId),
      `question "${questionId}"`,
    );
  const ratedRisks = scoreRisk(riskV3, answers)
    .risks.filter((risk) => risk.residualLevel !== null)
    .map((risk) => ({ riskId: risk.riskId, title: risk.title, level: risk.residualLevel?.label ?? '' }));
  return {
    answers,
    describe: (questionId, value) => describeAnswer(combined, questionOf(questionId), value),
    prompt: (questionId) => questionOf(questionId).prompt,
    ratedRisks,
    isOpen: () => false,
    ...extra,
  };
}
