import { countOf } from './list-subject.ts';
import { legalResourceId } from './passage-schema.ts';
import { passageSentences } from './passage-sentences.ts';
import { definitionSubject, namesLegalInstrument, questionKind } from './question-kind.ts';
import { minimumCoverage, minimumScore, relativeCutoff } from './relevant-hits.ts';
import type { SearchHit } from './search-passages.ts';
import { isStopWord, stemWord } from './stem-word.ts';
import { tokenizeText } from './tokenize-text.ts';

/** Words that ask for a list, or link its parts, rather than name its subject. */
const askingWords = new Set(
  'list name enumerate many sit fall belong make form main key toolkit under within between among into across inside'
    .split(' ')
    .map(stemWord),
);
/** A subject word in the title says more than one in the text: "The instrumental principles under fairness". */
const titleWeight = 2;

/**
 * Hits in the order an answer should use them. For a list question, the overview passage (tag
 * `overview`) that best matches the question's subject comes first when it is relevant on its own,
 * even if a passage discussing one member scores higher: only the overview lists the whole set. For a
 * definition, the passage that opens by defining the subject comes first. A question naming a legal
 * instrument gets RAIA's legal reference before the Toolkit.
 */
export function rankForQuestion(question: string, hits: readonly SearchHit[]): SearchHit[] {
  const kind = questionKind(question);
  const [top] = hits;
  if (!top) return [];
  // Among the relevant hits (not far below the best), or matching as much of the question as the best.
  const candidates = hits.filter(
    (hit) =>
      hit.coverage >= minimumCoverage &&
      hit.score >= minimumScore &&
      (hit.score >= top.score * relativeCutoff || hit.coverage >= top.coverage),
  );
  // A question naming the AI Act or the LED asks what the law says: the Toolkit is not the law.
  const law = namesLegalInstrument(question)
    ? candidates.filter((hit) => hit.resource === legalResourceId)
    : [];
  const ordered = [...law, ...hits.filter((hit) => !law.includes(hit))];
  const inOrder = ordered.filter((hit) => candidates.includes(hit));
  const best =
    kind === 'list'
      ? bestOverview(question, inOrder)
      : kind === 'definition'
        ? firstDefining(question, inOrder)
        : undefined;
  return best ? [best, ...ordered.filter((hit) => hit !== best)] : ordered;
}

function bestOverview(question: string, candidates: readonly SearchHit[]): SearchHit | undefined {
  const subject = subjectStems(question);
  const match = (hit: SearchHit) => titleWeight * titleShare(hit.title, subject) + hit.coverage;
  return candidates
    .filter((hit) => hit.passage.resource !== 'ingested' && hit.passage.tags.includes('overview'))
    .sort((left, right) => match(right) - match(left) || right.score - left.score)[0];
}

/**
 * For "what is X?", the first passage that opens by saying what X is ("The Toolkit ..., often called
 * the AI Toolkit, is a set of resources"), rather than one that only uses X.
 */
function firstDefining(question: string, candidates: readonly SearchHit[]): SearchHit | undefined {
  const subject = definitionSubject(question);
  if (subject === undefined) return undefined;
  const stems = tokenizeText(subject)
    .filter((word) => !isStopWord(word))
    .map(stemWord);
  return candidates.find((hit) => {
    const opening = passageSentences(hit.passage).find((sentence) => !sentence.listItem)?.text ?? '';
    const verb = definingVerb.exec(opening);
    if (!verb || stems.length === 0) return false;
    const before = new Set(tokenizeText(opening.slice(0, verb.index)).map(stemWord));
    return stems.every((stem) => before.has(stem));
  });
}

/** "is a", "are the", "is one of", "means": a sentence saying what something is, not what it does. */
const definingVerb =
  /\b(?:is|are)\s+(?:a|an|the|one|two|three|four|five|six|seven|made|built|RAIA's|its|their)\b|\b(?:means|refers to)\b/;

function subjectStems(question: string): Set<string> {
  return new Set(
    tokenizeText(question)
      .filter((word) => !isStopWord(word) && countOf(word) === undefined)
      .map(stemWord)
      .filter((stem) => !askingWords.has(stem)),
  );
}

function titleShare(title: string, subject: ReadonlySet<string>): number {
  if (subject.size === 0) return 0;
  const stems = new Set(tokenizeText(title).map(stemWord));
  let shared = 0;
  for (const stem of subject) if (stems.has(stem)) shared++;
  return shared / subject.size;
}
