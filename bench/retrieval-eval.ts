// `npm run eval`: retrieval and answer quality of the built-in knowledge base on bench/retrieval-eval.json.
// Figures are printed for both splits; the misses behind them only for the tune split, unless
// `--details test` is given: thresholds and wording are chosen on tune, test is held out.
import { loadBuiltInKnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import {
  type EvaluationSplit,
  evaluateRetrieval,
  evaluationSplits,
  loadRetrievalEvaluation,
  type SplitReport,
} from './evaluate-retrieval.ts';

const evaluation = loadRetrievalEvaluation();
const reports = await evaluateRetrieval(loadBuiltInKnowledgeBase(), evaluation);
const detailsFlag = process.argv.indexOf('--details');
const detailsSplit: EvaluationSplit =
  process.argv[detailsFlag + 1] === 'test' && detailsFlag >= 0 ? 'test' : 'tune';

const figure = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(3));
const rows: [string, (report: SplitReport) => string][] = [
  ['questions / not covered', (report) => `${report.questions} / ${report.notCovered}`],
  ['recall@5', (report) => `${figure(report.recall)} (${report.measured.recall} with relevant passages)`],
  ['hit rate@5', (report) => figure(report.hitRate)],
  ['MRR', (report) => figure(report.meanReciprocalRank)],
  [
    'answer completeness',
    (report) => `${figure(report.completeness)} (${report.measured.completeness} with facts)`,
  ],
  ['not covered declined', (report) => figure(report.notCoveredDeclined)],
  ['covered wrongly declined', (report) => figure(report.wronglyDeclined)],
  ['legal note rate', (report) => `${figure(report.legalNoteRate)} (${report.measured.legalNote} legal)`],
  [
    'completeness by kind',
    (report) =>
      Object.entries(report.completenessByKind)
        .map(([kind, value]) => `${kind} ${figure(value)}`)
        .join(', '),
  ],
];
const lines = [
  `bench/retrieval-eval.json: ${evaluation.questions.length} questions, ${evaluation.notCovered.length} not covered`,
];
for (const split of evaluationSplits) {
  lines.push('', `${split} split${split === 'test' ? ' (held out: figures as measured)' : ''}`);
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(26)} ${value(reports[split])}`);
}
const { misses } = reports[detailsSplit];
lines.push('', `Misses in the ${detailsSplit} split:`);
for (const miss of misses.retrieval)
  lines.push(
    `  retrieval ${miss.id}: ${miss.question}\n    wanted ${miss.relevant.join(', ')}\n    got    ${miss.retrieved.join(', ')}`,
  );
for (const miss of misses.incomplete)
  lines.push(
    `  incomplete ${miss.id}${miss.declined ? ' (declined)' : ''}: ${miss.question}\n    missing ${miss.missing.join('; ')}`,
  );
for (const miss of misses.wronglyAnswered)
  lines.push(`  answered, should decline ${miss.id}: ${miss.question}`);
for (const miss of misses.missingLegalNote) lines.push(`  no legal note ${miss.id}: ${miss.question}`);
process.stdout.write(`${lines.join('\n')}\n`);
