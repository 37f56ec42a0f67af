import type { LanguageModel } from 'ai';
import type { KnowledgeSource } from './create-knowledge-base.ts';
import { composeExtractiveAnswer } from './extractive-answer.ts';
import { type GroundedAnswer, modelUnavailableNotice } from './grounded-answer.ts';
import { composeModelAnswer } from './model-answer.ts';
import { notCoveredAnswer, unanswerableQuestion } from './not-covered-answer.ts';
import { type SearchHit, searchPassages } from './search-passages.ts';

export type { GroundedAnswer } from './grounded-answer.ts';

export interface AnswerOptions {
  knowledgeBase: KnowledgeSource;
  /** Optional: without one, answers are extractive. */
  model?: LanguageModel;
  timeoutMs?: number;
  /** How many passages to draw on. */
  limit?: number;
}

/**
 * The question counts as covered when some passage matches at least this share of its informative
 * words (see query-coverage.ts) and scores at least `minimumScore`. Calibrated with `npm run eval`
 * on bench/retrieval-eval.json: every on-topic question had a passage covering 0.47 or more, no
 * off-topic question one covering more than 0.37.
 */
export const minimumCoverage = 0.4;
export const minimumScore = 2.5;
/** Other passages may answer part of a compound question ("oversight and proportionality"). */
const partialCoverage = 0.25;
/** Passages far below the best one are more likely to distract than to help. */
const relativeCutoff = 0.3;

/**
 * Answers a question from the passages only: extractively, or phrased by a model whose citations
 * are checked. Says so when the passages do not cover the question.
 */
export async function answerQuestion(question: string, options: AnswerOptions): Promise<GroundedAnswer> {
  const search = searchPassages(options.knowledgeBase, question, { limit: options.limit ?? 3 });
  if (!search.success) return unanswerableQuestion(search.error.userMessage);
  const hits = relevantHits(search.data);
  if (hits.length === 0) return notCoveredAnswer();

  const extractive = composeExtractiveAnswer(hits);
  if (!options.model) return extractive;
  const phrased = await composeModelAnswer(question, hits, options.model, options.timeoutMs ?? 15_000);
  return phrased.success ? phrased.data : { ...extractive, notice: modelUnavailableNotice };
}

/** Hits strong enough to answer from, best first; empty when the question is not covered. */
export function relevantHits(hits: readonly SearchHit[]): SearchHit[] {
  const covered = hits.some((hit) => hit.coverage >= minimumCoverage && hit.score >= minimumScore);
  if (!covered) return [];
  const top = hits[0]?.score ?? 0;
  return hits.filter(
    (hit) => hit.coverage >= partialCoverage && hit.score >= Math.max(minimumScore, top * relativeCutoff),
  );
}
