import { z } from 'zod';
import {
  type AuditEntry,
  auditEntrySchema,
  processedMessageSchema,
  type SessionData,
  sessionDataSchema,
  sessionExportSchema,
  type TranscriptEntry,
  transcriptEntrySchema,
} from './session-data.ts';

/** A version-1 blob (releases before the append-only log): the log still inline. */
export const legacySessionDataSchema = sessionDataSchema.extend({
  schemaVersion: z.literal(1),
  transcript: z.array(transcriptEntrySchema),
  processed: z.array(processedMessageSchema),
  audit: z.array(auditEntrySchema),
});
type LegacySessionData = z.infer<typeof legacySessionDataSchema>;

/** What a version-1 blob carried inline and the next save writes to the store's log. */
export type PendingLog = {
  transcript: TranscriptEntry[];
  audit: AuditEntry[];
  processed: Array<z.infer<typeof processedMessageSchema>>;
};

/** Splits a version-1 blob into the current blob and the log it carried. */
export function splitLegacySessionData(legacy: LegacySessionData): {
  data: SessionData;
  pendingLog: PendingLog;
} {
  const { transcript, processed, audit, ...rest } = legacy;
  return { data: { ...rest, schemaVersion: 2 }, pendingLog: { transcript, audit, processed } };
}

/** A format-1 export (the blob with its log inline), upgraded to the current export shape. */
export const legacySessionExportSchema = sessionExportSchema
  .extend({
    formatVersion: z.literal(1),
    session: sessionExportSchema.shape.session
      .omit({ transcript: true, audit: true })
      .extend({ data: legacySessionDataSchema }),
  })
  .transform((document): z.infer<typeof sessionExportSchema> => {
    // The processed replies belonged to the exported session's message ids; the copy starts afresh.
    const { data, pendingLog } = splitLegacySessionData(document.session.data);
    return {
      ...document,
      formatVersion: 2,
      session: { ...document.session, data, transcript: pendingLog.transcript, audit: pendingLog.audit },
    };
  });
