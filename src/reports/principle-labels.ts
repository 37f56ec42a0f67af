import type { PrincipleId } from '../questionnaires/schema.ts';

/** Display names of the Toolkit's core and instrumental principles. */
export const principleLabels: Record<PrincipleId, string> = {
  lawfulness: 'Lawfulness',
  legitimacy: 'Legitimacy',
  necessity: 'Necessity',
  proportionality: 'Proportionality',
  'minimization-of-harm': 'Minimization of harm',
  'well-being': 'Human and environmental well-being',
  'robustness-and-safety': 'Robustness and safety',
  accuracy: 'Accuracy',
  efficiency: 'Efficiency',
  'human-autonomy': 'Human autonomy',
  privacy: 'Privacy',
  'human-oversight': 'Human control and oversight',
  'human-agency': 'Human agency',
  transparency: 'Transparency and explainability',
  fairness: 'Fairness',
  'non-discrimination': 'Equality and non-discrimination',
  'diversity-and-accessibility': 'Diversity and accessibility',
  'vulnerable-groups': 'Protection of vulnerable groups',
  contestability: 'Contestability and redress',
  'good-governance': 'Good governance',
  accountability: 'Accountability',
  traceability: 'Traceability and auditability',
};
