import { inlineUserText, quoteUserText } from './quote-user-text.ts';
import type { SessionData } from './session-data.ts';

/** How many of a question's comments a question card quotes; the rest are counted. */
const quotedComments = 2;

/** People choose their names: shown as typed, never read as Markdown. */
const personName = (person: { id: string; name?: string | undefined } | null, nobody: string) =>
  person === null ? nobody : inlineUserText(person.name ?? person.id);

/**
 * Lines for a question card from the agency process: who the question is waiting for ("ask the
 * DPO") and the latest comments on it. Comments are people's words, so they are quoted as such.
 */
export function questionReviewLines(
  data: SessionData,
  questionnaireId: string,
  questionId: string,
): string[] {
  const lines: string[] = [];
  const assignment = data.assignments?.find(
    (entry) => entry.questionnaireId === questionnaireId && entry.questionId === questionId,
  );
  if (assignment !== undefined) {
    lines.push(
      '',
      `Waiting for **${personName(assignment.assignee, 'someone')}**: ${personName(assignment.assignedBy, 'someone not signed in')} asked them to answer this question. You can still answer it yourself.`,
    );
  }
  const comments = (data.comments ?? []).filter(
    (comment) => comment.questionnaireId === questionnaireId && comment.questionId === questionId,
  );
  if (comments.length > 0) {
    const latest = comments.slice(-quotedComments);
    const earlier = comments.length - latest.length;
    lines.push('', comments.length === 1 ? 'Comment:' : `Comments (${comments.length}):`);
    if (earlier > 0) lines.push('', `(${earlier} earlier not shown)`);
    for (const comment of latest)
      lines.push('', `${personName(comment.author, 'Someone not signed in')}:`, quoteUserText(comment.text));
  }
  return lines;
}
