import { z } from 'zod';

/**
 * The register of an organisation's AI systems: one document per organisation, rewritten on every
 * change under optimistic concurrency (see register-store.ts). An agency registers tens of systems,
 * rarely hundreds, each a kilobyte or two, so one document keeps every change atomic and the list
 * one read, on Node and in one Durable Object per organisation alike.
 */

/** The life-cycle stages the risk questionnaire (v2 and v3) asks about, in order, plus retirement. */
export const lifecycleStageSchema = z.enum([
  'decision',
  'design',
  'development',
  'procurement',
  'pilot',
  'deployment',
  'monitoring',
  'retired',
]);
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;

/** As the risk questionnaire's `sourcing` question has it. */
export const sourcingSchema = z.enum(['in-house', 'procured', 'co-developed']);
export type Sourcing = z.infer<typeof sourcingSchema>;

export const systemStatusSchema = z.enum(['active', 'paused', 'retired']);
export type SystemStatus = z.infer<typeof systemStatusSchema>;

/** A calendar date, `YYYY-MM-DD`: a review is due on a day, not at an instant. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'use a date written as YYYY-MM-DD' })
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    {
      error: 'that is not a calendar date',
    },
  );

/** Who did something: the person's id (token user or platform user id) and the channel. */
export const registerActorSchema = z
  .object({ id: z.string().min(1), name: z.string().optional(), channel: z.string().min(1) })
  .strict();
export type RegisterActor = z.infer<typeof registerActorSchema>;

const shortText = (max: number) => z.string().trim().min(1).max(max);

/** An assessment session of the system (or, for readiness, of the organisation). */
export const assessmentLinkSchema = z
  .object({
    sessionId: z.string().min(1),
    questionnaireId: z.string().min(1),
    startedAt: z.string(),
    startedBy: registerActorSchema.nullable(),
    /** The signed assessment this one reassesses; null for a first assessment. */
    reassessmentOf: z.string().nullable(),
    /** Why it was started, e.g. a stage change or an incident (see review-due.ts). */
    trigger: z.string().max(200).nullable(),
  })
  .strict();
export type AssessmentLink = z.infer<typeof assessmentLinkSchema>;

export const incidentSchema = z
  .object({
    id: z.string().min(1),
    at: z.string(),
    recordedBy: registerActorSchema.nullable(),
    summary: shortText(2000),
  })
  .strict();
export type Incident = z.infer<typeof incidentSchema>;

export const systemRecordSchema = z
  .object({
    id: z.string().min(1),
    name: shortText(200),
    purpose: z.string().trim().max(2000),
    /** The accountable person or unit, in words (a name, a role, a unit). */
    owner: z.string().trim().max(200),
    sourcing: sourcingSchema,
    /** The supplier, when bought or co-developed. */
    vendor: z.string().trim().max(200).nullable(),
    lifecycleStage: lifecycleStageSchema,
    status: systemStatusSchema,
    nextReviewDate: calendarDateSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Each stage the system entered, oldest first: what a stage-change review trigger reads. */
    stageHistory: z.array(z.object({ stage: lifecycleStageSchema, at: z.string() }).strict()),
    assessments: z.array(assessmentLinkSchema),
    incidents: z.array(incidentSchema),
  })
  .strict();
export type SystemRecord = z.infer<typeof systemRecordSchema>;

export const registerDocumentSchema = z
  .object({
    schemaVersion: z.literal(1),
    systems: z.array(systemRecordSchema),
    /** The organisation's readiness assessments over time, oldest first. */
    readinessAssessments: z.array(assessmentLinkSchema),
  })
  .strict();
export type RegisterDocument = z.infer<typeof registerDocumentSchema>;

export function createEmptyRegister(): RegisterDocument {
  return { schemaVersion: 1, systems: [], readinessAssessments: [] };
}

/**
 * One change to the register, for its audit trail: who changed what and when, never free text
 * (a purpose or an incident's summary can hold personal data; the register keeps it, logs do not).
 */
export const registerAuditEntrySchema = z
  .object({
    at: z.string(),
    actor: registerActorSchema.nullable(),
    systemId: z.string().nullable(),
    event: z.enum([
      'system-registered',
      'system-changed',
      'stage-changed',
      'incident-recorded',
      'assessment-linked',
      'readiness-linked',
      /**
       * Restored from a register export file. The sessions keep their own audit trails (the
       * session import marks them as the file's); the file's register trail is not replayed.
       */
      'system-imported',
    ]),
    /** Names of the fields a change touched (`system-changed`), never their values. */
    fields: z.array(z.string()).optional(),
    sessionId: z.string().optional(),
  })
  .strict();
export type RegisterAuditEntry = z.infer<typeof registerAuditEntrySchema>;
