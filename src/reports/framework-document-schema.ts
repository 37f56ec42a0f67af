import { z } from 'zod';
import { documentEntrySchema, documentRiskSchema, truthSchema } from '../frameworks/pack-result-schema.ts';
import { reportCitedTextSchema } from './legal-frameworks-schema.ts';

/**
 * A pack's document (the EU AI Act's fundamental rights impact assessment draft, a mitigation
 * plan) as its own file: what every format prints, and the JSON file itself.
 */
export const frameworkDocumentSchema = z
  .object({
    format: z.literal('raia-framework-document'),
    formatVersion: z.literal(1),
    documentId: z.string(),
    /** "Fundamental rights impact assessment (draft)". */
    title: z.string(),
    pack: z
      .object({
        id: z.string(),
        version: z.string(),
        title: z.string(),
        jurisdiction: z.string(),
        asOf: z.string(),
        asOfText: z.string(),
      })
      .strict(),
    applies: truthSchema,
    /** Null when the document applies; a sentence while that is not yet known. */
    appliesNote: z.string().nullable(),
    system: z.string().nullable(),
    agency: z.string().nullable(),
    sessionId: z.string().nullable(),
    generated: z
      .object({ at: z.string(), text: z.string(), date: z.string(), timeZone: z.string() })
      .strict(),
    preface: reportCitedTextSchema,
    elements: z.array(
      z
        .object({
          id: z.string(),
          heading: reportCitedTextSchema,
          missing: z.boolean(),
          entries: z.array(documentEntrySchema),
          risks: z.array(documentRiskSchema),
        })
        .strict(),
    ),
    /** "Approved with conditions by …, 3 February 2026, 10:15 UTC", or null before sign-off. */
    signOff: z.string().nullable(),
    disclaimer: z.string(),
  })
  .strict();
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;

/** What marks an element nothing fills yet, in every format: never a blank. */
export const missingElementText = 'Missing: not yet answered.';
