import { evaluatePack } from '../../src/frameworks/evaluate-pack.ts';
import { type PackResult, packResultSchema } from '../../src/frameworks/pack-result-schema.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import type { ReportFramework } from '../../src/reports/report-frameworks-schema.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import {
  documentTranslation,
  liveFaceIdentification,
  liveFaceIdentificationForCrowds,
  retrospectiveFaceMatching,
} from '../frameworks/eu-ai-act-profiles.ts';
import {
  euAiActPack,
  packInput,
  type Rating,
  riskV3,
  walkthroughAnswers,
} from '../frameworks/eu-ai-act-walkthrough.ts';
import { goldenGeneratedAt } from './golden-fixtures.ts';
import { hostileText } from './report-fixtures.ts';

export {
  documentTranslation,
  liveFaceIdentification,
  liveFaceIdentificationForCrowds,
  retrospectiveFaceMatching,
};

type Values = Readonly<Record<string, AnswerValue>>;
type Scenario = { values: Values; rated?: Readonly<Record<string, Rating>> };

/** The FRIA questions of retrospective face matching answered, one of them with text that is markup. */
export const retrospectiveWithFria: Scenario = {
  values: {
    ...retrospectiveFaceMatching,
    'eu-fria-process-description': `Analysts search CCTV footage seized in a case ${hostileText} | **not bold**`,
    'eu-fria-oversight-arrangements':
      'Two trained examiners review each candidate match; either may reject it.',
    'eu-fria-complaint-mechanism': 'Complaints go to the professional standards department.',
  },
  rated: { 'biometric-misidentification': { likelihood: 3, severity: 5, mitigation: 'partial' } },
};

const packFacts = (() => {
  const { id, version, title, jurisdiction, asOf, disclaimer, sources } = euAiActPack;
  return { id, version, title, jurisdiction, asOf, disclaimer, sources };
})();

/** The EU pack's real evaluation of a scenario's walkthrough answers, as the report receives it. */
export function euFramework(
  scenario: Scenario,
  appliedBy: ReportFramework['appliedBy'] = 'asked',
): ReportFramework {
  const answers = walkthroughAnswers(
    scenario.values,
    scenario.rated === undefined ? {} : { rated: scenario.rated },
  );
  return { pack: packFacts, appliedBy, result: evaluatePack(euAiActPack, packInput(answers)) };
}

/** A risk report of the scenario's Toolkit answers (the pack's own stay with the pack) with the packs given. */
export function riskBundleWith(scenario: Scenario, frameworks: ReportFramework[]): ReportBundle {
  const all = walkthroughAnswers(
    scenario.values,
    scenario.rated === undefined ? {} : { rated: scenario.rated },
  );
  const answers = Object.fromEntries(
    Object.entries(all).filter(([questionId]) => !questionId.startsWith('eu-')),
  );
  return {
    definition: riskV3,
    answers,
    result: scoreRisk(riskV3, answers),
    meta: {
      sessionId: 'session-frameworks',
      generatedAt: goldenGeneratedAt,
      systemName: String(scenario.values['system-name']),
    },
    frameworks,
  };
}

/**
 * A HUDERIA-style result built by hand (its pack is being written elsewhere): two impacts, one
 * rated, one with two variables open, a trace reading a typed answer, and a mitigation plan.
 */
export function huderiaFramework(): ReportFramework {
  const result: PackResult = packResultSchema.parse({
    packId: 'coe-huderia',
    version: '1',
    asOf: '2026-06-30',
    assessments: [
      {
        kind: 'impact-rating',
        id: 'impact-ratings',
        title: 'HUDERIA: rated impacts',
        applies: 'yes',
        formula: {
          text: 'Priority score = (scale + scope + reversibility) × probability',
          cites: ['huderia:4.3'],
        },
        priorityNote: 'A priority is the order to mitigate in, not a judgment that an impact is acceptable.',
        impacts: [
          {
            id: 'privacy',
            title: { text: 'Interference with private life', cites: ['echr:8'] },
            identified: 'yes',
            variables: { scale: 3, scope: 2, reversibility: 3, probability: 2 },
            score: 16,
            priority: { id: 'high', label: 'High priority' },
            missing: [],
          },
          {
            id: 'assembly',
            title: { text: 'Chilling of peaceful assembly', cites: ['echr:11'] },
            identified: 'yes',
            variables: { scale: 2, scope: null, reversibility: 1, probability: null },
            score: null,
            priority: null,
            missing: ['scope', 'probability'],
          },
          {
            id: 'fair-trial',
            title: { text: 'Unfair trial', cites: ['echr:6'] },
            identified: 'no',
            variables: { scale: null, scope: null, reversibility: null, probability: null },
            score: null,
            priority: null,
            missing: ['scale', 'scope', 'reversibility', 'probability'],
          },
        ],
        trace: [
          {
            ref: 'impact:privacy:identified-when',
            truth: 'yes',
            read: [{ questionId: 'coe-context', value: hostileText }],
          },
        ],
      },
      {
        kind: 'document',
        id: 'mitigation-plan',
        title: 'HUDERIA: mitigation plan',
        applies: 'yes',
        preface: { text: 'The measures planned for each identified impact.', cites: ['huderia:5'] },
        elements: [
          {
            id: 'privacy-measures',
            heading: { text: 'Measures for interference with private life', cites: ['huderia:5.1'] },
            entries: [],
            risks: [],
            missing: true,
          },
        ],
      },
    ],
  });
  return {
    pack: {
      id: 'coe-huderia',
      version: '1',
      title: 'Council of Europe: HUDERIA human rights impact assessment',
      jurisdiction: 'Council of Europe',
      asOf: '2026-06-30',
      disclaimer:
        'Written by the RAIA project from the HUDERIA methodology; not the Toolkit, not legal advice.',
      sources: [
        {
          id: 'huderia',
          title: 'HUDERIA methodology (HUDERIA)',
          reference: 'CAI(2024)16rev2',
          binding: false,
        },
        {
          id: 'echr',
          title: 'European Convention on Human Rights (ECHR)',
          reference: 'ETS No. 005',
          binding: true,
        },
      ],
    },
    appliedBy: 'organisation',
    result,
  };
}
