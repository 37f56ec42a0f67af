import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import type { Questionnaire, QuestionnaireInput } from '../../src/questionnaires/schema.ts';

export const answeredAt = '2026-01-01T00:00:00.000Z';

/** Answers from plain values, all confirmed. */
export function answersOf(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt }]));
}

export const unsure = { unsure: true } as const;

/**
 * Two dimensions small enough to compute by hand. alpha: pick (0/1/2), gate (yes 2 / no 0),
 * depth (scale 1..3, shown only if gate = yes: earns value - 1), notes (text, optional).
 * beta (weight 3): choice (0/4), extra (yes 1 / no 0, optional).
 */
export function readinessFixtureInput(): QuestionnaireInput {
  return {
    id: 'mini-readiness',
    version: '1',
    title: 'Mini readiness',
    intro: 'A fixture.',
    source: 'Test fixture.',
    scales: [
      {
        id: 'depth-scale',
        title: 'Depth',
        points: [
          { value: 1, label: 'Shallow' },
          { value: 2, label: 'Medium' },
          { value: 3, label: 'Deep' },
        ],
      },
    ],
    sections: [
      {
        id: 'alpha',
        title: 'Alpha',
        questions: [
          {
            id: 'pick',
            prompt: 'Pick one',
            help: 'Help',
            kind: 'single',
            allowUnsure: true,
            options: [
              { value: 'a', label: 'A', points: 0 },
              { value: 'b', label: 'B', points: 1 },
              { value: 'c', label: 'C', points: 2 },
            ],
          },
          {
            id: 'gate',
            prompt: 'Gate?',
            help: 'Help',
            kind: 'yes-no',
            options: [
              { value: 'yes', label: 'Yes', points: 2 },
              { value: 'no', label: 'No', points: 0 },
            ],
          },
          {
            id: 'depth',
            prompt: 'How deep?',
            help: 'Help',
            kind: 'scale',
            scale: 'depth-scale',
            allowUnsure: true,
            showIf: { question: 'gate', equals: 'yes' },
          },
          { id: 'notes', prompt: 'Notes', help: 'Help', kind: 'text', required: false },
        ],
        recommendations: [
          { levels: ['low'], text: 'Alpha low step', passages: ['roadmap-overview'] },
          { levels: ['mid', 'high'], text: 'Alpha higher step', passages: [] },
        ],
      },
      {
        id: 'beta',
        title: 'Beta',
        weight: 3,
        questions: [
          {
            id: 'choice',
            prompt: 'Choose',
            help: 'Help',
            kind: 'single',
            options: [
              { value: 'x', label: 'X', points: 0 },
              { value: 'y', label: 'Y', points: 4 },
            ],
          },
          {
            id: 'extra',
            prompt: 'Extra?',
            help: 'Help',
            kind: 'yes-no',
            required: false,
            options: [
              { value: 'yes', label: 'Yes', points: 1 },
              { value: 'no', label: 'No', points: 0 },
            ],
          },
        ],
        recommendations: [
          { levels: ['low', 'mid', 'high'], text: 'Beta step', passages: ['roadmap-people-and-skills'] },
        ],
      },
    ],
    scoring: {
      kind: 'readiness',
      levels: [
        { id: 'low', label: 'Low', minPercent: 0 },
        { id: 'mid', label: 'Mid', minPercent: 40 },
        { id: 'high', label: 'High', minPercent: 80 },
      ],
    },
  };
}

const mitigation = (
  id: string,
  showIf: QuestionnaireInput['sections'][number]['questions'][number]['showIf'],
) => ({
  id,
  prompt: 'Safeguards?',
  help: 'Help',
  kind: 'single' as const,
  allowUnsure: true,
  ...(showIf === undefined ? {} : { showIf }),
  options: [
    { value: 'none', label: 'None', levelReduction: 0 },
    { value: 'some', label: 'Some', levelReduction: 1 },
    { value: 'strong', label: 'Strong', levelReduction: 2 },
  ],
});

const rated = (
  id: string,
  scale: string,
  showIf?: QuestionnaireInput['sections'][number]['questions'][number]['showIf'],
) => ({
  id,
  prompt: id,
  help: 'Help',
  kind: 'scale' as const,
  scale,
  allowUnsure: true,
  ...(showIf === undefined ? {} : { showIf }),
});

/**
 * 3 x 3 matrix (rows likelihood 1..3, columns severity 1..3) over green < amber < red.
 * r1: applicability r1-applies; r2: shown only if sensitive = yes; r3: always assessed.
 */
export function riskFixtureInput(): QuestionnaireInput {
  const r1Shown = {
    all: [{ question: 'r1-applies', answered: true }, { not: { question: 'r1-applies', equals: 'no' } }],
  };
  const r2Shown = { question: 'r2-applies', equals: 'yes' };
  return {
    id: 'mini-risk',
    version: '1',
    title: 'Mini risk',
    intro: 'A fixture.',
    source: 'Test fixture.',
    scales: [
      {
        id: 'chance',
        title: 'Likelihood',
        points: [1, 2, 3].map((value) => ({ value, label: `L${value}` })),
      },
      { id: 'impact', title: 'Severity', points: [1, 2, 3].map((value) => ({ value, label: `S${value}` })) },
    ],
    sections: [
      {
        id: 'profile',
        title: 'Profile',
        questions: [
          { id: 'system-name', prompt: 'Name?', help: 'Help', kind: 'text' },
          { id: 'sensitive', prompt: 'Sensitive?', help: 'Help', kind: 'yes-no' },
        ],
      },
      {
        id: 'harms',
        title: 'Harms',
        questions: [
          { id: 'r1-applies', prompt: 'R1 applies?', help: 'Help', kind: 'yes-no', allowUnsure: true },
          rated('r1-likelihood', 'chance', r1Shown),
          rated('r1-severity', 'impact', r1Shown),
          mitigation('r1-mitigation', r1Shown),
          {
            id: 'r2-applies',
            prompt: 'R2 applies?',
            help: 'Help',
            kind: 'yes-no',
            showIf: { question: 'sensitive', equals: 'yes' },
          },
          rated('r2-likelihood', 'chance', r2Shown),
          rated('r2-severity', 'impact', r2Shown),
          mitigation('r2-mitigation', r2Shown),
          rated('r3-likelihood', 'chance'),
          rated('r3-severity', 'impact'),
          mitigation('r3-mitigation', undefined),
        ],
      },
    ],
    scoring: {
      kind: 'risk',
      likelihoodScale: 'chance',
      severityScale: 'impact',
      levels: [
        { id: 'green', label: 'Green' },
        { id: 'amber', label: 'Amber' },
        { id: 'red', label: 'Red' },
      ],
      matrix: [
        ['green', 'green', 'amber'],
        ['green', 'amber', 'red'],
        ['amber', 'red', 'red'],
      ],
      risks: [
        {
          id: 'r1',
          title: 'Risk one',
          principle: 'lawfulness',
          applicability: 'r1-applies',
          likelihood: 'r1-likelihood',
          severity: 'r1-severity',
          mitigation: 'r1-mitigation',
          actions: [{ text: 'Act on one', passages: ['risk-mitigation'] }],
        },
        {
          id: 'r2',
          title: 'Risk two',
          principle: 'fairness',
          applicability: 'r2-applies',
          likelihood: 'r2-likelihood',
          severity: 'r2-severity',
          mitigation: 'r2-mitigation',
          actions: [{ text: 'Act on two', passages: [] }],
        },
        {
          id: 'r3',
          title: 'Risk three',
          principle: 'fairness',
          likelihood: 'r3-likelihood',
          severity: 'r3-severity',
          mitigation: 'r3-mitigation',
          actions: [{ text: 'Act on three', passages: [] }],
        },
      ],
    },
  };
}

export function loaded(input: unknown): Questionnaire {
  const result = loadQuestionnaire(input);
  if (!result.success) throw new Error(result.error);
  return result.data;
}
