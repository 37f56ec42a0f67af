import { type AnswerParts, type Cite, createCitations, finishAnswer, quote } from './answer-sources.ts';
import { composeListAnswer } from './compose-list-answer.ts';
import { composeStepsAnswer } from './compose-steps-answer.ts';
import type { GroundedAnswer } from './grounded-answer.ts';
import { listMembers, membersNamedIn } from './list-members.ts';
import { type PassageSentence, passageSentences } from './passage-sentences.ts';
import { bestOpening, bestSentences } from './pick-sentences.ts';
import { type QuestionKind, questionKind } from './question-kind.ts';
import type { SearchHit } from './search-passages.ts';

/**
 * Points beyond the opening. The best passage usually goes on answering the question after its
 * best sentence, so it gives more; the others add what it lacks.
 */
export const pointsPerPassage = { first: 5, other: 2 } as const;
/** A longer list is a reference table, not an answer: its first items are quoted. */
const maximumListItems = 9;

/**
 * An answer made only of sentences copied from the passages, shaped by what the question asks: a list
 * question gets the whole list of an overview passage, a how-to question numbered steps, any other a
 * direct sentence and supporting points. Every line is cited; the sources follow.
 */
export function composeExtractiveAnswer(question: string, hits: readonly SearchHit[]): GroundedAnswer {
  const kind = questionKind(question);
  const { cite, cited } = createCitations();
  const [first] = hits;
  const parts =
    (kind === 'list' && first
      ? withOtherPoints(composeListAnswer(question, first, cite), hits, cite)
      : undefined) ??
    (kind === 'how-to' ? composeStepsAnswer(hits, cite) : undefined) ??
    composeProseAnswer(question, kind, hits, cite);
  return finishAnswer(parts, cited);
}

function composeProseAnswer(
  question: string,
  kind: QuestionKind,
  hits: readonly SearchHit[],
  cite: Cite,
): AnswerParts {
  const [first, ...others] = hits;
  if (!first) return { opening: '', body: [] };
  const opening =
    namedMemberLine(question, first) ?? bestOpening(first, { definition: kind === 'definition' });
  const number = cite(first);
  const quoted = new Set(opening ? [opening.position] : []);
  // A list in the best passage is usually what it has to say: quote it whole.
  const items = passageSentences(first.passage)
    .filter((sentence) => sentence.listItem && !quoted.has(sentence.position))
    .slice(0, maximumListItems);
  for (const item of items) quoted.add(item.position);
  const chosen = [...items, ...bestSentences(first, pointsPerPassage.first, quoted, { fill: true })];
  const points = chosen
    .sort((left, right) => left.position - right.position)
    .map((sentence) => `- ${quote(sentence.text, number)}`);
  for (const hit of others) {
    points.push(
      ...bestSentences(hit, pointsPerPassage.other).map((sentence) => `- ${quote(sentence.text, cite(hit))}`),
    );
  }
  return { opening: opening ? quote(opening.text, number) : '', body: points };
}

/** After the whole list, a point from each other relevant passage: what the list passage leaves out. */
function withOtherPoints(
  parts: AnswerParts | undefined,
  hits: readonly SearchHit[],
  cite: Cite,
): AnswerParts | undefined {
  if (!parts) return undefined;
  const points = hits
    .slice(1)
    .flatMap((hit) => bestSentences(hit, 1).map((sentence) => `- ${quote(sentence.text, cite(hit))}`));
  return points.length === 0 ? parts : { ...parts, body: [...parts.body, '', ...points] };
}

/**
 * "What is the likelihood scale?" names one member of the list the best passage gives: that
 * member's line answers it.
 */
function namedMemberLine(question: string, hit: SearchHit): PassageSentence | undefined {
  const named = membersNamedIn(question, listMembers(hit.passage.text));
  if (named.length !== 1) return undefined;
  const name = named[0]?.name ?? '';
  return passageSentences(hit.passage).find(
    (sentence) => sentence.listItem && sentence.text.startsWith(name),
  );
}
