import type { Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { createPackedQuestionnaireRegistry } from './create-packed-questionnaire-registry.ts';
import { parseFrameworkPolicy } from './framework-policy.ts';
import type { FrameworkRegistry } from './framework-registry.ts';

/**
 * The questionnaires a deployment runs on, with the framework packs RAIA_FRAMEWORK_PACKS offers
 * composed in: the one way every runtime (Node, Workers) and the tests of what they run build it.
 */
export function createFrameworkQuestionnaires(options: {
  questionnaires: QuestionnaireRegistry;
  frameworks: FrameworkRegistry;
  /** RAIA_FRAMEWORK_PACKS as configured (see framework-policy.ts). */
  setting: string | undefined;
}): Result<QuestionnaireRegistry> {
  const policy = parseFrameworkPolicy(options.setting, options.frameworks);
  if (!policy.success) return policy;
  return createPackedQuestionnaireRegistry(options.questionnaires, options.frameworks, policy.data);
}
