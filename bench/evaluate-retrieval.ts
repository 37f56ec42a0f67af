import { z } from 'zod';
import { relevantHits } from '../src/knowledge/answer-question.ts';
import type { KnowledgeSource } from '../src/knowledge/create-knowledge-base.ts';
import { searchPassages } from '../src/knowledge/search-passages.ts';
import evaluationJson from './retrieval-eval.json' with { type: 'json' };

export const retrievalEvaluationSchema = z.object({
  description: z.string(),
  questions: z.array(z.object({ question: z.string().min(1), relevant: z.array(z.string()).min(1) })).min(1),
  offTopic: z.array(z.string().min(1)),
});
export type RetrievalEvaluation = z.infer<typeof retrievalEvaluationSchema>;

export function loadRetrievalEvaluation(): RetrievalEvaluation {
  return retrievalEvaluationSchema.parse(evaluationJson);
}

export interface RetrievalReport {
  /** Mean share of each question's relevant passages found in the top k. */
  recall: number;
  /** Share of questions with at least one relevant passage in the top k. */
  hitRate: number;
  /** Mean of 1 / rank of the first relevant passage (0 when none in the top 10). */
  meanReciprocalRank: number;
  /** Questions the answer layer treats as covered / off-topic questions it declines. */
  coveredShare: number;
  declinedOffTopicShare: number;
  /** Lowest top score of a question and highest top score of an off-topic one: the threshold sits between. */
  lowestQuestionTopScore: number;
  highestOffTopicTopScore: number;
  misses: { question: string; relevant: string[]; retrieved: string[] }[];
}

/** Recall@k, MRR and coverage decisions of the search over an evaluation set. */
export function evaluateRetrieval(
  source: KnowledgeSource,
  evaluation: RetrievalEvaluation,
  k = 5,
): RetrievalReport {
  let recall = 0;
  let hits = 0;
  let reciprocalRanks = 0;
  let covered = 0;
  let lowestQuestionTopScore = Number.POSITIVE_INFINITY;
  const misses: RetrievalReport['misses'] = [];
  for (const { question, relevant } of evaluation.questions) {
    const result = searchPassages(source, question, { limit: 10 });
    const ranked = result.success ? result.data : [];
    const retrieved = ranked.map((hit) => hit.id);
    const found = relevant.filter((id) => retrieved.slice(0, k).includes(id)).length;
    recall += found / relevant.length;
    if (found > 0) hits++;
    const firstRank = retrieved.findIndex((id) => relevant.includes(id));
    reciprocalRanks += firstRank < 0 ? 0 : 1 / (firstRank + 1);
    if (found < relevant.length) misses.push({ question, relevant, retrieved: retrieved.slice(0, k) });
    if (relevantHits(ranked.slice(0, 3)).length > 0) covered++;
    lowestQuestionTopScore = Math.min(lowestQuestionTopScore, ranked[0]?.score ?? 0);
  }
  let declined = 0;
  let highestOffTopicTopScore = 0;
  for (const question of evaluation.offTopic) {
    const result = searchPassages(source, question, { limit: 3 });
    const ranked = result.success ? result.data : [];
    if (relevantHits(ranked).length === 0) declined++;
    highestOffTopicTopScore = Math.max(highestOffTopicTopScore, ranked[0]?.score ?? 0);
  }
  const count = evaluation.questions.length;
  return {
    recall: recall / count,
    hitRate: hits / count,
    meanReciprocalRank: reciprocalRanks / count,
    coveredShare: covered / count,
    declinedOffTopicShare: evaluation.offTopic.length === 0 ? 1 : declined / evaluation.offTopic.length,
    lowestQuestionTopScore,
    highestOffTopicTopScore,
    misses,
  };
}
