// `npm run eval`: retrieval quality of the built-in knowledge base on bench/retrieval-eval.json.
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { evaluateRetrieval, loadRetrievalEvaluation } from './evaluate-retrieval.ts';

const evaluation = loadRetrievalEvaluation();
const report = evaluateRetrieval(loadBuiltInKnowledgeBase(), evaluation);
const verbose = process.argv.includes('--verbose');

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
process.stdout.write(
  [
    `questions: ${evaluation.questions.length}, off-topic: ${evaluation.offTopic.length}`,
    `recall@5: ${report.recall.toFixed(3)} (target >= 0.9)`,
    `hit rate@5: ${report.hitRate.toFixed(3)}`,
    `MRR: ${report.meanReciprocalRank.toFixed(3)}`,
    `answered as covered: ${percent(report.coveredShare)}; off-topic declined: ${percent(report.declinedOffTopicShare)}`,
    `lowest top score (questions): ${report.lowestQuestionTopScore.toFixed(2)}; highest top score (off-topic): ${report.highestOffTopicTopScore.toFixed(2)}`,
    '',
  ].join('\n'),
);
if (verbose || report.misses.length <= 15) {
  for (const miss of report.misses) {
    process.stdout.write(
      `miss: ${miss.question}\n  wanted ${miss.relevant.join(', ')}\n  got    ${miss.retrieved.join(', ')}\n`,
    );
  }
}
