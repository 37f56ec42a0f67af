import type { AnswerValue } from '../../src/questionnaires/answers.ts';

type Values = Readonly<Record<string, AnswerValue>>;

export const unsure = { unsure: true } as const;

/** The values without the answers to `questionIds` (questions a scenario no longer shows). */
export function without(values: Values, questionIds: readonly string[]): Values {
  return Object.fromEntries(
    Object.entries(values).filter(([questionId]) => !questionIds.includes(questionId)),
  );
}

/** The law-enforcement uses the pack asks about, none of them the system's. */
const noListedLawEnforcementUse: Values = {
  'eu-predicts-offending': 'no',
  'eu-personality-or-past-offences': 'no',
  'eu-victim-risk': 'no',
  'eu-polygraph': 'no',
  'eu-evidence-reliability': 'no',
  'eu-profiles-persons': 'no',
  'eu-migration-border': 'no',
};

/** A face-recognition system that neither scrapes faces nor reads emotions nor sorts people by traits. */
const faceRecognitionOnly: Values = {
  'eu-untargeted-scraping': 'no',
  'eu-emotion-recognition': 'no',
  'eu-biometric-categorisation': 'no',
};

/** Duties a careful agency has in hand, except those a scenario sets itself. */
const deployerDutiesInHand: Values = {
  'eu-ai-literacy': 'yes',
  'eu-instructions-for-use': 'yes',
  'eu-oversight-assigned': 'yes',
  'eu-two-person-verification': 'yes',
  'eu-input-data': 'provider-controls',
  'eu-monitoring-procedure': 'yes',
  'eu-log-retention': 'yes',
  'eu-system-registered': 'yes',
  'eu-dpia-done': 'yes',
  'eu-informs-people': unsure,
};

const faceSystemProfile: Values = {
  'system-purpose': 'identification',
  'lifecycle-stage': 'procurement',
  sourcing: 'procured',
  'data-types': ['biometric', 'images-video'],
  'affected-groups': ['suspects', 'general-public'],
  autonomy: 'recommends',
};

/**
 * Live face identification in public places for one of the three purposes the Act lists, with the
 * national law, targeting and notification in place but authorisation, the FRIA and registration not yet.
 */
export const liveFaceIdentification: Values = {
  'system-name': 'Live facial recognition van',
  ...faceSystemProfile,
  'eu-remote-identification': 'real-time',
  'eu-public-spaces': 'yes',
  'eu-rbi-objective': ['victims-and-missing-persons'],
  'eu-rbi-national-law': 'yes',
  'eu-rbi-targeted-person': 'yes',
  'eu-rbi-authorisation': 'not-yet',
  'eu-rbi-notification': 'yes',
  ...faceRecognitionOnly,
  ...noListedLawEnforcementUse,
  'eu-no-significant-risk': 'none',
  ...deployerDutiesInHand,
  'eu-use-registered': 'no',
  'eu-fria-done': 'no',
};

/** The same van, to be used for crowd monitoring: none of the three purposes. */
export const liveFaceIdentificationForCrowds: Values = {
  ...without(liveFaceIdentification, [
    'eu-rbi-national-law',
    'eu-rbi-targeted-person',
    'eu-rbi-authorisation',
    'eu-rbi-notification',
  ]),
  'eu-rbi-objective': ['other-purpose'],
};

/** Searching recorded footage for suspects: identification afterwards, with some 26(10) duties open. */
export const retrospectiveFaceMatching: Values = {
  'system-name': 'Retrospective facial image search',
  ...faceSystemProfile,
  'system-purpose': 'investigation-support',
  'eu-remote-identification': 'post',
  ...faceRecognitionOnly,
  ...noListedLawEnforcementUse,
  'eu-no-significant-risk': 'none',
  ...deployerDutiesInHand,
  'eu-use-registered': 'yes',
  'eu-fria-done': 'no',
  'eu-post-rbi-authorisation': 'no',
  'eu-post-rbi-targeted': 'yes',
  'eu-post-rbi-police-file': 'yes',
  'eu-post-rbi-yearly-report': unsure,
};

/** A tool that translates seized documents: no biometrics, no listed use; only AI literacy is asked. */
export const documentTranslation: Values = {
  'system-name': 'Document translation assistant',
  'system-purpose': 'content-generation',
  'lifecycle-stage': 'deployment',
  sourcing: 'procured',
  'data-types': ['text-documents'],
  'affected-groups': ['suspects', 'witnesses', 'victims'],
  autonomy: 'information-only',
  'eu-ai-literacy': 'yes',
};
