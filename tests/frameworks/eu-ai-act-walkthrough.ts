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

const answeredAt = '2026-11-30T09:00:00.000Z';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not installed`);
  return value;
}

export const euAiActPack: FrameworkPack = required(
  createDefaultFrameworkRegistry().get('eu-ai-act', '1'),
  'EU AI Act pack v1',
);
export const riskV3: Questionnaire = required(
  createDefaultQuestionnaireRegistry().get('risk', '3'),
  'risk v3',
);

/**
 * The risk questionnaire followed by the pack's own questions, as one definition: the pack's
 * `showIf` conditions name only risk questions and earlier pack questions, so loadQuestionnaire's
 * order check holds for it, and its visibility is what a walkthrough with the pack on shows.
 */
export function riskWithPack(): Questionnaire {
  const loaded = loadQuestionnaire(
    { ...riskV3, id: 'risk-with-eu-ai-act', sections: [...riskV3.sections, ...euAiActPack.sections] },
    { fileName: 'risk v3 + eu-ai-act v1' },
  );
  if (!loaded.success) throw new Error(loaded.error);
  return loaded.data;
}
const combined = riskWithPack();

/** A risk the fixture rates: likelihood and severity points (1-5) and a mitigation option. */
export type Rating = { likelihood: number; severity: number; mitigation: string };

/**
 * Answers as a walkthrough with the pack on would record them: `values` for the profile and the
 * pack, every shown risk rated from `rated` or answered "does not apply". Throws (a broken
 * fixture, not a result) when a value is for a question the walkthrough would not show, is not a
 * valid answer, or a shown required question is left unanswered other than those in `leaveOpen`.
 */
export function walkthroughAnswers(
  values: Readonly<Record<string, AnswerValue>>,
  options: { rated?: Readonly<Record<string, Rating>>; leaveOpen?: readonly string[] } = {},
): Answers {
  const { rated = {}, leaveOpen = [] } = options;
  const all: Record<string, AnswerValue> = { ...values };
  for (let changed = true; changed; ) {
    changed = false;
    for (const { question } of visibleQuestions(combined, recordsOf(all))) {
      const value = riskItemAnswer(question.id, rated);
      if (value !== undefined && !Object.hasOwn(all, question.id)) {
        all[question.id] = value;
        changed = true;
      }
    }
  }
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

/** Risk item questions are named `<risk>-applies|likelihood|severity|mitigation`. */
function riskItemAnswer(
  questionId: string,
  rated: Readonly<Record<string, Rating>>,
): AnswerValue | undefined {
  const match = /^(.+)-(applies|likelihood|severity|mitigation)$/.exec(questionId);
  if (match === null || questionId.startsWith('eu-')) return undefined;
  const [, riskId = '', part] = match;
  const rating = Object.hasOwn(rated, riskId) ? rated[riskId] : undefined;
  if (part === 'applies') return rating === undefined ? 'no' : 'yes';
  if (rating === undefined) return undefined;
  return part === 'likelihood'
    ? rating.likelihood
    : part === 'severity'
      ? rating.severity
      : rating.mitigation;
}

/** What evaluatePack is given: the answers, words from the combined definition, and the rated risks. */
export function packInput(answers: Answers, extra: Partial<PackInput> = {}): PackInput {
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
    ...extra,
  };
}
