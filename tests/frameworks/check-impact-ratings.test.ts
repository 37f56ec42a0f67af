import { describe, expect, it } from 'vitest';
import { checkFrameworkPack } from '../../src/frameworks/check-framework-pack.ts';
import type { FrameworkPack, ImpactRating } from '../../src/frameworks/framework-pack-schema.ts';
import type { Question } from '../../src/questionnaires/schema.ts';
import { profileQuestionnaire } from './fixture-packs.ts';
import { impactRatingPack } from './impact-rating-fixture.ts';

function problemsAfter(change: (pack: FrameworkPack, rating: ImpactRating, questions: Question[]) => void) {
  const pack = { ...impactRatingPack(), reads: ['profile'] };
  const rating = pack.assessments[0];
  if (rating?.kind !== 'impact-rating') throw new Error('fixture changed');
  change(pack, rating, pack.sections[0]!.questions);
  return checkFrameworkPack(pack, [profileQuestionnaire()]).map(
    ({ path, message }) => `${path.join('.')}: ${message}`,
  );
}

const questionOf = (questions: Question[], id: string) => {
  const found = questions.find((question) => question.id === id);
  if (found?.kind !== 'single') throw new Error(`no single question "${id}"`);
  return found;
};

describe('checkFrameworkPack: impact ratings', () => {
  it('finds nothing wrong with the fixture rating', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it("refuses a variable that is not one of the pack's own questions, or not a single-choice or yes-no one", () => {
    const problems = problemsAfter((pack, rating) => {
      rating.impacts[0]!.variables.scale = 'purpose';
      rating.impacts[0]!.variables.scope = 'nowhere';
      pack.sections[0]!.questions.push({
        id: 'harm-notes',
        prompt: 'Notes?',
        help: 'Help',
        kind: 'text',
        required: false,
        allowUnsure: false,
        principles: [],
        explainedBy: [],
        weight: 1,
      });
      rating.impacts[1]!.variables.probability = 'harm-notes';
    });
    expect(problems).toEqual([
      'assessments.0.impacts.0.variables.scale: the rating variable "scale" reads question "purpose", which is not one of the pack\'s own questions (a variable\'s points are set by the pack\'s options)',
      'assessments.0.impacts.0.variables.scope: the rating variable "scope" reads question "nowhere", which is not one of the pack\'s own questions (a variable\'s points are set by the pack\'s options)',
      'assessments.0.impacts.1.variables.probability: the rating variable "probability" reads question "harm-notes", a text question; a variable needs a single-choice or yes-no question whose options have points',
    ]);
  });

  it('refuses a variable question with an option without points, or with points below 0', () => {
    const problems = problemsAfter((_pack, _rating, questions) => {
      const scale = questionOf(questions, 'harm-scale');
      scale.options[1] = { value: 'p1', label: 'One', synonyms: [] };
      scale.options[2] = { ...scale.options[2]!, points: -2 };
    });
    expect(problems).toEqual([
      'sections.0.questions.1.options.1.points: question "harm-scale" rates an impact, so every option needs points; "p1" has none',
      'sections.0.questions.1.options.2.points: question "harm-scale" rates an impact, so its points must be 0 or more (a graver answer must never lower the score); "p2" has -2',
    ]);
  });

  it('refuses a yes-no variable left with the default options, which have no points', () => {
    const problems = problemsAfter((_pack, rating) => {
      rating.impacts[0]!.variables.probability = 'harm-identified';
    });
    expect(problems).toEqual([
      'sections.0.questions.0.options.0.points: question "harm-identified" rates an impact, so every option needs points; "yes" has none',
      'sections.0.questions.0.options.1.points: question "harm-identified" rates an impact, so every option needs points; "no" has none',
    ]);
  });

  it('refuses priorities not listed highest first, and a lowest priority some score falls below', () => {
    const problems = problemsAfter((_pack, rating) => {
      rating.priorities[1]!.minScore = 18;
      rating.priorities[2]!.minScore = 1;
    });
    expect(problems).toEqual([
      'assessments.0.priorities.1.minScore: priorities are listed highest first: "second" needs a minScore below 18, that of "first"',
      'assessments.0.priorities.2.minScore: impact "harm" can score as low as 0, below 1, the minScore of the last priority "third": every rated impact needs a priority',
    ]);
  });

  it('refuses a formula text that does not state the formula RAIA computes', () => {
    const problems = problemsAfter((_pack, rating) => {
      rating.formula.text = 'The score is scale × scope × reversibility × probability.';
    });
    expect(problems).toEqual([
      'assessments.0.formula.text: the formula must state the one RAIA computes, "(scale + scope + reversibility) × probability", so that reports print what the score is',
    ]);
  });

  it('refuses duplicate impact and priority ids, unknown questions in identifiedWhen, and unknown sources', () => {
    const problems = problemsAfter((_pack, rating) => {
      rating.priorities.push({ ...rating.priorities[2]!, minScore: -1 });
      rating.impacts.push({ ...rating.impacts[1]! });
      rating.impacts[0]!.identifiedWhen = { question: 'harm-identifed', equals: 'yes' };
      rating.formula.cites = ['huderia:risk and impact assessment'];
      rating.impacts[1]!.title = { text: 'Other.', cites: ['act:1'] };
    });
    expect(problems).toEqual([
      'assessments.0.priorities.3.id: duplicate priority id "third" in "impacts"',
      'assessments.0.impacts.2.id: duplicate impact id "other" in "impacts"',
      'assessments.0.impacts.0.identifiedWhen: condition refers to unknown question "harm-identifed" (neither this pack nor the questionnaire it reads (profile) asks it)',
      'assessments.0.formula.cites.0: cites "huderia:risk and impact assessment", but "huderia" is not one of the pack\'s sources (method)',
      'assessments.0.impacts.1.title.cites.0: cites "act:1", but "act" is not one of the pack\'s sources (method)',
    ]);
  });
});
