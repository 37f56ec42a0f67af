import type { LanguageModel } from 'ai';
import type { KnowledgeSource } from './create-knowledge-base.ts';
import { composeExtractiveAnswer } from './extractive-answer.ts';
import { type GroundedAnswer, modelUnavailableNotice } from './grounded-answer.ts';
import { withLegalNote } from './legal-note.ts';
import { composeModelAnswer } from './model-answer.ts';
import { notCoveredAnswer, unanswerableQuestion } from './not-covered-answer.ts';
import { defaultAnswerPassages, retrieveAnswerPassages } from './retrieve-answer-passages.ts';

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
 * Answers a question from the passages only: extractively, or phrased by a model whose citations
 * are checked. Says so when the passages do not cover the question, and ends an answer about law
 * with the note that RAIA is not legal advice.
 */
export async function answerQuestion(question: string, options: AnswerOptions): Promise<GroundedAnswer> {
  const retrieval = retrieveAnswerPassages(
    options.knowledgeBase,
    question,
    options.limit ?? defaultAnswerPassages,
  );
  if (!retrieval.success) return unanswerableQuestion(retrieval.error.userMessage);
  const { hits, closest, missingType } = retrieval.data;
  if (hits.length === 0) return notCoveredAnswer('extractive', { type: missingType, closest });

  const extractive = withLegalNote(composeExtractiveAnswer(question, hits), question);
  if (!options.model) return extractive;
  const phrased = await composeModelAnswer(question, hits, options.model, options.timeoutMs ?? 15_000);
  if (phrased.success) return withLegalNote(phrased.data, question);
  // Only a failed call is announced; a model answer with no grounded sentence is replaced silently.
  return phrased.error.code === 'model-unavailable'
    ? { ...extractive, notice: modelUnavailableNotice }
    : extractive;
}
