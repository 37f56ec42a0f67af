import { z } from 'zod';

/** The seven resources of the Toolkit, plus `ingested` for documents an agency adds itself. */
export const resourceIds = [
  'introduction',
  'principles',
  'roadmap',
  'readiness-questionnaire',
  'risk-questionnaire',
  'workbook',
  'technical-reference',
] as const;
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
};

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
});
export type Passage = z.infer<typeof passageSchema>;
