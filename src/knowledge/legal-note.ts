import type { GroundedAnswer } from './grounded-answer.ts';
import { legalResourceId } from './passage-schema.ts';
import { isLegalQuestion } from './question-kind.ts';

/** Said at the end of every answer about law: RAIA states what instruments say, not what they mean for a case. */
export const legalNote =
  "_RAIA is not legal advice: your agency's legal adviser decides how the law applies to your case._";

/** A covered answer to a question about law, or citing RAIA's legal reference, ends with the legal note. */
export function withLegalNote(answer: GroundedAnswer, question: string): GroundedAnswer {
  if (!answer.covered || answer.text.endsWith(legalNote)) return answer;
  const citesLaw = answer.citations.some((citation) => citation.resource === legalResourceId);
  if (!citesLaw && !isLegalQuestion(question)) return answer;
  return { ...answer, text: `${answer.text}\n\n${legalNote}` };
}
