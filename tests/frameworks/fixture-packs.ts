import type { z } from 'zod';
import { type FrameworkPack, frameworkPackSchema } from '../../src/frameworks/framework-pack-schema.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';

export const answeredAt = '2026-01-01T00:00:00.000Z';
export const unsure = { unsure: true } as const;

/** Answers from plain values, all confirmed. */
export function answersOf(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt }]));
}

/** A system profile standing in for the Toolkit questionnaire a pack reads. */
export function profileQuestionnaire(): Questionnaire {
  const yesNo = (id: string, prompt: string) => ({
    id,
    prompt,
    help: 'Help',
    kind: 'yes-no',
    allowUnsure: true,
  });
  const loaded = loadQuestionnaire({
    id: 'profile',
    version: '1',
    title: 'System profile',
    intro: 'A fixture.',
    source: 'Test fixture.',
    sections: [
      {
        id: 'system',
        title: 'System',
        questions: [
          { ...yesNo('biometric', 'Does it identify people from biometric data?'), options: yesNoPoints },
          { ...yesNo('real-time', 'Does it identify them in real time?'), options: yesNoPoints },
          { ...yesNo('public-space', 'Is it used in publicly accessible spaces?'), options: yesNoPoints },
          {
            id: 'purpose',
            prompt: 'What is it used for?',
            help: 'Help',
            kind: 'single',
            options: [
              { value: 'search-victims', label: 'Searching for victims', points: 1 },
              { value: 'imminent-threat', label: 'Preventing an imminent threat', points: 1 },
              { value: 'suspect', label: 'Locating a suspect', points: 1 },
              { value: 'other', label: 'Something else', points: 0 },
            ],
          },
          { ...yesNo('predicts-crime', 'Does it predict who will commit a crime?'), options: yesNoPoints },
          { id: 'staff-count', prompt: 'How many staff use it?', help: 'Help', kind: 'number' },
        ],
      },
    ],
    scoring: {
      kind: 'readiness',
      levels: [
        { id: 'low', label: 'Low', minPercent: 0 },
        { id: 'high', label: 'High', minPercent: 50 },
      ],
    },
  });
  if (!loaded.success) throw new Error(loaded.error);
  return loaded.data;
}

const yesNoPoints = [
  { value: 'yes', label: 'Yes', points: 1 },
  { value: 'no', label: 'No', points: 0 },
];

const cites = (article: string) => [`act:${article}`];

/**
 * A small pack over the profile: a screening of real-time identification (prohibited for any other
 * purpose, allowed under three requirements for the listed ones) and of crime prediction based
 * solely on profiling; a checklist for biometric systems; a draft document of three elements.
 */
export function fixturePackInput(): z.input<typeof frameworkPackSchema> {
  const yesNo = (id: string, prompt: string) => ({
    id,
    prompt,
    help: 'Help',
    kind: 'yes-no' as const,
    allowUnsure: true,
  });
  const realTimeInPublic = [
    { question: 'biometric', equals: 'yes' },
    { question: 'real-time', equals: 'yes' },
    { question: 'public-space', equals: 'yes' },
  ];
  const yesNoRequirement = (id: string, question: string, article: string) => ({
    id,
    requirement: { text: `Requirement ${id}.`, cites: cites(article) },
    metWhen: { question, equals: 'yes' },
    missingWhen: { question, equals: 'no' },
  });
  return {
    id: 'fixture-act',
    version: '1',
    title: 'Fixture act',
    jurisdiction: 'Testland',
    asOf: '2026-06-01',
    disclaimer: 'A test fixture, not legal advice.',
    sources: [{ id: 'act', title: 'The Fixture Act', reference: 'OJ L 1', binding: true }],
    optIn: { prompt: 'Does the Fixture Act apply to your agency?', help: 'Help' },
    reads: ['profile'],
    sections: [
      {
        id: 'fixture-questions',
        title: 'Fixture act questions',
        questions: [
          {
            id: 'authorisation',
            prompt: 'Is each use authorised?',
            help: 'Help',
            kind: 'single',
            allowUnsure: true,
            options: [
              { value: 'granted', label: 'Authorised before use' },
              { value: 'requested-in-time', label: 'Requested within 24 hours' },
              { value: 'none', label: 'No authorisation' },
            ],
          },
          yesNo('impact-assessment-done', 'Is the impact assessment completed?'),
          yesNo('registered', 'Is the use registered?'),
          yesNo('profiling-only', 'Is the prediction based solely on profiling?'),
          yesNo('logs-kept', 'Are the logs kept for six months?'),
          yesNo('two-person-check', 'Do two people confirm each match?'),
          { id: 'processes', prompt: 'In which processes is it used?', help: 'Help', kind: 'text' },
          { id: 'period', prompt: 'For how long and how often?', help: 'Help', kind: 'text' },
        ],
      },
    ],
    assessments: [
      {
        kind: 'screening',
        id: 'prohibited-practices',
        title: 'Prohibited practices',
        outcomes: [
          { id: 'prohibited', label: 'Prohibited' },
          { id: 'conditional', label: 'Allowed only under conditions' },
          { id: 'not-concerned', label: 'Not concerned' },
        ],
        rules: [
          {
            id: 'other-purpose',
            outcome: 'prohibited',
            when: { all: [...realTimeInPublic, { question: 'purpose', equals: 'other' }] },
            statement: {
              text: 'Real-time identification for another purpose is prohibited.',
              cites: cites('5(1)(h)'),
            },
          },
          {
            id: 'listed-purpose',
            outcome: 'conditional',
            when: {
              all: [
                ...realTimeInPublic,
                { question: 'purpose', in: ['search-victims', 'imminent-threat', 'suspect'] },
              ],
            },
            statement: { text: 'Allowed only under the conditions listed.', cites: cites('5(2)') },
            requires: ['prior-authorisation', 'impact-assessment', 'registration'],
          },
          {
            id: 'profiling-only-prediction',
            outcome: 'prohibited',
            when: {
              all: [
                { question: 'predicts-crime', equals: 'yes' },
                { question: 'profiling-only', equals: 'yes' },
              ],
            },
            statement: {
              text: 'Predicting crime solely from profiling is prohibited.',
              cites: cites('5(1)(d)'),
            },
          },
        ],
        conditions: [
          {
            id: 'prior-authorisation',
            requirement: { text: 'Each use is authorised.', cites: cites('5(3)') },
            metWhen: { question: 'authorisation', in: ['granted', 'requested-in-time'] },
            missingWhen: { question: 'authorisation', equals: 'none' },
          },
          yesNoRequirement('impact-assessment', 'impact-assessment-done', '27'),
          yesNoRequirement('registration', 'registered', '49'),
        ],
      },
      {
        kind: 'checklist',
        id: 'deployer-duties',
        title: 'Deployer duties',
        appliesWhen: { question: 'biometric', equals: 'yes' },
        items: [
          {
            id: 'keep-logs',
            duty: { text: 'Keep the logs for six months.', cites: cites('26(6)') },
            metWhen: { question: 'logs-kept', equals: 'yes' },
            notMetWhen: { question: 'logs-kept', equals: 'no' },
            action: 'Keep the logs for at least six months.',
          },
          {
            id: 'two-person-verification',
            duty: { text: 'Two people confirm each identification.', cites: cites('14(5)') },
            appliesWhen: { question: 'real-time', equals: 'yes' },
            metWhen: { question: 'two-person-check', equals: 'yes' },
            notMetWhen: { not: { question: 'two-person-check', in: ['yes'] } },
            action: 'Have two competent people confirm each match.',
          },
        ],
      },
      {
        kind: 'document',
        id: 'impact-assessment',
        title: 'Impact assessment draft',
        preface: { text: 'A draft; the official template replaces this layout.', cites: cites('27(5)') },
        elements: [
          {
            id: 'processes',
            heading: { text: 'Processes', cites: cites('27(1)(a)') },
            from: ['processes', 'purpose'],
          },
          {
            id: 'period',
            heading: { text: 'Period and frequency', cites: cites('27(1)(b)') },
            from: ['period'],
          },
          { id: 'risks', heading: { text: 'Risks of harm', cites: cites('27(1)(d)') }, fromRatedRisks: true },
          { id: 'groups', heading: { text: 'Affected groups', cites: cites('27(1)(c)') } },
        ],
      },
    ],
  };
}

export function fixturePack(): FrameworkPack {
  return frameworkPackSchema.parse(fixturePackInput());
}

/** Input with plain words: the caller formats answers, so the tests only need to see which were used. */
export function inputOf(values: Record<string, AnswerValue>, extra: Partial<PackInput> = {}): PackInput {
  return {
    answers: answersOf(values),
    describe: (questionId, value) => `${questionId}=${JSON.stringify(value)}`,
    prompt: (questionId) => `prompt of ${questionId}`,
    ...extra,
  };
}

/** The answers of a real-time public-space identification system for one purpose. */
export function realTimeSystem(purpose: string): Record<string, AnswerValue> {
  return { biometric: 'yes', 'real-time': 'yes', 'public-space': 'yes', purpose, 'predicts-crime': 'no' };
}
