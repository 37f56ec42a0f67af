import type { Questionnaire } from '../questionnaires/schema.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import { findQuestion } from './find-question.ts';
import type { ReportStatus } from './report-model.ts';
import { countText, joinWords } from './report-wording.ts';

/**
 * Draft while any required question is open: not answered, answered "I don't know", or with an
 * answer that does not fit. A filed report must not look final while it still guesses.
 */
export function reportStatus(definition: Questionnaire, result: AssessmentResult): ReportStatus {
  const open = result.openItems.filter(
    (item) => findQuestion(definition, item.questionId)?.required !== false,
  );
  if (open.length === 0) {
    return {
      draft: false,
      openRequired: 0,
      text: 'Complete: every required question is answered.',
      mark: '',
    };
  }
  const count = (reason: (typeof open)[number]['reason']) =>
    open.filter((item) => item.reason === reason).length;
  const parts = [
    [count('unanswered'), 'not answered'],
    [count('unsure'), "answered “I don't know”"],
    [count('invalid'), 'with an answer that does not fit the question'],
  ] as const;
  const breakdown = joinWords(
    parts.filter(([number]) => number > 0).map(([number, what]) => `${number} ${what}`),
  );
  return {
    draft: true,
    openRequired: open.length,
    text: `DRAFT: ${countText(open.length, 'required question is', 'required questions are')} still open (${breakdown}). This report is not final until ${open.length === 1 ? 'it is' : 'they are'} answered.`,
    mark: `DRAFT: not final, ${countText(open.length, 'required question is', 'required questions are')} still open.`,
  };
}
