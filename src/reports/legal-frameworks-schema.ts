import { z } from 'zod';
import { truthSchema } from '../frameworks/pack-result-schema.ts';

/** A pack's statement with its citations, raw (for machines) and in words ("Artificial Intelligence Act Art. 5(1)(h)"). */
export const reportCitedTextSchema = z
  .object({ text: z.string(), cites: z.array(z.string()), citationText: z.string() })
  .strict();
export type ReportCitedText = z.infer<typeof reportCitedTextSchema>;

/** One step of the trace in words: which rule or item, how it came out, and the answers it read. */
export const frameworkTraceRowSchema = z
  .object({
    outcomeTitle: z.string(),
    ref: z.string(),
    truth: truthSchema,
    truthText: z.string(),
    /** "eu-remote-identification = real-time; eu-public-spaces = not answered". */
    readText: z.string(),
  })
  .strict();
export type FrameworkTraceRow = z.infer<typeof frameworkTraceRowSchema>;

const appliesFields = { applies: truthSchema, appliesText: z.string() };

const screeningViewSchema = z
  .object({
    kind: z.literal('screening'),
    id: z.string(),
    title: z.string(),
    /** Null while open. */
    outcomeId: z.string().nullable(),
    /** The outcome's label, or the sentence saying it is open. */
    outcomeText: z.string(),
    openQuestions: z.array(z.object({ questionId: z.string(), prompt: z.string().nullable() }).strict()),
    /** The statements of the rules that hold, most severe outcome first. */
    statements: z.array(reportCitedTextSchema),
    conditions: z.array(
      z
        .object({
          id: z.string(),
          status: z.enum(['met', 'missing', 'unknown']),
          statusText: z.string(),
          requirement: reportCitedTextSchema,
        })
        .strict(),
    ),
  })
  .strict();

const checklistViewSchema = z
  .object({
    kind: z.literal('checklist'),
    id: z.string(),
    title: z.string(),
    ...appliesFields,
    /** The items that apply or may apply; those that do not are only counted. */
    items: z.array(
      z
        .object({
          id: z.string(),
          applies: truthSchema,
          status: z.enum(['met', 'not-met', 'unknown']),
          statusText: z.string(),
          duty: reportCitedTextSchema,
          action: z.string(),
        })
        .strict(),
    ),
    notApplying: z.number().int().min(0),
    notMet: z.number().int().min(0),
    unknown: z.number().int().min(0),
  })
  .strict();

const documentViewSchema = z
  .object({
    kind: z.literal('document'),
    id: z.string(),
    title: z.string(),
    ...appliesFields,
    elements: z.number().int().min(0),
    filled: z.number().int().min(0),
    /** The elements nothing fills yet, by the start of their headings. */
    missing: z.array(z.string()),
    /** "4 of 6 elements filled; … is exported as its own document." */
    summaryText: z.string(),
  })
  .strict();

const impactRatingViewSchema = z
  .object({
    kind: z.literal('impact-rating'),
    id: z.string(),
    title: z.string(),
    ...appliesFields,
    formula: reportCitedTextSchema,
    priorityNote: z.string(),
    /** The impacts the answers identify or may identify; the others are only counted. */
    impacts: z.array(
      z
        .object({
          id: z.string(),
          title: reportCitedTextSchema,
          identified: truthSchema,
          identifiedText: z.string(),
          scale: z.string(),
          scope: z.string(),
          reversibility: z.string(),
          probability: z.string(),
          score: z.string(),
          priority: z.string(),
          missingText: z.string(),
        })
        .strict(),
    ),
    notIdentified: z.number().int().min(0),
  })
  .strict();

export const frameworkOutcomeViewSchema = z.discriminatedUnion('kind', [
  screeningViewSchema,
  checklistViewSchema,
  documentViewSchema,
  impactRatingViewSchema,
]);
export type FrameworkOutcomeView = z.infer<typeof frameworkOutcomeViewSchema>;

/** One pack's part of the "Legal frameworks" section, in words every format prints as they are. */
export const legalFrameworkSchema = z
  .object({
    packId: z.string(),
    version: z.string(),
    title: z.string(),
    jurisdiction: z.string(),
    asOf: z.string(),
    /** "31 July 2026". */
    asOfText: z.string(),
    disclaimer: z.string(),
    appliedBy: z.enum(['asked', 'organisation']),
    appliedByText: z.string(),
    sources: z.array(
      z.object({ id: z.string(), title: z.string(), reference: z.string(), binding: z.boolean() }).strict(),
    ),
    outcomes: z.array(frameworkOutcomeViewSchema),
    /** Every outcome's trace, in outcome order: the annex a legal adviser checks. */
    trace: z.array(frameworkTraceRowSchema),
  })
  .strict();
export type LegalFramework = z.infer<typeof legalFrameworkSchema>;
