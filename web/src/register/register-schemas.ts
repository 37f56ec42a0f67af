// The register page checks every response against these before drawing it, like the chat page
// (../response-schemas.ts). Only the fields the page shows are listed; zod/mini drops the rest.
// tests/web/register-schemas.test.ts proves the server's types still fit them.
import * as z from 'zod/mini';
import { offeredDocumentSchema } from '../response-schemas.ts';

const levelSchema = z.object({ id: z.string(), label: z.string(), rank: z.number() });
export type WebLevel = z.infer<typeof levelSchema>;

const actorSchema = z.object({ id: z.string(), name: z.optional(z.string()) });

export const signOffSchema = z.object({
  decision: z.enum(['approved', 'approved-with-conditions', 'rejected']),
  note: z.string(),
  signatory: actorSchema,
  role: z.string(),
  at: z.string(),
  contentHash: z.string(),
});
export type WebSignOff = z.infer<typeof signOffSchema>;

/** The decision at the end of a risk assessment (`POST /api/sessions/:id/decision`). */
export const assessmentDecisionSchema = z.enum([
  'proceed',
  'proceed-with-conditions',
  'rescope',
  'do-not-deploy',
]);
export type WebAssessmentDecision = z.infer<typeof assessmentDecisionSchema>;

/** What the decision route answers: the record as saved (the reasons trimmed). */
export const decisionRecordSchema = z.object({
  decision: assessmentDecisionSchema,
  reasons: z.string(),
  at: z.string(),
});
export type WebDecisionRecord = z.infer<typeof decisionRecordSchema>;

const summarySchema = z.object({
  sessionId: z.string(),
  questionnaireId: z.string(),
  state: z.enum(['not-started', 'in-progress', 'completed', 'signed-off']),
  level: z.nullable(levelSchema),
  openItems: z.number(),
  waiting: z.number(),
  signOff: z.nullable(signOffSchema),
  decision: z.nullable(z.object({ decision: assessmentDecisionSchema, at: z.string() })),
  /** Each framework pack that applies, with the headline RAIA reads from the answers. */
  frameworks: z.array(z.object({ packId: z.string(), title: z.string(), headline: z.string() })),
  documents: z.array(offeredDocumentSchema),
});
export type WebAssessmentSummary = z.infer<typeof summarySchema>;

export const incidentSchema = z.object({ id: z.string(), at: z.string(), summary: z.string() });

export const systemRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  owner: z.string(),
  sourcing: z.string(),
  vendor: z.nullable(z.string()),
  lifecycleStage: z.string(),
  status: z.string(),
  nextReviewDate: z.nullable(z.string()),
  incidents: z.array(incidentSchema),
});
export type WebSystemRecord = z.infer<typeof systemRecordSchema>;

const overviewShape = {
  system: systemRecordSchema,
  latest: z.nullable(summarySchema),
  latestSignedOff: z.nullable(summarySchema),
  level: z.nullable(levelSchema),
  openItems: z.number(),
  waiting: z.number(),
  nextReviewDate: z.nullable(z.string()),
  due: z.array(z.object({ kind: z.string() })),
  dueText: z.array(z.string()),
};
const overviewSchema = z.object(overviewShape);
export type WebSystemOverview = z.infer<typeof overviewSchema>;

export const systemListSchema = z.object({ systems: z.array(overviewSchema) });

const assessmentLinkSchema = z.object({
  sessionId: z.string(),
  questionnaireId: z.string(),
  startedAt: z.string(),
  reassessmentOf: z.nullable(z.string()),
  trigger: z.nullable(z.string()),
  summary: z.nullable(summarySchema),
});
export type WebAssessmentLink = z.infer<typeof assessmentLinkSchema>;

export const systemDetailSchema = z.object({ ...overviewShape, assessments: z.array(assessmentLinkSchema) });
export type WebSystemDetail = z.infer<typeof systemDetailSchema>;

/** `POST /api/systems/:id/assessments` and `POST /api/sessions/:id/reassess`: the chat page takes over. */
export const startedSessionSchema = z.object({ sessionId: z.string() });

const changedLevelSchema = z.nullable(z.object({ id: z.string(), label: z.string() }));

export const assessmentDiffSchema = z.object({
  answers: z.array(
    z.object({
      questionId: z.string(),
      prompt: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      before: z.nullable(z.string()),
      after: z.nullable(z.string()),
    }),
  ),
  risks: z.array(
    z.object({
      riskId: z.string(),
      title: z.string(),
      direction: z.enum(['up', 'down', 'new', 'gone']),
      before: changedLevelSchema,
      after: changedLevelSchema,
    }),
  ),
  overall: z.object({ before: changedLevelSchema, after: changedLevelSchema }),
  openItems: z.object({
    opened: z.array(z.object({ questionId: z.string(), prompt: z.string() })),
    closed: z.array(z.object({ questionId: z.string(), prompt: z.string() })),
  }),
});
export type WebAssessmentDiff = z.infer<typeof assessmentDiffSchema>;
