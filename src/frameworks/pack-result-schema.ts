import { z } from 'zod';
import { citedTextSchema } from './framework-pack-schema.ts';

/** Kleene's three values, as the questionnaires' compiled conditions read them. */
export const truthSchema = z.enum(['yes', 'no', 'maybe']);

/** One step of how an outcome was reached: a rule or item, what it read, and how it came out. */
export const packTraceEntrySchema = z
  .object({
    ref: z.string(),
    truth: truthSchema,
    /** The answers the condition read, in words as stored (ids and values), for the audit of a result. */
    read: z.array(z.object({ questionId: z.string(), value: z.unknown().nullable() }).strict()),
  })
  .strict();

export const screeningOutcomeSchema = z
  .object({
    kind: z.literal('screening'),
    id: z.string(),
    title: z.string(),
    /** Null while an answer that could change it is missing (see `openQuestions`). */
    outcome: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
    /** The rules that hold, most severe outcome first, with their statements. */
    fired: z.array(
      z.object({ ruleId: z.string(), outcome: z.string(), statement: citedTextSchema }).strict(),
    ),
    /** For the deciding rule: each requirement it lists, met, missing or unknown. */
    conditions: z.array(
      z
        .object({
          id: z.string(),
          requirement: citedTextSchema,
          status: z.enum(['met', 'missing', 'unknown']),
        })
        .strict(),
    ),
    /** Questions whose answers would decide an open outcome, in pack order. */
    openQuestions: z.array(z.string()),
    trace: z.array(packTraceEntrySchema),
  })
  .strict();

export const checklistOutcomeSchema = z
  .object({
    kind: z.literal('checklist'),
    id: z.string(),
    title: z.string(),
    applies: truthSchema,
    items: z.array(
      z
        .object({
          id: z.string(),
          duty: citedTextSchema,
          applies: truthSchema,
          status: z.enum(['met', 'not-met', 'unknown']),
          action: z.string(),
        })
        .strict(),
    ),
    trace: z.array(packTraceEntrySchema),
  })
  .strict();

/** One answer filling a document element, in words, with its question's prompt and the note kept with it. */
export const documentEntrySchema = z
  .object({
    questionId: z.string(),
    prompt: z.string(),
    answer: z.string(),
    note: z.string().nullable(),
  })
  .strict();

/** A Toolkit risk as a document element lists it. */
export const documentRiskSchema = z
  .object({ riskId: z.string(), title: z.string(), level: z.string() })
  .strict();

export const documentOutcomeSchema = z
  .object({
    kind: z.literal('document'),
    id: z.string(),
    title: z.string(),
    applies: truthSchema,
    preface: citedTextSchema,
    elements: z.array(
      z
        .object({
          id: z.string(),
          heading: citedTextSchema,
          entries: z.array(documentEntrySchema),
          risks: z.array(documentRiskSchema),
          missing: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

/** A rating's four variables (HUDERIA's risk and impact analysis), each a point value or null while unanswered. */
export const impactVariablesSchema = z
  .object({
    scale: z.number().nullable(),
    scope: z.number().nullable(),
    reversibility: z.number().nullable(),
    probability: z.number().nullable(),
  })
  .strict();

/**
 * Impacts rated on scale, scope, reversibility and probability, each scored by the pack's formula
 * into a priority: the order to mitigate in, never whether the impact is acceptable.
 */
export const impactRatingOutcomeSchema = z
  .object({
    kind: z.literal('impact-rating'),
    id: z.string(),
    title: z.string(),
    applies: truthSchema,
    /** The formula in words, as the report prints it, with whose formula it is. */
    formula: citedTextSchema,
    /** What a priority is and is not ("a priority, not a judgment of acceptability"). */
    priorityNote: z.string(),
    impacts: z.array(
      z
        .object({
          id: z.string(),
          title: citedTextSchema,
          /** Whether the answers identify this impact for the system. */
          identified: truthSchema,
          variables: impactVariablesSchema,
          /** The formula's value; null while a variable is unanswered. */
          score: z.number().nullable(),
          priority: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
          /** The variables still unanswered, by name. */
          missing: z.array(z.enum(['scale', 'scope', 'reversibility', 'probability'])),
        })
        .strict(),
    ),
    trace: z.array(packTraceEntrySchema),
  })
  .strict();

export const packOutcomeSchema = z.discriminatedUnion('kind', [
  screeningOutcomeSchema,
  checklistOutcomeSchema,
  documentOutcomeSchema,
  impactRatingOutcomeSchema,
]);

/** What a pack says of one assessment: a pure function of the answers and the pack's version. */
export const packResultSchema = z
  .object({
    packId: z.string(),
    version: z.string(),
    asOf: z.string(),
    assessments: z.array(packOutcomeSchema),
  })
  .strict();
export type PackResult = z.infer<typeof packResultSchema>;
export type PackTraceEntry = z.infer<typeof packTraceEntrySchema>;
export type ScreeningOutcome = z.infer<typeof screeningOutcomeSchema>;
export type ChecklistOutcome = z.infer<typeof checklistOutcomeSchema>;
export type DocumentOutcome = z.infer<typeof documentOutcomeSchema>;
export type ImpactRatingOutcome = z.infer<typeof impactRatingOutcomeSchema>;
export type PackOutcome = z.infer<typeof packOutcomeSchema>;
