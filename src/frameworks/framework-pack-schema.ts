import { z } from 'zod';
import { conditionSchema, sectionSchema } from '../questionnaires/schema.ts';

/**
 * A framework pack: the legal (or quasi-legal) deliverables an assessment also has to produce in
 * one jurisdiction, as data. Like a questionnaire definition it is versioned, validated here, and
 * never edited in place once released (a change is a new version). An agency adds or replaces a
 * pack by adding a file, without code. Every statement a pack makes cites an article of one of its
 * sources, and nothing in a pack is presented as the Toolkit's.
 *
 * Its rules read one answer map: the Toolkit questionnaire's answers (`reads`) and the pack's own
 * questions' answers, whose ids therefore must not clash (checked by check-framework-pack.ts).
 * Conditions are the questionnaires' conditions, read in three values: a rule whose condition
 * depends on an answer still missing leaves its outcome open, never guessed.
 */

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by "-"');

/** `ai-act:5(1)(h)`: a source id, then the article, paragraph and point as the source numbers them. */
export const citationSchema = z
  .string()
  .regex(/^[a-z0-9-]+:[A-Za-z0-9().\-\s]+$/, 'a citation is "<source id>:<article>", e.g. ai-act:5(1)(h)');

export const packSourceSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    /** Where it is published (an official journal reference or a URL). */
    reference: z.string().min(1),
    /** Whether it binds (a regulation) or guides (a method such as HUDERIA). */
    binding: z.boolean(),
  })
  .strict();

/** A statement the pack makes, in the pack's own words, with the articles it rests on. */
export const citedTextSchema = z
  .object({ text: z.string().min(1), cites: z.array(citationSchema).min(1) })
  .strict();
export type CitedText = z.infer<typeof citedTextSchema>;

/**
 * A screening: ordered outcomes (the first rule that holds, by outcome severity, decides), each
 * rule with the statement shown when it holds. `conditions` are what an outcome that allows use
 * only under conditions requires: each one met, missing or still unknown from the answers.
 */
const screeningSchema = z
  .object({
    kind: z.literal('screening'),
    id: slugSchema,
    title: z.string().min(1),
    /** Most severe first, e.g. prohibited, conditional, not-concerned. The last is the outcome when no rule holds. */
    outcomes: z.array(z.object({ id: slugSchema, label: z.string().min(1) }).strict()).min(2),
    rules: z
      .array(
        z
          .object({
            id: slugSchema,
            outcome: slugSchema,
            when: conditionSchema,
            statement: citedTextSchema,
            /** Requirements (by id in `conditions`) this outcome lists with their status. */
            requires: z.array(slugSchema).default([]),
          })
          .strict(),
      )
      .min(1),
    conditions: z
      .array(
        z
          .object({
            id: slugSchema,
            requirement: citedTextSchema,
            metWhen: conditionSchema,
            missingWhen: conditionSchema,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** A checklist: items that apply under a condition, each met, not met or unknown, with what to do. */
const checklistSchema = z
  .object({
    kind: z.literal('checklist'),
    id: slugSchema,
    title: z.string().min(1),
    /** The checklist applies only when this holds (e.g. the system is high-risk); always when absent. */
    appliesWhen: conditionSchema.optional(),
    items: z
      .array(
        z
          .object({
            id: slugSchema,
            duty: citedTextSchema,
            appliesWhen: conditionSchema.optional(),
            metWhen: conditionSchema,
            notMetWhen: conditionSchema,
            /** What to do while the item is not met or unknown. */
            action: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/**
 * A document the pack drafts from the answers (e.g. the AI Act's fundamental rights impact
 * assessment): each element lists the questions whose answers (and notes) fill it; an element with
 * none of them answered is marked missing, never filled in by guess. `fromRatedRisks` adds the
 * Toolkit risk assessment's rated risks with their levels.
 */
const documentSchema = z
  .object({
    kind: z.literal('document'),
    id: slugSchema,
    title: z.string().min(1),
    appliesWhen: conditionSchema.optional(),
    /** Shown at the top: what the draft is, and what will replace its layout (an official template). */
    preface: citedTextSchema,
    elements: z
      .array(
        z
          .object({
            id: slugSchema,
            heading: citedTextSchema,
            /** Question ids (Toolkit or pack) whose answers and notes fill the element, in order. */
            from: z.array(slugSchema).default([]),
            fromRatedRisks: z.boolean().default(false),
            /** The element is left out of the draft when this does not hold (e.g. the impact it plans for is not identified). */
            appliesWhen: conditionSchema.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** The four variables every impact is rated on (HUDERIA's risk and impact assessment). */
export const impactVariableNames = ['scale', 'scope', 'reversibility', 'probability'] as const;
export type ImpactVariableName = (typeof impactVariableNames)[number];

/**
 * An impact rating: impacts identified by a condition, each rated on four variables whose values
 * are the points of the options chosen in the pack's own questions, combined by the one formula
 * impact-score.ts computes (which `formula.text` must state) into a priority: the order to
 * mitigate in, never whether an impact is acceptable.
 */
const impactRatingSchema = z
  .object({
    kind: z.literal('impact-rating'),
    id: slugSchema,
    title: z.string().min(1),
    appliesWhen: conditionSchema.optional(),
    /** The formula in words, as reports print it, and whose it is. */
    formula: citedTextSchema,
    /** What a priority is and is not, printed beside the ratings. */
    priorityNote: z.string().min(1),
    /** Highest first; an impact gets the first whose `minScore` its score reaches. */
    priorities: z
      .array(z.object({ id: slugSchema, label: z.string().min(1), minScore: z.number() }).strict())
      .min(1),
    impacts: z
      .array(
        z
          .object({
            id: slugSchema,
            title: citedTextSchema,
            identifiedWhen: conditionSchema,
            /** Each the id of one of the pack's own single or yes-no questions whose every option has points. */
            variables: z
              .object({
                scale: slugSchema,
                scope: slugSchema,
                reversibility: slugSchema,
                probability: slugSchema,
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const packAssessmentSchema = z.discriminatedUnion('kind', [
  screeningSchema,
  checklistSchema,
  documentSchema,
  impactRatingSchema,
]);
export type PackAssessment = z.infer<typeof packAssessmentSchema>;
export type Screening = z.infer<typeof screeningSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type PackDocument = z.infer<typeof documentSchema>;
export type ImpactRating = z.infer<typeof impactRatingSchema>;

export const frameworkPackSchema = z
  .object({
    id: slugSchema,
    version: z.string().regex(/^\d+(?:\.\d+)*$/, 'a version such as 1 or 1.2'),
    title: z.string().min(1),
    jurisdiction: z.string().min(1),
    /** The law as it stood on this day (`YYYY-MM-DD`); reports print it. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Who wrote it and what it is not (never the Toolkit, never legal advice). */
    disclaimer: z.string().min(1),
    sources: z.array(packSourceSchema).min(1),
    /** The opt-in question: only agencies that answer yes see the rest of the pack. */
    optIn: z.object({ prompt: z.string().min(1), help: z.string().min(1) }).strict(),
    /** The Toolkit questionnaire whose answers the rules also read, by id (any version). */
    reads: z.array(slugSchema).default([]),
    sections: z.array(sectionSchema).min(1),
    /**
     * Sections (by id) asked after the questionnaire's last section instead of after its first:
     * those that build on the whole assessment, such as the FRIA's measures after the risks are
     * rated. The others come right after the system profile, whose answers decide what is asked.
     */
    askLast: z.array(slugSchema).default([]),
    assessments: z.array(packAssessmentSchema).min(1),
  })
  .strict();
export type FrameworkPack = z.infer<typeof frameworkPackSchema>;
