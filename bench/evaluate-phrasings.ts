import { z } from 'zod';
import type { AnswerReading } from '../src/interpretation/answer-reading.ts';
import { builtInQuestionnaires } from '../src/questionnaires/built-in-questionnaires.ts';
import riskVersionTwo from '../src/questionnaires/data/risk.v2.json' with { type: 'json' };
import { loadQuestionnaire } from '../src/questionnaires/load-questionnaire.ts';
import { createQuestionnaireRegistry, type QuestionnaireRegistry } from '../src/questionnaires/registry.ts';
import type { Question } from '../src/questionnaires/schema.ts';
import phrasingsJson from '../tests/interpretation/phrasings.json' with { type: 'json' };

export const phrasingSchema = z.object({
  questionnaire: z.string(),
  version: z.string(),
  question: z.string(),
  text: z.string(),
  /** The value a careful reader records; null: no option should be read from this text. */
  expected: z.union([z.string(), z.number(), z.array(z.string())]).nullable(),
  split: z.enum(['tuning', 'held-out']),
});
export type Phrasing = z.infer<typeof phrasingSchema>;

export const phrasings: Phrasing[] = z
  .object({ description: z.string(), phrasings: z.array(phrasingSchema) })
  .parse(phrasingsJson).phrasings;

/** The built-in definitions, with risk version 2 even before it is registered as a built-in. */
export function phrasingRegistry(): QuestionnaireRegistry {
  const definitions = [...builtInQuestionnaires()];
  if (!definitions.some((definition) => definition.id === 'risk' && definition.version === '2')) {
    const loaded = loadQuestionnaire(riskVersionTwo, { fileName: 'risk.v2.json' });
    if (!loaded.success) throw loaded.error;
    definitions.push(loaded.data);
  }
  return createQuestionnaireRegistry(definitions);
}

/** How one reading of one phrasing turned out. */
export type Outcome =
  | 'exact'
  | 'proposed'
  | 'wrong exact'
  | 'wrong proposal'
  | 'not read'
  | 'rightly not read'
  | 'read where nothing fits';

export type Tally = {
  /** Rows with an expected value: right, wrong, not read. */
  withValue: number;
  correct: number;
  /** Recorded without asking, and wrong: the worst outcome. */
  wrongExact: number;
  wrongProposal: number;
  notRead: number;
  /** Rows where nothing should be read: how many were read anyway. */
  withoutValue: number;
  falseReadings: number;
  failures: Array<{ row: Phrasing; outcome: Outcome; value: unknown }>;
};

export type Reader = (question: Question, row: Phrasing) => AnswerReading;

/** Reads every phrasing given and counts right readings, wrong ones, and refusals. */
export function evaluatePhrasings(
  registry: QuestionnaireRegistry,
  rows: readonly Phrasing[],
  read: Reader,
): Tally {
  const tally: Tally = {
    withValue: 0,
    correct: 0,
    wrongExact: 0,
    wrongProposal: 0,
    notRead: 0,
    withoutValue: 0,
    falseReadings: 0,
    failures: [],
  };
  for (const row of rows) {
    const question = findQuestion(registry, row);
    const reading = read(question, row);
    const outcome = outcomeOf(row, reading);
    const value = reading.kind === 'none' ? null : reading.value;
    if (row.expected === null) tally.withoutValue += 1;
    else tally.withValue += 1;
    if (outcome === 'exact' || outcome === 'proposed') tally.correct += 1;
    if (outcome === 'wrong exact') tally.wrongExact += 1;
    if (outcome === 'wrong proposal') tally.wrongProposal += 1;
    if (outcome === 'not read') tally.notRead += 1;
    if (outcome === 'read where nothing fits') tally.falseReadings += 1;
    if (outcome !== 'exact' && outcome !== 'proposed' && outcome !== 'rightly not read')
      tally.failures.push({ row, outcome, value });
  }
  return tally;
}

export function findQuestion(registry: QuestionnaireRegistry, row: Phrasing): Question {
  const definition = registry.get(row.questionnaire, row.version);
  const question = definition?.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.id === row.question);
  if (question === undefined)
    throw new Error(`No question ${row.question} in ${row.questionnaire} ${row.version}`);
  return question;
}

function outcomeOf(row: Phrasing, reading: AnswerReading): Outcome {
  if (row.expected === null) return reading.kind === 'none' ? 'rightly not read' : 'read where nothing fits';
  if (reading.kind === 'none') return 'not read';
  const right = sameValue(reading.value, row.expected);
  if (reading.kind === 'exact') return right ? 'exact' : 'wrong exact';
  return right ? 'proposed' : 'wrong proposal';
}

function sameValue(value: unknown, expected: NonNullable<Phrasing['expected']>): boolean {
  const sorted = (item: unknown) => JSON.stringify(Array.isArray(item) ? [...item].sort() : item);
  return sorted(value) === sorted(expected);
}
