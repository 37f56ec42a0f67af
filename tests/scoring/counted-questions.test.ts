import { describe, expect, it } from 'vitest';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { countedQuestions } from '../../src/scoring/counted-questions.ts';
import { answeredAt, answersOf, loaded, riskFixtureInput } from './fixtures.ts';

const definition = loaded(riskFixtureInput());
const ids = (entries: ReadonlyArray<{ question: { id: string } }>) =>
  entries.map((entry) => entry.question.id);

describe('countedQuestions', () => {
  it('hides the follow-ups of a question that became hidden, even though its answer is kept', () => {
    // r2-applies is hidden once sensitive is "no"; its old "yes" must not keep r2-likelihood visible.
    const answers = answersOf({ sensitive: 'no', 'r2-applies': 'yes', 'r2-likelihood': 3 });
    const { shown, counted } = countedQuestions(definition, answers);
    expect(ids(shown)).not.toContain('r2-applies');
    expect(ids(shown)).not.toContain('r2-likelihood');
    expect(Object.keys(counted)).toEqual(['sensitive']);
    expect(ids(visibleQuestions(definition, answers))).toEqual(ids(shown));
  });

  it('follows a confirmed answer that a model proposed', () => {
    const confirmed = countedQuestions(definition, {
      sensitive: { value: 'yes', answeredAt, proposedByModel: true },
    });
    expect(ids(confirmed.shown)).toContain('r2-applies');
    expect(Object.keys(confirmed.counted)).toEqual(['sensitive']);
  });

  it('does not mistake inherited object properties for answers', () => {
    const withConstructorId = loaded({
      ...riskFixtureInput(),
      sections: [
        {
          id: 'profile',
          title: 'Profile',
          questions: [
            { id: 'constructor', prompt: 'Name?', help: 'Help', kind: 'text' },
            { id: 'sensitive', prompt: 'Sensitive?', help: 'Help', kind: 'yes-no' },
          ],
        },
        ...riskFixtureInput().sections.slice(1),
      ],
    });
    expect(countedQuestions(withConstructorId, {}).counted).toEqual({});
  });
});
