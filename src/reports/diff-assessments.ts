import type { Answers, AnswerValue } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { answerRecord, countedQuestions } from '../scoring/counted-questions.ts';
import type { AssessmentResult, LevelReference, RiskItemResult } from '../scoring/result-schema.ts';
import type { AssessmentDiff } from './assessment-diff.ts';
import { formatAnswer } from './format-answer.ts';

/** One side of a comparison: an assessment as it was answered and scored, and the session it is in. */
export type DiffSide = {
  definition: Questionnaire;
  answers: Answers;
  result: AssessmentResult;
  sessionId: string;
};

type RiskChange = AssessmentDiff['risks'][number];

// Worsening first: a reviewer reads what needs attention before what improved.
const directionOrder: readonly RiskChange['direction'][] = ['up', 'new', 'down', 'gone'];

/**
 * What changed from `before` (the earlier assessment) to `after`: pure. Questions and risks are
 * matched by id, so two versions of a questionnaire compare; only answers that count (to questions
 * shown) are compared, and in words as the report writes them.
 */
export function diffAssessments(before: DiffSide, after: DiffSide): AssessmentDiff {
  if (before.definition.id !== after.definition.id)
    throw new RangeError(
      `cannot compare questionnaire "${before.definition.id}" with "${after.definition.id}"`,
    );
  return {
    questionnaireId: after.definition.id,
    before: { sessionId: before.sessionId, version: before.definition.version },
    after: { sessionId: after.sessionId, version: after.definition.version },
    answers: answerChanges(before, after),
    risks: riskChanges(before.result, after.result),
    overall: { before: overallLevel(before.result), after: overallLevel(after.result) },
    openItems: openItemChanges(before.result, after.result),
  };
}

function questionsOf(definition: Questionnaire): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

function answerChanges(before: DiffSide, after: DiffSide): AssessmentDiff['answers'] {
  const countedBefore = countedQuestions(before.definition, before.answers).counted;
  const countedAfter = countedQuestions(after.definition, after.answers).counted;
  const beforeQuestions = new Map(questionsOf(before.definition).map((question) => [question.id, question]));
  const afterQuestions = questionsOf(after.definition);
  const afterIds = new Set(afterQuestions.map((question) => question.id));
  const inWords = (side: DiffSide, question: Question | undefined, value: AnswerValue | undefined) =>
    question === undefined || value === undefined ? null : formatAnswer(question, side.definition, value);
  const pairs = [
    ...afterQuestions.map((question) => ({ question, earlier: beforeQuestions.get(question.id) })),
    // Questions the later version no longer has: their answers went with them.
    ...questionsOf(before.definition)
      .filter((question) => !afterIds.has(question.id))
      .map((question) => ({ question, earlier: question })),
  ];
  return pairs.flatMap(({ question, earlier }): AssessmentDiff['answers'] => {
    const was = earlier === undefined ? undefined : answerRecord(countedBefore, earlier.id)?.value;
    const is = afterIds.has(question.id) ? answerRecord(countedAfter, question.id)?.value : undefined;
    if (was === undefined && is === undefined) return [];
    if (was !== undefined && is !== undefined && sameValue(was, is)) return [];
    return [
      {
        questionId: question.id,
        prompt: question.prompt,
        change: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed',
        before: inWords(before, earlier, was),
        after: inWords(after, afterIds.has(question.id) ? question : undefined, is),
      },
    ];
  });
}

/** Values are stored validated; a selection is a set, whatever order a version lists its options in. */
function sameValue(left: AnswerValue, right: AnswerValue): boolean {
  if (Array.isArray(left) && Array.isArray(right))
    return left.length === right.length && left.every((item) => right.includes(item));
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The level a risk stands at: after safeguards when rated so far, else before them. */
function riskLevel(risk: RiskItemResult | undefined): LevelReference | null {
  if (risk === undefined) return null;
  return risk.residualLevel ?? risk.inherentLevel;
}

function riskChanges(before: AssessmentResult, after: AssessmentResult): RiskChange[] {
  const earlier = before.kind === 'risk' ? before.risks : [];
  const later = after.kind === 'risk' ? after.risks : [];
  const earlierById = new Map(earlier.map((risk) => [risk.riskId, risk]));
  const laterIds = new Set(later.map((risk) => risk.riskId));
  const pairs = [
    ...later.map((risk) => ({
      risk,
      was: earlierById.get(risk.riskId),
      is: risk as RiskItemResult | undefined,
    })),
    ...earlier
      .filter((risk) => !laterIds.has(risk.riskId))
      .map((risk) => ({ risk, was: risk as RiskItemResult | undefined, is: undefined })),
  ];
  const changes = pairs.flatMap(({ risk, was, is }): RiskChange[] => {
    const from = riskLevel(was);
    const to = riskLevel(is);
    const direction = levelDirection(from, to);
    if (direction === undefined) return [];
    return [{ riskId: risk.riskId, title: risk.title, direction, before: from, after: to }];
  });
  return directionOrder.flatMap((direction) => changes.filter((change) => change.direction === direction));
}

function levelDirection(
  from: LevelReference | null,
  to: LevelReference | null,
): RiskChange['direction'] | undefined {
  if (from === null && to === null) return undefined;
  if (from === null) return 'new';
  if (to === null) return 'gone';
  if (to.rank > from.rank) return 'up';
  if (to.rank < from.rank) return 'down';
  return undefined;
}

/** Risk: the highest level after safeguards, else the highest before them; readiness: the overall level. */
function overallLevel(result: AssessmentResult): { id: string; label: string } | null {
  if (result.kind === 'readiness') return { id: result.overall.level.id, label: result.overall.level.label };
  const highest =
    result.highestResidualLevel ??
    result.risks
      .map((risk) => risk.inherentLevel)
      .reduce<LevelReference | null>(
        (top, level) => (level !== null && (top === null || level.rank > top.rank) ? level : top),
        null,
      );
  return highest === null ? null : { id: highest.id, label: highest.label };
}

function openItemChanges(before: AssessmentResult, after: AssessmentResult): AssessmentDiff['openItems'] {
  const beforeIds = new Set(before.openItems.map((item) => item.questionId));
  const afterIds = new Set(after.openItems.map((item) => item.questionId));
  const entry = (item: AssessmentResult['openItems'][number]) => ({
    questionId: item.questionId,
    prompt: item.prompt,
  });
  return {
    opened: after.openItems.filter((item) => !beforeIds.has(item.questionId)).map(entry),
    closed: before.openItems.filter((item) => !afterIds.has(item.questionId)).map(entry),
  };
}
