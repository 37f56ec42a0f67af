/**
 * What a police innovation officer assessing a vendor face-matching pilot means to answer, and the
 * words they type for it: the scenario `bench/face-match-walkthrough.ts` plays. Intended values are
 * keyed by question id; a question without an entry is one the officer answers by clicking its
 * first option (none of the risk questions here), or skips if it is optional text.
 */
export type IntendedAnswer = { typed: string; value: string | number | string[] };

const appliesYes: IntendedAnswer = { typed: 'yes, that could happen here', value: 'yes' };
const appliesNo: IntendedAnswer = { typed: "no, that doesn't apply to us", value: 'no' };
const likely: IntendedAnswer = { typed: 'likely', value: 4 };
const possible: IntendedAnswer = { typed: 'it is possible', value: 3 };
const serious: IntendedAnswer = { typed: 'serious', value: 4 };
const moderate: IntendedAnswer = { typed: 'moderate harm', value: 3 };
const partial: IntendedAnswer = {
  typed: 'partly: we have a DPIA and human review of every match',
  value: 'partial',
};
const planned: IntendedAnswer = { typed: "it's planned but not done yet", value: 'planned' };

const profile: Record<string, IntendedAnswer> = {
  'system-name': { typed: 'Vendor face-matching pilot', value: 'Vendor face-matching pilot' },
  'system-purpose': {
    typed: 'it compares faces from CCTV stills with custody photos to identify suspects',
    value: 'identification',
  },
  'lifecycle-stage': { typed: 'we are piloting it in one district for six months', value: 'pilot' },
  sourcing: { typed: 'we bought it from a vendor', value: 'procured' },
  'data-types': {
    typed: 'faces from CCTV stills, custody photos and criminal records',
    value: ['biometric', 'images-video', 'criminal-records'],
  },
  'processes-biometric': { typed: 'yes, it matches faces', value: 'yes' },
  'affected-groups': {
    typed: 'suspects and members of the public who pass the cameras',
    value: ['suspects', 'general-public'],
  },
  autonomy: {
    typed: 'it gives a ranked list of candidate matches and an officer decides',
    value: 'recommends',
  },
};

/** Risks the officer thinks apply, with how likely, how severe and how far safeguards go. */
const applying: Record<string, [IntendedAnswer, IntendedAnswer, IntendedAnswer]> = {
  'no-legal-basis': [possible, serious, planned],
  'function-creep': [possible, serious, partial],
  'disproportionate-biometric-surveillance': [likely, serious, partial],
  'harmful-errors': [likely, serious, partial],
  'biometric-misidentification': [likely, serious, partial],
  'automation-bias': [likely, moderate, partial],
  'privacy-intrusion': [likely, serious, partial],
  'biased-outcomes': [possible, serious, planned],
  'supplier-dependence': [likely, moderate, planned],
  'missing-records': [possible, moderate, partial],
};

/** The answer the officer means for a question, by its id; undefined: click the first option. */
export function intendedAnswer(questionId: string): IntendedAnswer | undefined {
  const fromProfile = Object.hasOwn(profile, questionId) ? profile[questionId] : undefined;
  if (fromProfile !== undefined) return fromProfile;
  const match = /^(.*)-(applies|likelihood|severity|mitigation)$/.exec(questionId);
  if (match === null) return undefined;
  const [, risk = '', part] = match;
  const ratings = Object.hasOwn(applying, risk) ? applying[risk] : undefined;
  if (part === 'applies') return ratings === undefined ? appliesNo : appliesYes;
  if (ratings === undefined) return undefined;
  return part === 'likelihood' ? ratings[0] : part === 'severity' ? ratings[1] : ratings[2];
}
