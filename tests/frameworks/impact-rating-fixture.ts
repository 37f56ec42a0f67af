import type { z } from 'zod';
import { type FrameworkPack, frameworkPackSchema } from '../../src/frameworks/framework-pack-schema.ts';
import { impactFormulaInWords } from '../../src/frameworks/impact-score.ts';

/** Points 0-3 for every variable question, so generated ratings reach the edge values (0 and the top). */
export const variablePoints = [0, 1, 2, 3] as const;
const variableOptions = variablePoints.map((points) => ({
  value: `p${points}`,
  label: `${points} points`,
  points,
}));

const variable = (id: string, prompt: string) => ({
  id,
  prompt,
  help: 'Help',
  kind: 'single' as const,
  allowUnsure: true,
  options: variableOptions,
});

/**
 * A pack of one impact rating over two impacts: "harm" identified by a yes-no question (unsure
 * counting as identified), "other" identified outright. Each has four variable questions
 * `<impact>-scale|scope|reversibility|probability`, answered `p0`..`p3` for 0..3 points.
 */
export function impactRatingPackInput(): z.input<typeof frameworkPackSchema> {
  const questionsOf = (impact: string) =>
    (['scale', 'scope', 'reversibility', 'probability'] as const).map((name) =>
      variable(`${impact}-${name}`, `${impact}: ${name}?`),
    );
  const variablesOf = (impact: string) => ({
    scale: `${impact}-scale`,
    scope: `${impact}-scope`,
    reversibility: `${impact}-reversibility`,
    probability: `${impact}-probability`,
  });
  return {
    id: 'fixture-rating',
    version: '1',
    title: 'Fixture rating',
    jurisdiction: 'Testland',
    asOf: '2026-06-01',
    disclaimer: 'A test fixture.',
    sources: [{ id: 'method', title: 'A method', reference: 'Somewhere', binding: false }],
    optIn: { prompt: 'Rate impacts?', help: 'Help' },
    reads: [],
    sections: [
      {
        id: 'rating-questions',
        title: 'Rating questions',
        questions: [
          { id: 'harm-identified', prompt: 'Harm?', help: 'Help', kind: 'yes-no', allowUnsure: true },
          ...questionsOf('harm'),
          ...questionsOf('other'),
        ],
      },
    ],
    assessments: [
      {
        kind: 'impact-rating',
        id: 'impacts',
        title: 'Impacts',
        formula: { text: `The score is ${impactFormulaInWords}.`, cites: ['method:rating'] },
        priorityNote: 'A priority, not a judgment of acceptability.',
        priorities: [
          { id: 'first', label: 'First', minScore: 18 },
          { id: 'second', label: 'Second', minScore: 6 },
          { id: 'third', label: 'Third', minScore: 0 },
        ],
        impacts: [
          {
            id: 'harm',
            title: { text: 'A harm.', cites: ['method:harm'] },
            identifiedWhen: {
              all: [
                { question: 'harm-identified', answered: true },
                { not: { question: 'harm-identified', equals: 'no' } },
              ],
            },
            variables: variablesOf('harm'),
          },
          {
            id: 'other',
            title: { text: 'Another harm.', cites: ['method:other'] },
            identifiedWhen: { question: 'other-scale', answered: true },
            variables: variablesOf('other'),
          },
        ],
      },
    ],
  };
}

export function impactRatingPack(): FrameworkPack {
  return frameworkPackSchema.parse(impactRatingPackInput());
}
