import type { Result } from '../app-error.ts';
import {
  type AnswerType,
  asksForDate,
  holdsAnswerOfType,
  requestedAnswerType,
  statesDate,
} from './answer-scope.ts';
import type { KnowledgeSource } from './create-knowledge-base.ts';
import { rankForQuestion } from './rank-for-question.ts';
import { minimumScore, partialCoverage, relevantHits } from './relevant-hits.ts';
import { type SearchHit, searchPassages } from './search-passages.ts';

/** Candidates searched for each question: enough for an overview passage ranked below others. */
const candidateLimit = 10;
export const defaultAnswerPassages = 3;
/** How far down the ranking a passage holding the type of answer asked for is looked for. */
const evidencePool = 5;

export interface AnswerRetrieval {
  /** Every candidate in the order answers use them (for a list question, its overview first). */
  ranked: SearchHit[];
  /** The passages to answer from; empty when the question is not covered. */
  hits: SearchHit[];
  /** When not covered: passages near the question worth naming, best first. */
  closest: SearchHit[];
  /** When not covered: the type of answer the question asked for, which no relevant passage holds. */
  missingType?: AnswerType;
}

/**
 * The passages an answer is built from: searched, re-ranked for the question's kind, kept only when
 * relevant, and, when the question asks for a specific type of answer (a time period, an amount, a
 * country's law), only when one of them holds an answer of that type; those passages come first.
 */
export function retrieveAnswerPassages(
  source: KnowledgeSource,
  question: string,
  limit = defaultAnswerPassages,
): Result<AnswerRetrieval> {
  const search = searchPassages(source, question, { limit: Math.max(candidateLimit, limit) });
  if (!search.success) return search;
  const ranked = rankForQuestion(question, search.data);
  const relevant = relevantHits(ranked.slice(0, limit));
  const type = requestedAnswerType(question);
  if (relevant.length === 0) {
    const closest = ranked.filter((hit) => hit.coverage >= partialCoverage && hit.score >= minimumScore);
    return { success: true, data: { ranked, hits: [], closest, ...(type ? { missingType: type } : {}) } };
  }
  // A passage stating what was asked for may rank a little lower: look a little further for one.
  const pool = relevantHits(ranked.slice(0, Math.max(limit, evidencePool)));
  if (!type) {
    if (!asksForDate(question)) return { success: true, data: { ranked, hits: relevant, closest: [] } };
    const hits = holdingFirst(pool, (hit) => statesDate(question, hit.passage)).slice(0, limit);
    return { success: true, data: { ranked, hits, closest: [] } };
  }
  const holding = pool.filter((hit) => holdsAnswerOfType(question, type, [hit.passage]));
  if (holding.length === 0) {
    return { success: true, data: { ranked, hits: [], closest: relevant, missingType: type } };
  }
  const hits = holdingFirst(pool, (hit) => holding.includes(hit)).slice(0, limit);
  return { success: true, data: { ranked, hits, closest: [] } };
}

/** The passages that hold what the question asks for first, each group in rank order. */
function holdingFirst(hits: readonly SearchHit[], holds: (hit: SearchHit) => boolean): SearchHit[] {
  return [...hits.filter(holds), ...hits.filter((hit) => !holds(hit))];
}
