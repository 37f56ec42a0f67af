/**
 * The answers the agency story gives, the same over HTTP, in Chromium and in Slack: every risk is
 * ruled out but function creep, rated likelihood 2 and severity 2 with no safeguards, so the signed
 * assessment has one rated risk. The reassessment raises its severity to 5, so that risk rises.
 */
export const storySystemName = 'Face match';
export const risingRisk = 'function-creep';
export const raisedQuestion = `${risingRisk}-severity`;

/** The value the first assessment gives a question: text for text questions, else an option value. */
export function firstAssessmentValue(questionId: string, kind: string): string {
  if (questionId === 'system-name') return storySystemName;
  if (kind === 'text') return 'Head of the innovation unit';
  if (kind === 'number') return '3';
  if (questionId.endsWith('-applies')) return questionId === `${risingRisk}-applies` ? 'yes' : 'no';
  if (questionId.endsWith('-likelihood') || questionId.endsWith('-severity')) return '2';
  if (questionId.endsWith('-mitigation')) return 'none';
  return '';
}

type QuickReply = { id: string; label?: string };

/**
 * The quick reply or text to send for a question card: the story's value as a button when there is
 * one (an empty value takes the first option), else the text itself.
 */
export function storyMove(
  question: { id: string; kind: string },
  quickReplies: readonly QuickReply[],
  phase: 'first' | 'reassessment',
): { action: string } | { text: string } {
  const prefix = `answer:${question.id}:`;
  if (phase === 'reassessment') {
    if (question.id === raisedQuestion) return { action: `${prefix}5` };
    const keep = quickReplies.find((reply) => reply.id === `carry:keep:${question.id}`);
    if (keep !== undefined) return { action: keep.id };
  }
  const value = firstAssessmentValue(question.id, question.kind);
  const options = quickReplies.filter((reply) => reply.id.startsWith(prefix));
  if (options.length === 0) return { text: value === '' ? 'Not known' : value };
  const chosen = options.find((reply) => reply.id === `${prefix}${value}`) ?? options[0];
  if (chosen === undefined) throw new Error(`no answer button for ${question.id}`);
  return { action: chosen.id };
}
