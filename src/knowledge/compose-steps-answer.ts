import type { AnswerParts, Cite } from './answer-sources.ts';
import { quote } from './answer-sources.ts';
import { type PassageSentence, passageSentences, withoutLabel } from './passage-sentences.ts';
import { bestOpening, bestSentences } from './pick-sentences.ts';
import type { SearchHit } from './search-passages.ts';

/** Enough steps to act on; more reads as a manual. */
const maximumSteps = 8;
/** A "Questions to check" clause of another passage adds a few checks, not all of them. */
const maximumStepsPerClause = 4;
/** Sentences of the best passage quoted beside its steps. */
const pointsBesideSteps = 2;
const questionStart =
  /^(?:does|do|is|are|can|could|has|have|was|were|who|what|which|how|will|would|should|did)\b/i;

interface Step {
  text: string;
  hit: SearchHit;
}

/**
 * A practical question answered with steps: a direct sentence, then numbered steps taken from the
 * passages' numbered lists or their "Questions to check:" / "Checks:" clauses, each cited, then one
 * point from each passage that gave no step. Undefined when no passage holds steps.
 */
export function composeStepsAnswer(hits: readonly SearchHit[], cite: Cite): AnswerParts | undefined {
  const steps: Step[] = [];
  for (const hit of hits) {
    const room = maximumSteps - steps.length;
    if (room <= 0) break;
    steps.push(...stepsOf(hit).slice(0, room));
  }
  const first = hits[0];
  if (steps.length === 0 || !first) return undefined;

  const opening = bestOpening(first);
  const openingText = opening ? quote(opening.text, cite(first)) : '';
  const numbered = steps.map((step, index) => `${index + 1}. ${quote(step.text, cite(step.hit))}`);
  // What the best passage says beside its steps (why, what to watch for), then a point from each
  // passage that gave no step.
  const besideSteps = new Set(
    passageSentences(first.passage)
      .filter((sentence) => sentence.listItem || sentence.label !== undefined || sentence === opening)
      .map((sentence) => sentence.position),
  );
  const points = [
    ...bestSentences(first, pointsBesideSteps, besideSteps).map(
      (sentence) => `- ${quote(sentence.text, cite(first))}`,
    ),
    ...hits
      .filter((hit) => hit !== first && !steps.some((step) => step.hit === hit))
      .flatMap((hit) => bestSentences(hit, 1).map((sentence) => `- ${quote(sentence.text, cite(hit))}`)),
  ];
  return { opening: openingText, body: [...numbered, ...(points.length > 0 ? ['', ...points] : [])] };
}

function stepsOf(hit: SearchHit): Step[] {
  const sentences = passageSentences(hit.passage);
  const numbered = sentences.filter((sentence) => sentence.numbered);
  if (numbered.length > 0) return numbered.map((sentence) => ({ text: sentence.text, hit }));
  return sentences
    .filter((sentence) => sentence.label !== undefined)
    .flatMap((sentence) => clauseItems(sentence).slice(0, maximumStepsPerClause))
    .map((text) => ({ text, hit }));
}

/** "Questions to check: does a; is b?" -> ["Does a?", "Is b?"]. */
function clauseItems(sentence: PassageSentence): string[] {
  const asks = /question|check/i.test(sentence.label ?? '');
  return withoutLabel(sentence)
    .split(/;\s*/)
    .map((item) => item.trim().replace(/[.;?!]+$/, ''))
    .filter((item) => item !== '')
    .map((item) => {
      const text = `${item.charAt(0).toUpperCase()}${item.slice(1)}`;
      return asks && questionStart.test(item) ? `${text}?` : `${text}.`;
    });
}
