import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateRetrieval,
  evaluationSplits,
  loadRetrievalEvaluation,
  missingFacts,
  type SplitReport,
} from '../../bench/evaluate-retrieval.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { questionKinds } from '../../src/knowledge/question-kind.ts';

/**
 * Floors on the tune split, set from its figures when the answer layer was tuned (recall@5 0.92,
 * MRR 0.92, completeness 0.94, not-covered declined 1.00, wrongly declined 0.01, legal note 1.00)
 * less a margin for corpus edits. The test split is held out: `npm run eval` reports its figures as
 * measured, and only the bar is asserted on it.
 */
const tuneFloors = {
  recall: 0.85,
  meanReciprocalRank: 0.85,
  completeness: 0.9,
  notCoveredDeclined: 0.92,
  legalNoteRate: 0.9,
} as const;
const tuneMostWronglyDeclined = 0.05;
/** Issue 15, "Done when": on the held-out split. */
const heldOutBar = { completeness: 0.9, notCoveredDeclined: 0.9 } as const;

describe('bench/retrieval-eval.json', () => {
  const evaluation = loadRetrievalEvaluation();

  it('has at least 120 questions with unique ids, every kind in both splits', () => {
    expect(evaluation.questions.length).toBeGreaterThanOrEqual(120);
    const ids = [...evaluation.questions, ...evaluation.notCovered].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const split of evaluationSplits) {
      const kinds = new Set(
        evaluation.questions.filter((entry) => entry.split === split).map((entry) => entry.kind),
      );
      expect([...kinds].sort()).toEqual([...questionKinds].sort());
      const categories = new Set(
        evaluation.notCovered.filter((entry) => entry.split === split).map((entry) => entry.category),
      );
      expect([...categories].sort()).toEqual(['near-miss', 'off-topic']);
    }
  });

  it('names only passages the knowledge base holds', () => {
    const ids = new Set(loadBuiltInKnowledgeBase().passages.map((passage) => passage.id));
    const missing = evaluation.questions.flatMap((entry) => entry.relevant).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});

describe('missingFacts', () => {
  const answer = (text: string, covered = true) => ({
    text,
    citations: [],
    covered,
    method: 'extractive' as const,
  });

  it('matches spellings case-insensitively with markup and citation markers removed', () => {
    const text = 'The Toolkit names **Minimization of harm** [1] and _Human autonomy_ \\[sic\\].';
    expect(
      missingFacts(answer(text), [
        ['minimisation of harm', 'Minimization of harm'],
        ['human autonomy'],
        ['[sic]'],
      ]),
    ).toEqual([]);
    expect(missingFacts(answer(text), [['Fairness']])).toEqual(['Fairness']);
  });

  it('finds no fact in a declined answer, whatever its list of topics says', () => {
    expect(
      missingFacts(answer('What RAIA covers: the 5 core principles', false), [['core principles']]),
    ).toEqual(['core principles']);
  });
});

// Quality on the real corpus (speed is measured in bench/, never here).
describe('retrieval and answers on bench/retrieval-eval.json', () => {
  let reports: Record<'tune' | 'test', SplitReport>;
  beforeAll(async () => {
    reports = await evaluateRetrieval(loadBuiltInKnowledgeBase(), loadRetrievalEvaluation());
  });

  it('keeps the tune split at or above the floors it was tuned to', () => {
    const { tune } = reports;
    for (const [figure, floor] of Object.entries(tuneFloors)) {
      expect(tune[figure as keyof typeof tuneFloors] ?? 0, figure).toBeGreaterThanOrEqual(floor);
    }
    expect(tune.wronglyDeclined ?? 1).toBeLessThanOrEqual(tuneMostWronglyDeclined);
  });

  it('meets the issue bar on the held-out test split', () => {
    const { test } = reports;
    expect(test.completeness ?? 0, 'completeness').toBeGreaterThanOrEqual(heldOutBar.completeness);
    expect(test.notCoveredDeclined ?? 0, 'not covered declined').toBeGreaterThanOrEqual(
      heldOutBar.notCoveredDeclined,
    );
  });
});
