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

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not installed`);
  return value;
}

export const riskV3: Questionnaire = required(
  createDefaultQuestionnaireRegistry().get('risk', '3'),
  'risk v3',
);

/** A built-in pack by id and version, failing the test when it is not installed. */
export function builtInPack(id: string, version: string): FrameworkPack {
  return required(createDefaultFrameworkRegistry().get(id, version), `framework pack ${id} v${version}`);
}

/** A risk the fixture rates: likelihood and severity points (1-5) and a mitigation option. */
export type Rating = { likelihood: number; severity: number; mitigation: string };

export type PackFixture = {
  /** The risk questionnaire followed by the pack's questions, as one definition. */
  combined: Questionnaire;
  answers(
    values: Readonly<Record<string, AnswerValue>>,
    options?: { rated?: Readonly<Record<string, Rating>>; leaveOpen?: readonly string[] },
  ): Answers;
  input(answers: Answers, extra?: Partial<PackInput>): PackInput;
};

/**
 * Answers to the risk questionnaire and one pack as a walkthrough with the pack on records them,
 * and what evaluatePack is given for them. The combined definition goes through loadQuestionnaire,
 * which checks that every `showIf` reads only earlier questions, so its visibility is what a
 * walkthrough shows.
 */
export function packFixture(pack: FrameworkPack, answeredAt: string): PackFixture {
  const loaded = loadQuestionnaire(
    { ...riskV3, id: `risk-with-${pack.id}`, sections: [...riskV3.sections, ...pack.sections] },
    { fileName: `risk v3 + ${pack.id} v${pack.version}` },
  );
  if (!loaded.success) throw new Error(loaded.error);
  const combined = loaded.data;
  const ownIds = new Set(pack.sections.flatMap((section) => section.questions.map(({ id }) => id)));
  const recordsOf = (values: Readonly<Record<string, AnswerValue>>): Answers =>
    Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt }]));
  const questionOf = (questionId: string) =>
    required(
      combined.sections.flatMap((section) => section.questions).find(({ id }) => id === questionId),
      `question "${questionId}"`,
    );

  /**
   * `values` for the profile and the pack, every shown Toolkit risk rated from `rated` or answered
   * "does not apply". Throws (a broken fixture, not a result) when a value is for a question the
   * walkthrough would not show, is not a valid answer, or a shown required question is left
   * unanswered other than those in `leaveOpen`.
   */
  const answers: PackFixture['answers'] = (values, { rated = {}, leaveOpen = [] } = {}) => {
    const all: Record<string, AnswerValue> = { ...values };
    for (let changed = true; changed; ) {
      changed = false;
      for (const { question } of visibleQuestions(combined, recordsOf(all))) {
        const value = ownIds.has(question.id) ? undefined : riskItemAnswer(question.id, rated);
        if (value !== undefined && !Object.hasOwn(all, question.id)) {
          all[question.id] = value;
          changed = true;
        }
      }
    }
    const recorded = recordsOf(all);
    const shown = visibleQuestions(combined, recorded);
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
    return recorded;
  };

  const input: PackFixture['input'] = (recorded, extra = {}) => ({
    answers: recorded,
    describe: (questionId, value) => describeAnswer(combined, questionOf(questionId), value),
    prompt: (questionId) => questionOf(questionId).prompt,
    ratedRisks: scoreRisk(riskV3, recorded)
      .risks.filter((risk) => risk.residualLevel !== null)
      .map((risk) => ({ riskId: risk.riskId, title: risk.title, level: risk.residualLevel?.label ?? '' })),
    ...extra,
  });

  return { combined, answers, input };
}

/** Risk item questions are named `<risk>-applies|likelihood|severity|mitigation`. */
function riskItemAnswer(
  questionId: string,
  rated: Readonly<Record<string, Rating>>,
): AnswerValue | undefined {
  const match = /^(.+)-(applies|likelihood|severity|mitigation)$/.exec(questionId);
  if (match === null) return undefined;
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
