import { z } from 'zod';
import { passageIdSchema, principleTags } from '../knowledge/passage-schema.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = 'ids are lowercase words joined by hyphens';
/** Ids of questions, options, sections: lowercase words joined by hyphens (never dots: XState reads dots as paths). */
export const slugSchema = z.string().regex(slugPattern, slugMessage);

export const principleIdSchema = z.enum(principleTags);
export type PrincipleId = z.infer<typeof principleIdSchema>;

/** A condition on earlier answers; a question with `showIf` is shown only while it holds. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; equals: string | number }
  | { question: string; in: Array<string | number> }
  | { question: string; includes: string }
  | { question: string; atLeast: number }
  | { question: string; answered: boolean };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ question: slugSchema, equals: z.union([z.string(), z.number()]) }).strict(),
    z.object({ question: slugSchema, in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ question: slugSchema, includes: z.string() }).strict(),
    z.object({ question: slugSchema, atLeast: z.number() }).strict(),
    z.object({ question: slugSchema, answered: z.boolean() }).strict(),
  ]),
);

export const optionSchema = z
  .object({
    value: slugSchema,
    label: z.string().min(1),
    /** Other words people type for this option (matched case-insensitively). */
    synonyms: z.array(z.string().min(1)).default([]),
    /** Readiness points, or for a mitigation question how many risk levels it removes. */
    points: z.number().optional(),
    levelReduction: z.number().int().min(0).optional(),
    description: z.string().optional(),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

export const scalePointSchema = z
  .object({
    value: z.number().int(),
    label: z.string().min(1),
    synonyms: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
  })
  .strict();

export const scaleSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    /** Ordered from least to most (least likely, least severe, least mature). */
    points: z.array(scalePointSchema).min(2),
  })
  .strict();
export type Scale = z.infer<typeof scaleSchema>;

// What every kind of question has.
const questionHead = {
  id: slugSchema,
  prompt: z.string().min(1),
  help: z.string().min(1),
};
const questionTail = {
  required: z.boolean().default(true),
  /** Offer an explicit "I don't know": scored conservatively and listed as an open item. */
  allowUnsure: z.boolean().default(false),
  showIf: conditionSchema.optional(),
  principles: z.array(principleIdSchema).default([]),
  /** Knowledge passages that answer "why is this asked?". */
  explainedBy: z.array(passageIdSchema).default([]),
  /** Readiness: how much this question counts inside its dimension. */
  weight: z.number().positive().default(1),
};

// Fields that belong to some kinds only: a misplaced one is named in words, as authors think of it.
const kindOnlyFields = new Map([
  ['options', 'options'],
  ['scale', 'a scale'],
  ['number', 'number settings'],
]);

/**
 * One kind of question: the common fields around the kind's own (parsed questions keep this key
 * order), and nothing else; a field of another kind is refused in words ("a text question cannot
 * have options").
 */
function questionOfKind<const Kind extends string, const Fields extends z.core.$ZodLooseShape>(
  kind: Kind,
  fields: Fields,
) {
  const error = (issue: z.core.$ZodRawIssue) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const misplaced = issue.keys.map((key) => kindOnlyFields.get(key));
    if (misplaced.some((field) => field === undefined)) return undefined;
    return `a ${kind} question cannot have ${misplaced.join(' or ')}`;
  };
  return z.object({ ...questionHead, kind: z.literal(kind), ...fields, ...questionTail }, { error }).strict();
}

// Missing or too few options are reported by checkQuestionKinds together with every other problem,
// so an empty list stands in for missing options instead of stopping the parse.
const choiceOptionsSchema = z.array(optionSchema).default([]);

/** A yes-no question may leave out its options; it then gets plain yes/no ones (without points). */
const yesNoOptionsSchema = z.array(optionSchema).default(() => [
  { value: 'yes', label: 'Yes', synonyms: [] },
  { value: 'no', label: 'No', synonyms: [] },
]);

const numberSettingsSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
    unit: z.string().optional(),
  })
  .strict();

/** For kind `scale`: the id of a scale in `scales`. */
const scaleReferenceSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'a scale question needs `scale`, the id of a scale' : undefined,
  })
  .regex(slugPattern, slugMessage);

/**
 * One question, by `kind`: each kind has exactly the fields it uses, so code that switches on
 * `question.kind` sees them narrowed, and a new kind makes the compiler list every switch to extend.
 */
export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    questionOfKind('single', { options: choiceOptionsSchema }),
    questionOfKind('multiple', { options: choiceOptionsSchema }),
    questionOfKind('scale', { scale: scaleReferenceSchema }),
    /** Its options are exactly "yes" and "no", which may carry points. */
    questionOfKind('yes-no', { options: yesNoOptionsSchema }),
    questionOfKind('text', {}),
    questionOfKind('number', { number: numberSettingsSchema.optional() }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? unknownKindMessage() : undefined) },
);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
/** Every kind, for schemas of views that carry a question's kind (replies, channels). */
export const questionKindSchema = z.enum(
  questionSchema.options.map((option) => option.shape.kind.value) as [QuestionKind, ...QuestionKind[]],
);
/** The question of one kind: `QuestionOfKind<'scale'>` has a `scale`. */
export type QuestionOfKind<Kind extends QuestionKind> = Extract<Question, { kind: Kind }>;

function unknownKindMessage(): string {
  const kinds = questionSchema.options.map((option) => JSON.stringify(option.shape.kind.value));
  return `Invalid option: expected one of ${kinds.join('|')}`;
}

export const sectionSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    intro: z.string().optional(),
    questions: z.array(questionSchema).min(1),
    /** Readiness: how much this dimension counts in the overall score. */
    weight: z.number().positive().default(1),
    /** Readiness: next steps by level, tied to Organizational Roadmap passages. */
    recommendations: z
      .array(
        z
          .object({
            levels: z.array(slugSchema).min(1),
            text: z.string().min(1),
            passages: z.array(passageIdSchema).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

export const levelSchema = z
  .object({ id: slugSchema, label: z.string().min(1), description: z.string().optional() })
  .strict();

export const readinessScoringSchema = z
  .object({
    kind: z.literal('readiness'),
    /** Bands over the percentage of points, lowest first; `minPercent` is an inclusive lower edge. */
    levels: z.array(levelSchema.extend({ minPercent: z.number().min(0).max(100) }).strict()).min(2),
    /** Points an "I don't know" earns (conservative by default). */
    unsurePoints: z.number().default(0),
  })
  .strict();
export type ReadinessScoring = z.infer<typeof readinessScoringSchema>;

export const riskItemSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    principle: principleIdSchema,
    instrumental: z.array(principleIdSchema).default([]),
    /** A yes-no question: the risk is assessed only where the answer is "yes" (or unsure). */
    applicability: slugSchema.optional(),
    likelihood: slugSchema,
    severity: slugSchema,
    mitigation: slugSchema,
    actions: z
      .array(z.object({ text: z.string().min(1), passages: z.array(passageIdSchema).default([]) }).strict())
      .default([]),
  })
  .strict();
export type RiskItem = z.infer<typeof riskItemSchema>;

export const riskScoringSchema = z
  .object({
    kind: z.literal('risk'),
    likelihoodScale: slugSchema,
    severityScale: slugSchema,
    /** Ordered from lowest to highest. */
    levels: z.array(levelSchema).min(2),
    /** matrix[likelihood index][severity index] = level id; must never decrease along either axis. */
    matrix: z.array(z.array(slugSchema).min(1)).min(1),
    risks: z.array(riskItemSchema).min(1),
  })
  .strict();
export type RiskScoring = z.infer<typeof riskScoringSchema>;

export const questionnaireSchema = z
  .object({
    id: slugSchema,
    version: z.string().regex(/^\d+(?:\.\d+){0,2}$/, 'versions look like 1, 1.1 or 1.1.0'),
    title: z.string().min(1),
    intro: z.string().min(1),
    /** Where the content comes from, and whether it is RAIA's rendering or official wording. */
    source: z.string().min(1),
    scales: z.array(scaleSchema).default([]),
    sections: z.array(sectionSchema).min(1),
    scoring: z.discriminatedUnion('kind', [readinessScoringSchema, riskScoringSchema]),
  })
  .strict();
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
