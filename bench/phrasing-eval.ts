/**
 * `npm run eval:phrasings`: how well RAIA reads natural answers (tests/interpretation/phrasings.json),
 * on the tuning half and on the held-out half. Correct: the expected value, recorded at once or
 * proposed. Worst: a wrong value recorded at once. Pass `--split tuning` while tuning, so the
 * held-out half stays unseen; `--failures` lists what went wrong.
 */
import { readAnswer } from '../src/interpretation/read-answer.ts';
import {
  evaluatePhrasings,
  type Phrasing,
  phrasingRegistry,
  phrasings,
  type Tally,
} from './evaluate-phrasings.ts';

const registry = phrasingRegistry();
const splitArgument = process.argv.indexOf('--split');
const splits: Phrasing['split'][] =
  splitArgument >= 0 && process.argv[splitArgument + 1] === 'tuning' ? ['tuning'] : ['tuning', 'held-out'];

const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;

function print(split: string, tally: Tally): void {
  console.log(
    `${split}: correct ${tally.correct}/${tally.withValue} (${percent(tally.correct, tally.withValue)}); ` +
      `wrong recorded at once ${tally.wrongExact}; wrong proposals ${tally.wrongProposal}; ` +
      `not read ${tally.notRead}; read where nothing fits ${tally.falseReadings}/${tally.withoutValue}`,
  );
  if (!process.argv.includes('--failures')) return;
  for (const { row, outcome, value } of tally.failures)
    console.log(
      `  ${outcome}: ${row.question} "${row.text}" -> ${JSON.stringify(value)} (expected ${JSON.stringify(row.expected)})`,
    );
}

const groups = [...new Set(phrasings.map((row) => `${row.questionnaire} ${row.version}`))];
for (const split of splits) {
  for (const group of [...groups, 'all']) {
    const rows = phrasings.filter(
      (row) => row.split === split && (group === 'all' || `${row.questionnaire} ${row.version}` === group),
    );
    const tally = evaluatePhrasings(registry, rows, (question, row) => {
      const definition = registry.get(row.questionnaire, row.version);
      if (definition === undefined) throw new Error(`No ${row.questionnaire} ${row.version}`);
      return readAnswer(definition, question, row.text);
    });
    print(`${split} · ${group}`, tally);
  }
}
