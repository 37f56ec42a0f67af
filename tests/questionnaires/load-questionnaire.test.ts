import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';
import { questionOptions } from '../../src/questionnaires/question-options.ts';
import type { optionSchema, QuestionnaireInput } from '../../src/questionnaires/schema.ts';
import { readinessFixtureInput, riskFixtureInput } from '../scoring/fixtures.ts';

type Edit = (input: QuestionnaireInput) => void;
/** A definition file is any JSON: an edit may give a question fields its kind does not have. */
type EditableQuestion = QuestionnaireInput['sections'][number]['questions'][number] & {
  options?: Array<z.input<typeof optionSchema>> | undefined;
  scale?: string | undefined;
};

function errorOf(base: () => QuestionnaireInput, edit: Edit, knownPassageIds?: ReadonlySet<string>): string {
  const input = base();
  edit(input);
  const result = loadQuestionnaire(input, {
    fileName: 'agency.json',
    ...(knownPassageIds ? { knownPassageIds } : {}),
  });
  if (result.success) throw new Error('expected the definition to be refused');
  return result.error;
}

function question(input: QuestionnaireInput, sectionIndex: number, questionIndex: number) {
  const found = input.sections[sectionIndex]?.questions[questionIndex];
  if (found === undefined) throw new Error('fixture changed');
  return found as EditableQuestion;
}

function riskScoring(input: QuestionnaireInput) {
  if (input.scoring.kind !== 'risk') throw new Error('fixture changed');
  return input.scoring;
}

function readinessScoring(input: QuestionnaireInput) {
  if (input.scoring.kind !== 'readiness') throw new Error('fixture changed');
  return input.scoring;
}

describe('loadQuestionnaire', () => {
  it('accepts both fixtures and gives option-less yes-no questions plain yes/no options', () => {
    expect(loadQuestionnaire(readinessFixtureInput()).success).toBe(true);
    const risk = loadQuestionnaire(riskFixtureInput());
    if (!risk.success) throw new Error(risk.error);
    const sensitive = risk.data.sections[0]?.questions.find((candidate) => candidate.id === 'sensitive');
    expect(sensitive?.kind).toBe('yes-no');
    if (sensitive === undefined) throw new Error('fixture changed');
    expect(questionOptions(sensitive).map((option) => option.value)).toEqual(['yes', 'no']);
  });

  it('prefixes schema errors with the file name and names the path', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      delete (input as { title?: string }).title;
      question(input, 0, 0).id = 'Not A Slug';
    });
    expect(error).toMatch(/^agency\.json: not a valid questionnaire definition/);
    expect(error).toContain('title');
    expect(error).toContain('sections[0].questions[0].id');
  });

  it('reports duplicate section, question and option ids with their place', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      question(input, 1, 0).id = 'pick';
      const beta = input.sections[1];
      if (beta) beta.id = 'alpha';
      const options = question(input, 0, 0).options;
      if (options?.[1]) options[1].value = 'a';
    });
    expect(error).toContain(
      'agency.json: section "alpha", question "pick" (sections[1].questions[0].id): duplicate question id "pick"',
    );
    expect(error).toContain('(sections[1].id): duplicate section id "alpha"');
    expect(error).toContain(
      'question "pick" (sections[0].questions[0].options[1].value): duplicate option value "a"',
    );
  });

  it('requires options for choice questions, yes/no values for yes-no, and an existing scale', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      question(input, 0, 0).options = [{ value: 'only', label: 'Only', points: 1 }];
      question(input, 0, 1).options = [
        { value: 'yes', label: 'Yes', points: 1 },
        { value: 'maybe', label: 'Maybe', points: 0 },
      ];
      question(input, 0, 2).scale = 'missing-scale';
    });
    expect(error).toContain(
      'question "pick" (sections[0].questions[0].options): a single question needs at least 2 options',
    );
    expect(error).toContain(
      'question "gate" (sections[0].questions[1].options): a yes-no question has exactly the options',
    );
    expect(error).toContain(
      'question "depth" (sections[0].questions[2].scale): unknown scale "missing-scale"',
    );
  });

  // Each kind's schema has exactly the fields the kind uses, so a misplaced one is a schema error.
  it('refuses fields a kind does not have and a scale question without a scale, naming the place', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      question(input, 0, 0).scale = 'depth-scale';
      delete question(input, 0, 2).scale;
      question(input, 0, 3).options = [{ value: 'x', label: 'X' }];
    });
    expect(error).toMatch(/^agency\.json: not a valid questionnaire definition\n/);
    expect(error).toContain('✖ a single question cannot have a scale\n  → at sections[0].questions[0]\n');
    expect(error).toContain(
      '✖ a scale question needs `scale`, the id of a scale\n  → at sections[0].questions[2].scale',
    );
    expect(error).toContain('✖ a text question cannot have options\n  → at sections[0].questions[3]');
  });

  it('names the kinds there are when a question has another', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      (question(input, 1, 1) as { kind: string }).kind = 'date';
    });
    expect(error).toContain(
      '✖ Invalid option: expected one of "single"|"multiple"|"scale"|"yes-no"|"text"|"number"\n  → at sections[1].questions[1].kind',
    );
  });

  it('refuses conditions on later or unknown questions and on values the question cannot take', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      question(input, 0, 0).showIf = { question: 'gate', equals: 'yes' };
      question(input, 0, 2).showIf = {
        all: [
          { question: 'gate', equals: 'perhaps' },
          { question: 'ghost', answered: true },
        ],
      };
      question(input, 1, 0).showIf = { question: 'pick', includes: 'a' };
      question(input, 1, 1).showIf = { question: 'depth', in: [2, 7] };
    });
    expect(error).toContain(
      'question "pick" (sections[0].questions[0].showIf): condition refers to "gate", which is not asked before',
    );
    expect(error).toContain(
      '(sections[0].questions[2].showIf.all[0]): "perhaps" is not a value of question "gate"',
    );
    expect(error).toContain(
      '(sections[0].questions[2].showIf.all[1]): condition refers to unknown question "ghost"',
    );
    expect(error).toContain('"includes" only works on a multiple-choice question; "pick" is single');
    expect(error).toContain('(sections[1].questions[1].showIf): 7 is not a value of question "depth"');
  });

  it('checks readiness levels, option points and recommendation levels', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      const levels = readinessScoring(input).levels;
      if (levels[0]) levels[0].minPercent = 5;
      if (levels[2]) levels[2].minPercent = 40;
      const options = question(input, 1, 0).options;
      if (options?.[0]) options[0].points = undefined;
      const recommendation = input.sections[0]?.recommendations?.[0];
      if (recommendation) recommendation.levels = ['unknown-level'];
    });
    expect(error).toContain(
      'agency.json: scoring.levels[0].minPercent: the lowest level "low" must start at 0 percent',
    );
    expect(error).toContain(
      'agency.json: scoring.levels[2].minPercent: level "high" must start above "mid" (40 then 40)',
    );
    expect(error).toContain(
      'question "choice" (sections[1].questions[0].options[0].points): option "x" needs points',
    );
    expect(error).toContain(
      'section "alpha" (sections[0].recommendations[0].levels[0]): unknown level "unknown-level"',
    );
  });

  it('checks the risk matrix size, its cells and that it never decreases', () => {
    const error = errorOf(riskFixtureInput, (input) => {
      const scoring = riskScoring(input);
      scoring.matrix = [
        ['green', 'amber', 'green'],
        ['green', 'purple', 'red'],
        ['green', 'red'],
      ];
    });
    expect(error).toContain(
      'agency.json: scoring.matrix[0][2]: "green" is lower than "amber" at a lower severity',
    );
    expect(error).toContain('agency.json: scoring.matrix[1][1]: unknown level "purple"');
    expect(error).toContain(
      'agency.json: scoring.matrix[2]: row 2 needs 3 cells (one per severity point), not 2',
    );
    const rows = errorOf(riskFixtureInput, (input) => {
      riskScoring(input).matrix.pop();
      riskScoring(input).likelihoodScale = 'impact';
    });
    expect(rows).toContain('the matrix needs 3 rows (one per likelihood point), not 2');
  });

  it('checks that risk items point at questions of the right kind', () => {
    const error = errorOf(riskFixtureInput, (input) => {
      const [first, second, third] = riskScoring(input).risks;
      if (!first || !second || !third) throw new Error('fixture changed');
      first.likelihood = 'r1-severity';
      first.applicability = 'system-name';
      second.mitigation = 'r2-severity';
      third.severity = 'nowhere';
      const options = question(input, 1, 3).options;
      if (options?.[1]) options[1].levelReduction = undefined;
    });
    expect(error).toContain(
      'agency.json: scoring.risks[0].likelihood: risk "r1": likelihood question "r1-severity" must be a scale question on scale "chance"',
    );
    expect(error).toContain(
      'agency.json: scoring.risks[0].applicability: risk "r1": applicability question "system-name" must be yes-no, not text',
    );
    expect(error).toContain(
      'agency.json: scoring.risks[0].mitigation: risk "r1": mitigation question "r1-mitigation": options "some" need levelReduction',
    );
    expect(error).toContain(
      'agency.json: scoring.risks[1].mitigation: risk "r2": mitigation question "r2-severity" must be single-choice',
    );
    expect(error).toContain('agency.json: scoring.risks[2].severity: risk "r3": unknown question "nowhere"');
  });

  it('checks cited passages only when the known ids are given', () => {
    expect(loadQuestionnaire(riskFixtureInput()).success).toBe(true);
    const error = errorOf(
      riskFixtureInput,
      (input) => {
        question(input, 0, 0).explainedBy = ['risk-overview', 'no-such-passage'];
      },
      new Set(['risk-overview']),
    );
    expect(error).toContain(
      'question "system-name" (sections[0].questions[0].explainedBy[1]): unknown passage "no-such-passage"',
    );
    expect(error).toContain(
      'agency.json: scoring.risks[0].actions[0].passages[0]: risk "r1": unknown passage "risk-mitigation"',
    );
  });

  it('returns every problem, not just the first', () => {
    const error = errorOf(readinessFixtureInput, (input) => {
      question(input, 0, 0).options = [];
      question(input, 0, 2).scale = 'nope';
      question(input, 1, 1).id = 'pick';
    });
    expect(error).toMatch(/agency\.json: [4-9] problems in questionnaire "mini-readiness" version 1/);
    expect(
      error.split('\n').filter((line) => line.startsWith('- agency.json: ')).length,
    ).toBeGreaterThanOrEqual(4);
  });
});
