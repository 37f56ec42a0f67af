import type { Truth } from '../questionnaires/compile-condition.ts';

/**
 * Whether a requirement is met, from the condition that says it is and the one that says it is
 * not: the one that holds decides. Both holding is a contradiction check-framework-pack.ts refuses;
 * should a pack slip past it, the requirement is never claimed as met.
 */
export function requirementStatus(met: Truth, notMet: Truth): 'met' | 'not-met' | 'unknown' {
  if (met === 'yes' && notMet !== 'yes') return 'met';
  if (notMet === 'yes' && met !== 'yes') return 'not-met';
  return 'unknown';
}
