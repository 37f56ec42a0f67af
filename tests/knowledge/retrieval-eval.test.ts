import { describe, expect, it } from 'vitest';
import { evaluateRetrieval, loadRetrievalEvaluation } from '../../bench/evaluate-retrieval.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

// A quality floor on the real corpus (speed is measured in bench/, never here).
describe('retrieval on bench/retrieval-eval.json', () => {
  const evaluation = loadRetrievalEvaluation();
  const report = evaluateRetrieval(loadBuiltInKnowledgeBase(), evaluation);

  it('has at least 60 questions whose passages all exist', () => {
    expect(evaluation.questions.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(loadBuiltInKnowledgeBase().passages.map((passage) => passage.id));
    const missing = evaluation.questions.flatMap((entry) => entry.relevant).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('finds the answering passages in the top 5 (recall@5 >= 0.85)', () => {
    expect(report.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.meanReciprocalRank).toBeGreaterThanOrEqual(0.7);
  });

  it('answers on-topic questions and declines off-topic ones', () => {
    expect(report.coveredShare).toBeGreaterThanOrEqual(0.9);
    expect(report.declinedOffTopicShare).toBeGreaterThanOrEqual(0.8);
  });
});
