import { z } from 'zod';

/** The seven resources of the Toolkit. */
export const toolkitResourceIds = [
  'introduction',
  'principles',
  'roadmap',
  'readiness-questionnaire',
  'risk-questionnaire',
  'workbook',
  'technical-reference',
] as const;
export type ToolkitResourceId = (typeof toolkitResourceIds)[number];

/**
 * RAIA's own resources beside the Toolkit (`ingested`, for documents an agency adds, is separate):
 * their titles say they are not the Toolkit, so no answer can pass them off as its text.
 */
export const raiaResourceIds = ['law', 'practice-notes'] as const;

export const resourceIds = [...toolkitResourceIds, ...raiaResourceIds] as const;
export const resourceIdSchema = z.enum(resourceIds);
export type ResourceId = z.infer<typeof resourceIdSchema>;

export const resourceTitles: Record<ResourceId, string> = {
  introduction: 'Introduction to Responsible AI Innovation',
  principles: 'Principles for Responsible AI Innovation',
  roadmap: 'Organizational Roadmap',
  'readiness-questionnaire': 'Organizational Readiness Assessment Questionnaire',
  'risk-questionnaire': 'Risk Assessment Questionnaire',
  workbook: 'Responsible AI Innovation in Action Workbook',
  'technical-reference': 'Technical Reference Book',
  law: 'Legal reference (RAIA, not part of the Toolkit)',
  'practice-notes': 'RAIA practice notes (not part of the Toolkit)',
};

/** The one resource whose passages state law: each carries the instrument and article and an as-of date. */
export const legalResourceId = 'law' satisfies ResourceId;

/** Core and instrumental principles (Toolkit: 5 core, 17 instrumental). */
export const principleTags = [
  'lawfulness',
  'legitimacy',
  'necessity',
  'proportionality',
  'minimization-of-harm',
  'well-being',
  'robustness-and-safety',
  'accuracy',
  'efficiency',
  'human-autonomy',
  'privacy',
  'human-oversight',
  'human-agency',
  'transparency',
  'fairness',
  'non-discrimination',
  'diversity-and-accessibility',
  'vulnerable-groups',
  'contestability',
  'good-governance',
  'accountability',
  'traceability',
] as const;

export const lifeCycleTags = [
  'lifecycle-decision',
  'lifecycle-design',
  'lifecycle-development',
  'lifecycle-procurement',
  'lifecycle-deployment',
  'lifecycle-monitoring',
] as const;

export const technologyTags = [
  'facial-recognition',
  'biometrics',
  'image-video-analysis',
  'text-speech-analysis',
  'predictive-analytics',
  'content-generation',
  'llm',
  'process-automation',
  'machine-learning',
  'deep-learning',
] as const;

export const topicTags = [
  'toolkit-overview',
  'human-rights',
  'bias',
  'data',
  'data-protection',
  'risk-assessment',
  'readiness',
  'governance',
  'procurement',
  'stakeholders',
  'skills',
  'infrastructure',
  'metrics',
  'explainability',
  'roadmap',
  'workbook',
  'definitions',
  'scoring',
  'cognitive-bias',
  // A passage that lists every member of a set ("the five core principles"), one bold bullet each.
  'overview',
] as const;

export const tagSchema = z.enum([...principleTags, ...lifeCycleTags, ...technologyTags, ...topicTags]);
export type Tag = z.infer<typeof tagSchema>;

/**
 * `confirmed`: the facts come from a named public source.
 * `summary`: RAIA's own rendering of a fact marked open; the text says so.
 */
export const passageBasisSchema = z.enum(['confirmed', 'summary']);

export const passageIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'passage ids are lowercase words joined by hyphens');

export const passageSchema = z.object({
  id: passageIdSchema,
  resource: resourceIdSchema,
  section: z.string().min(1),
  title: z.string().min(1),
  tags: z.array(tagSchema),
  basis: passageBasisSchema,
  text: z.string().trim().min(1, 'passage text is empty'),
  /** Legal passages only: the instrument and article, e.g. "Regulation (EU) 2024/1689 (AI Act), Art. 26". */
  source: z.string().trim().min(1).optional(),
  /** Legal passages only: the ISO date (YYYY-MM-DD) the statement is true as of. */
  asOf: z.iso.date().optional(),
});
export type Passage = z.infer<typeof passageSchema>;
