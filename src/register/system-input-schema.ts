import { z } from 'zod';
import {
  calendarDateSchema,
  lifecycleStageSchema,
  sourcingSchema,
  systemStatusSchema,
} from './system-record-schema.ts';

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, { error: `${what} can be at most ${max} characters` });

/** `POST /api/systems`: a name is needed; the rest can be filled in later. */
export const systemInputSchema = z.strictObject({
  name: text(200, 'The name').min(1, { error: 'The system needs a name' }),
  purpose: text(2000, 'The purpose').optional(),
  owner: text(200, 'The owner').optional(),
  sourcing: sourcingSchema.optional(),
  // An emptied vendor field means "none", stored as null like an absent one.
  vendor: text(200, 'The vendor')
    .nullable()
    .transform((vendor) => (vendor === '' ? null : vendor))
    .optional(),
  lifecycleStage: lifecycleStageSchema.optional(),
  status: systemStatusSchema.optional(),
  nextReviewDate: calendarDateSchema.nullable().optional(),
});
export type SystemInput = z.infer<typeof systemInputSchema>;

/** `PATCH /api/systems/:id`: any of the same fields; at least one. */
export const systemChangesSchema = systemInputSchema
  .partial()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    error: 'Send at least one field to change',
  });
export type SystemChanges = z.infer<typeof systemChangesSchema>;

export const incidentInputSchema = z.strictObject({
  summary: text(2000, 'The summary').min(1, { error: 'Describe the incident in a few words' }),
});
