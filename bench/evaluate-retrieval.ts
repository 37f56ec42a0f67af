import { z } from 'zod';
import { answerQuestion, type GroundedAnswer } from '../src/knowledge/answer-question.ts';
import type { KnowledgeSource } from '../src/knowledge/create-knowledge-base.ts';
import { legalNote } from '../src/knowledge/legal-note.ts';
import { questionKinds } from '../src/knowledge/question-kind.ts';
import { retrieveAnswerPassages } from '../src/knowledge/retrieve-answer-passages.ts';
import evaluationJson from './retrieval-eval.json' with { type: 'json' };

export const evaluationSplits = ['tune', 'test'] as const;
export type EvaluationSplit = (typeof evaluationSplits)[number];
const splitSchema = z.enum(evaluationSplits);

/** The format of bench/retrieval-eval.json (see docs in its `description`). */
export const retrievalEvaluationSchema = z.object({
  description: z.string(),
  questions: z
    .array(
      z.object({
        id: z.string().min(1),
        question: z.string().min(1),
        split: splitSchema,
        kind: z.enum(questionKinds),
        /** Passages that directly answer it; empty while a passage is still being written. */
        relevant: z.array(z.string().min(1)),
        /** Facts the answer must contain, each as its acceptable spellings. */
        mustContain: z.array(z.array(z.string().min(1)).min(1)),
        legalNote: z.boolean(),
      }),
    )
    .min(1),
  notCovered: z.array(
    z.object({
      id: z.string().min(1),
      question: z.string().min(1),
      split: splitSchema,
      category: z.enum(['near-miss', 'off-topic']),
    }),
  ),
});
export type RetrievalEvaluation = z.infer<typeof retrievalEvaluationSchema>;
type EvaluationQuestion = RetrievalEvaluation['questions'][number];

export function loadRetrievalEvaluation(): RetrievalEvaluation {
  return retrievalEvaluationSchema.parse(evaluationJson);
}

/** The figures for one split. Shares are 0-1; a figure with nothing to measure is undefined. */
export interface SplitReport {
  questions: number;
  notCovered: number;
  /** Mean share of each question's relevant passages among the first k the answer layer ranks. */
  recall: number | undefined;
  /** Share of questions with at least one relevant passage in the first k. */
  hitRate: number | undefined;
  /** Mean of 1 / rank of the first relevant passage (0 when none in the first 10). */
  meanReciprocalRank: number | undefined;
  /** Mean share of `mustContain` facts found in the extractive answer (0 for a declined question). */
  completeness: number | undefined;
  /** Completeness by question kind, to see where answers fall short. */
  completenessByKind: Partial<Record<EvaluationQuestion['kind'], number>>;
  /** Share of not-covered questions declined. */
  notCoveredDeclined: number | undefined;
  /** Share of covered questions declined (wrongly). */
  wronglyDeclined: number | undefined;
  /** Share of `legalNote` questions whose answer carries the not-legal-advice note. */
  legalNoteRate: number | undefined;
  /** Questions measured for recall (a `relevant` list) and completeness (a `mustContain` list). */
  measured: { recall: number; completeness: number; legalNote: number };
  misses: {
    retrieval: { id: string; question: string; relevant: string[]; retrieved: string[] }[];
    incomplete: { id: string; question: string; missing: string[]; declined: boolean }[];
    wronglyAnswered: { id: string; question: string }[];
    missingLegalNote: { id: string; question: string }[];
  };
}

/** Recall@k and MRR of the ranking answers use, and the quality of the composed answers, per split. */
export async function evaluateRetrieval(
  source: KnowledgeSource,
  evaluation: RetrievalEvaluation,
  k = 5,
): Promise<Record<EvaluationSplit, SplitReport>> {
  const reports = {} as Record<EvaluationSplit, SplitReport>;
  for (const split of evaluationSplits) {
    reports[split] = await evaluateSplit(
      source,
      evaluation.questions.filter((entry) => entry.split === split),
      evaluation.notCovered.filter((entry) => entry.split === split),
      k,
    );
  }
  return reports;
}

async function evaluateSplit(
  source: KnowledgeSource,
  questions: readonly EvaluationQuestion[],
  notCovered: RetrievalEvaluation['notCovered'],
  k: number,
): Promise<SplitReport> {
  const recall: number[] = [];
  const hits: number[] = [];
  const reciprocalRanks: number[] = [];
  const completeness: { kind: EvaluationQuestion['kind']; share: number }[] = [];
  const legalNotes: number[] = [];
  let declined = 0;
  const misses: SplitReport['misses'] = {
    retrieval: [],
    incomplete: [],
    wronglyAnswered: [],
    missingLegalNote: [],
  };

  for (const entry of questions) {
    const { id, question, relevant } = entry;
    if (relevant.length > 0) {
      const retrieval = retrieveAnswerPassages(source, question);
      const retrieved = retrieval.success ? retrieval.data.ranked.map((hit) => hit.id) : [];
      const found = relevant.filter((passage) => retrieved.slice(0, k).includes(passage)).length;
      recall.push(found / relevant.length);
      hits.push(found > 0 ? 1 : 0);
      const firstRank = retrieved.findIndex((passage) => relevant.includes(passage));
      reciprocalRanks.push(firstRank < 0 ? 0 : 1 / (firstRank + 1));
      if (found < relevant.length)
        misses.retrieval.push({ id, question, relevant, retrieved: retrieved.slice(0, k) });
    }
    const answer = await answerQuestion(question, { knowledgeBase: source });
    if (!answer.covered) declined++;
    if (entry.mustContain.length > 0) {
      const missing = missingFacts(answer, entry.mustContain);
      completeness.push({ kind: entry.kind, share: 1 - missing.length / entry.mustContain.length });
      if (missing.length > 0) misses.incomplete.push({ id, question, missing, declined: !answer.covered });
    }
    if (entry.legalNote) {
      const noted = answer.covered && answer.text.includes(legalNote);
      legalNotes.push(noted ? 1 : 0);
      if (!noted) misses.missingLegalNote.push({ id, question });
    }
  }

  let declinedNotCovered = 0;
  for (const { id, question } of notCovered) {
    const answer = await answerQuestion(question, { knowledgeBase: source });
    if (!answer.covered) declinedNotCovered++;
    else misses.wronglyAnswered.push({ id, question });
  }

  const completenessByKind: SplitReport['completenessByKind'] = {};
  for (const kind of questionKinds) {
    const shares = completeness.filter((entry) => entry.kind === kind).map((entry) => entry.share);
    const value = mean(shares);
    if (value !== undefined) completenessByKind[kind] = value;
  }
  return {
    questions: questions.length,
    notCovered: notCovered.length,
    recall: mean(recall),
    hitRate: mean(hits),
    meanReciprocalRank: mean(reciprocalRanks),
    completeness: mean(completeness.map((entry) => entry.share)),
    completenessByKind,
    notCoveredDeclined: notCovered.length === 0 ? undefined : declinedNotCovered / notCovered.length,
    wronglyDeclined: questions.length === 0 ? undefined : declined / questions.length,
    legalNoteRate: mean(legalNotes),
    measured: { recall: recall.length, completeness: completeness.length, legalNote: legalNotes.length },
    misses,
  };
}

/**
 * The facts (by their first spelling) a composed answer lacks. A declined answer lacks them all: the
 * list of what RAIA covers must not count as an answer. Markup and citation markers are removed
 * before matching, case-insensitively.
 */
export function missingFacts(answer: GroundedAnswer, mustContain: readonly (readonly string[])[]): string[] {
  const text = answer.covered ? answerPlainText(answer.text) : '';
  return mustContain
    .filter((spellings) => !spellings.some((spelling) => text.includes(answerPlainText(spelling).trim())))
    .map((spellings) => spellings[0] ?? '');
}

export function answerPlainText(markdown: string): string {
  return markdown
    .replace(/\[\d+\]/g, '')
    .replace(/\\([\\[\]])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((total, value) => total + value, 0) / values.length;
}
