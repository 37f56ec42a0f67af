// The page checks every response against these schemas before drawing it. zod/mini keeps the
// bundle small (full zod adds about 450 KB); tests/web/response-schemas.test.ts proves the
// server's `Reply` contract still fits them.
import * as z from 'zod/mini';

const citationSchema = z.object({
  number: z.number(),
  id: z.string(),
  resource: z.string(),
  resourceTitle: z.string(),
  title: z.string(),
  snippet: z.string(),
  source: z.optional(z.object({ file: z.string(), page: z.optional(z.number()) })),
  legalSource: z.optional(z.string()),
  asOf: z.optional(z.string()),
});
export type WebCitation = z.infer<typeof citationSchema>;

export const replyMessageSchema = z.object({
  id: z.string(),
  role: z.literal('assistant'),
  kind: z.string(),
  text: z.string(),
  citations: z._default(z.array(citationSchema), []),
});
export type WebReplyMessage = z.infer<typeof replyMessageSchema>;

const quickReplySchema = z.object({ id: z.string(), label: z.string() });
export type WebQuickReply = z.infer<typeof quickReplySchema>;

// The page shows `label` as it comes: the card and every other channel show the same words.
const progressSchema = z.object({
  questionnaireId: z.string(),
  answered: z.number(),
  total: z.number(),
  section: z.object({ id: z.string(), title: z.string(), index: z.number(), count: z.number() }),
  label: z.string(),
});
export type WebProgress = z.infer<typeof progressSchema>;

const questionSchema = z.object({
  questionnaireId: z.string(),
  id: z.string(),
  kind: z.string(),
  prompt: z.string(),
  help: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })),
  /** The answer already recorded, shown in the controls (ticked boxes, the chosen option). */
  currentAnswer: z.optional(
    z.nullable(z.union([z.string(), z.number(), z.array(z.string()), z.object({ unsure: z.literal(true) })])),
  ),
});
export type WebQuestion = z.infer<typeof questionSchema>;

const reviewSchema = z.object({
  questionnaireId: z.string(),
  items: z.array(
    z.object({
      questionId: z.string(),
      sectionTitle: z.string(),
      prompt: z.string(),
      answer: z.nullable(z.string()),
      required: z.boolean(),
      /** The person's note or evidence kept with the question, as typed (plain text). */
      note: z.optional(z.object({ kind: z.string(), text: z.string() })),
      /** A reassessment's carried-over answer, in words, still to keep or change (counted for nothing). */
      carriedOver: z.optional(z.string()),
    }),
  ),
});
export type WebReview = z.infer<typeof reviewSchema>;

/**
 * A document a framework pack drafts for this assessment (the EU AI Act pack's FRIA draft), served
 * by `GET /api/sessions/:id/documents/:packId/:documentId`; the register page lists them too.
 */
export const offeredDocumentSchema = z.object({
  packId: z.string(),
  documentId: z.string(),
  title: z.string(),
});
export type WebOfferedDocument = z.infer<typeof offeredDocumentSchema>;

export const replySchema = z.object({
  messages: z.array(replyMessageSchema),
  quickReplies: z.array(quickReplySchema),
  progress: z.nullable(progressSchema),
  state: z.string(),
  question: z.nullable(questionSchema),
  review: z.nullable(reviewSchema),
  report: z.nullable(
    z.object({
      questionnaireId: z.string(),
      summary: z.string(),
      documents: z.optional(z.array(offeredDocumentSchema)),
    }),
  ),
});
export type WebReply = z.infer<typeof replySchema>;

export const deletedSessionSchema = z.object({ deleted: z.literal(true) });

export const createdSessionSchema = z.object({ sessionId: z.string(), reply: replySchema });

// `imported`: the entry came from an imported file, so it is what the file says was said.
const transcriptEntrySchema = z.union([
  z.object({
    role: z.literal('user'),
    at: z.string(),
    text: z.string(),
    action: z.optional(z.string()),
    imported: z.optional(z.boolean()),
  }),
  z.object({
    role: z.literal('assistant'),
    at: z.string(),
    messages: z.array(replyMessageSchema),
    imported: z.optional(z.boolean()),
  }),
]);
export type WebTranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const sessionViewSchema = z.object({
  sessionId: z.string(),
  state: z.string(),
  transcript: z.array(transcriptEntrySchema),
});
export type WebSessionView = z.infer<typeof sessionViewSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.optional(z.string()) }),
});
