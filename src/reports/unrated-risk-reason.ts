import type { RiskItem } from '../questionnaires/schema.ts';
import type { OpenItem, RiskItemResult } from '../scoring/result-schema.ts';
import { conditionQuestionIds, describeCondition } from './describe-condition.ts';
import { findQuestion } from './find-question.ts';
import { type RecordSource, shownAnswerText } from './question-records.ts';
import { joinWords, openItemReasonText, quoted } from './report-wording.ts';
import type { UnratedStatus } from './risk-section-schema.ts';

export type UnratedReasonSource = RecordSource & {
  /** Open items by question id. */
  open: ReadonlyMap<string, OpenItem>;
};

const promptOf = (source: RecordSource, questionId: string) =>
  quoted(findQuestion(source.definition, questionId)?.prompt ?? questionId);

/**
 * Why the profile left a risk out, or that it cannot tell yet. Scoring calls every hidden
 * applicability question "not relevant"; while a question the condition tests is still open,
 * the report says "still open" instead, because the answer may yet bring the risk in.
 */
function relevanceReason(
  item: RiskItem,
  source: UnratedReasonSource,
): { status: UnratedStatus; reason: string } {
  const condition =
    item.applicability === undefined
      ? undefined
      : findQuestion(source.definition, item.applicability)?.showIf;
  if (condition === undefined) return { status: 'not-relevant', reason: 'Not relevant to this system.' };
  const tested = conditionQuestionIds(condition);
  const open = tested.flatMap((questionId) => {
    const entry = source.open.get(questionId);
    return entry === undefined ? [] : [{ questionId, why: openItemReasonText[entry.reason] }];
  });
  const [single] = open;
  if (single !== undefined && open.length === 1) {
    return {
      status: 'open',
      reason: `Still open: whether it is relevant depends on ${promptOf(source, single.questionId)}, which is ${single.why}.`,
    };
  }
  if (open.length > 1) {
    const listed = open.map((entry) => `${promptOf(source, entry.questionId)} (${entry.why})`);
    return {
      status: 'open',
      reason: `Still open: whether it is relevant depends on questions still open: ${joinWords(listed)}.`,
    };
  }
  const answerOf = (questionId: string) => {
    const answer = shownAnswerText(source, questionId);
    return answer === undefined ? 'not asked' : quoted(answer);
  };
  const [only] = tested;
  const recorded =
    only !== undefined && tested.length === 1
      ? `the answer recorded is ${answerOf(only)}`
      : `the answers recorded are: ${joinWords(tested.map((questionId) => `${promptOf(source, questionId)}: ${answerOf(questionId)}`))}`;
  return {
    status: 'not-relevant',
    reason: `Not relevant to this system: it is assessed only when ${describeCondition(condition, source.definition)}; ${recorded}.`,
  };
}

/** The status of a risk that has no level, and the reason in plain words. */
export function unratedRiskReason(
  item: RiskItem,
  risk: RiskItemResult,
  source: UnratedReasonSource,
): { status: UnratedStatus; reason: string } {
  const applicability = item.applicability;
  switch (risk.applicable) {
    case 'no':
      return {
        status: 'not-applicable',
        reason: `Does not apply: ${promptOf(source, applicability ?? '')} was answered No.`,
      };
    case 'not-relevant':
      return relevanceReason(item, source);
    case 'unanswered':
      return {
        status: 'open',
        reason: `Still open: ${promptOf(source, applicability ?? '')} is not answered yet.`,
      };
    case 'yes':
    case 'unsure': {
      const missing = [
        ...(risk.likelihood === null ? [item.likelihood] : []),
        ...(risk.severity === null ? [item.severity] : []),
      ].map((questionId) => promptOf(source, questionId));
      const applies =
        risk.applicable === 'yes'
          ? 'it applies'
          : "it is assessed as if it applies (whether it does was answered “I don't know”)";
      return {
        status: 'open',
        reason: `Still open: ${applies}, but ${joinWords(missing)} ${missing.length === 1 ? 'is' : 'are'} not answered yet.`,
      };
    }
  }
}
