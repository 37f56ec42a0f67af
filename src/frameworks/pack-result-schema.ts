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
          /** Each answer in words, with its question's prompt and the note kept with it. */
          entries: z.array(
            z
              .object({
                questionId: z.string(),
                prompt: z.string(),
                answer: z.string(),
                note: z.string().nullable(),
              })
              .strict(),
          ),
          risks: z.array(z.object({ riskId: z.string(), title: z.string(), level: z.string() }).strict()),
          missing: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

export const packOutcomeSchema = z.discriminatedUnion('kind', [
  screeningOutcomeSchema,
  checklistOutcomeSchema,
  documentOutcomeSchema,
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
