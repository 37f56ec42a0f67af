import { z } from 'zod';
import { citationSchema } from '../knowledge/citation.ts';
import { walkthroughProgressSchema } from '../machines/progress.ts';
import { answerValueSchema } from '../questionnaires/answers.ts';
import { noteKindSchema } from '../questionnaires/question-notes.ts';
import { questionKindSchema } from '../questionnaires/schema.ts';

export const quickReplySchema = z.object({
  /** Sent back as `{ action: id }`: `start:risk`, `answer:<questionId>:<value>`, `nav:back`, `edit:<questionId>`, ... */
  id: z.string().min(1).max(200),
  label: z.string().min(1),
});
export type QuickReply = z.infer<typeof quickReplySchema>;

/** Where a walkthrough stands, as `replyProgress` computes it: `label` is what every channel shows. */
export const progressSchema = walkthroughProgressSchema.extend({ label: z.string() });
export type Progress = z.infer<typeof progressSchema>;

export const questionViewSchema = z.object({
  questionnaireId: z.string(),
  id: z.string(),
  kind: questionKindSchema,
  prompt: z.string(),
  help: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })),
  /** The answer already recorded (after Back or Change), so the controls can show it; null when none. */
  currentAnswer: answerValueSchema.nullable(),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const reviewItemSchema = z.object({
  questionId: z.string(),
  sectionTitle: z.string(),
  prompt: z.string(),
  /** Human-readable answer, or null when not answered yet. */
  answer: z.string().nullable(),
  required: z.boolean(),
  /** The person's note or evidence kept with the question (plain text, as typed). */
  note: z.object({ kind: noteKindSchema, text: z.string() }).optional(),
  /**
   * The answer a reassessment carried over to this unanswered question, in words: still to keep or
   * change, and counted for nothing until then.
   */
  carriedOver: z.string().optional(),
});

export const replyMessageSchema = z.object({
  id: z.string(),
  role: z.literal('assistant'),
  kind: z.enum(['greeting', 'question', 'answer', 'explanation', 'info', 'error', 'review', 'report']),
  /** Markdown. Channels sanitise before rendering. */
  text: z.string(),
  citations: z.array(citationSchema).default([]),
});
export type ReplyMessage = z.infer<typeof replyMessageSchema>;

/** What every channel receives for one turn, and renders its own way. */
export const replySchema = z.object({
  messages: z.array(replyMessageSchema),
  quickReplies: z.array(quickReplySchema),
  progress: progressSchema.nullable(),
  /** Dotted state name: `menu`, `risk.asking`, `risk.review`, `risk.completed`, `readiness.asking`, ... */
  state: z.string(),
  question: questionViewSchema.nullable(),
  review: z.object({ questionnaireId: z.string(), items: z.array(reviewItemSchema) }).nullable(),
  /**
   * Set once a questionnaire is completed: its report can be fetched, and so can each document a
   * framework pack that applies drafts from it (`GET /api/sessions/:id/documents/:packId/:documentId`).
   */
  report: z
    .object({
      questionnaireId: z.string(),
      summary: z.string(),
      documents: z
        .array(z.object({ packId: z.string(), documentId: z.string(), title: z.string() }).strict())
        .optional(),
    })
    .nullable(),
});
export type Reply = z.infer<typeof replySchema>;
