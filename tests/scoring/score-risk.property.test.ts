import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { questionOptions } from '../../src/questionnaires/question-options.ts';
import type { Questionnaire, RiskItem } from '../../src/questionnaires/schema.ts';
import { riskResultSchema } from '../../src/scoring/result-schema.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { arbitraryAnswers, reordered } from './arbitrary-answers.ts';
import { answeredAt, loaded, riskFixtureInput } from './fixtures.ts';

const builtIn = builtInQuestionnaires().find((definition) => definition.id === 'risk');
if (builtIn === undefined) throw new Error('no built-in risk');
const definitions: Array<[string, Questionnaire]> = [
  ['fixture', loaded(riskFixtureInput())],
  ['built-in risk', builtIn],
];

describe.each(definitions)('scoreRisk properties (%s)', (_name, definition) => {
  if (definition.scoring.kind !== 'risk') throw new Error('not a risk definition');
  const { scoring } = definition;
  const questions = definition.sections.flatMap((section) => section.questions);
  const pointsOf = (scaleId: string) =>
    definition.scales.find((scale) => scale.id === scaleId)?.points.map((point) => point.value) ?? [];
  const orderedPair = (values: number[]) =>
    fc
      .tuple(fc.constantFrom(...values), fc.constantFrom(...values))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const mitigationValues = (item: RiskItem) => {
    const mitigation = questions.find((question) => question.id === item.mitigation);
    return (mitigation === undefined ? [] : questionOptions(mitigation)).map((option) => ({
      value: option.value,
      reduction: option.levelReduction ?? 0,
    }));
  };

  test.prop([arbitraryAnswers(definition)])('is deterministic', (answers) => {
    expect(scoreRisk(definition, structuredClone(answers))).toEqual(scoreRisk(definition, answers));
  });

  test.prop([arbitraryAnswers(definition, { wild: true })])(
    'scores any partial answer set and lists what is missing',
    (answers) => {
      const result = scoreRisk(definition, answers);
      expect(riskResultSchema.parse(result)).toEqual(result);
      expect(result.counts.answered + result.counts.unanswered).toBe(result.counts.shown);
      for (const risk of result.risks) {
        if (risk.assessed && risk.inherentLevel === null) {
          const item = scoring.risks.find((candidate) => candidate.id === risk.riskId);
          // Either a rating is still open, or the definition hides it for this applicability answer.
          const blocked = [item?.likelihood, item?.severity].filter(
            (id) =>
              result.openItems.some((open) => open.questionId === id) ||
              risk.trace.some(
                (entry) => entry.questionId === id && entry.note.startsWith('question not shown'),
              ),
          );
          expect(blocked.length).toBeGreaterThan(0);
        }
        if (risk.residualLevel !== null && risk.inherentLevel !== null && risk.mitigation !== null) {
          expect(risk.residualLevel.rank).toBe(
            Math.max(0, risk.inherentLevel.rank - risk.mitigation.levelReduction),
          );
        }
      }
    },
  );

  test.prop([arbitraryAnswers(definition), fc.array(fc.nat(), { minLength: 1 })])(
    'gives the same result whatever order the answers were inserted in',
    (answers, order) => {
      expect(scoreRisk(definition, reordered(answers, order))).toEqual(scoreRisk(definition, answers));
    },
  );

  test.prop([arbitraryAnswers(definition), arbitraryAnswers(definition, { wild: true })])(
    'lets answers to hidden questions contribute nothing',
    (answers, extra) => {
      const result = scoreRisk(definition, answers);
      // Shown: unconditional questions, open items, and the questions each rated risk traced.
      const shown = new Set([
        ...questions.filter((question) => question.showIf === undefined).map((question) => question.id),
        ...result.openItems.map((item) => item.questionId),
        ...result.risks.flatMap((risk) =>
          risk.trace.flatMap((entry) =>
            entry.questionId === null || entry.note.startsWith('question not shown')
              ? []
              : [entry.questionId],
          ),
        ),
      ]);
      const withHidden: Answers = { ...answers };
      const withoutHidden: Answers = {};
      for (const question of questions) {
        const record = answers[question.id];
        const added = extra[question.id];
        if (shown.has(question.id)) {
          if (record !== undefined) withoutHidden[question.id] = record;
        } else if (added !== undefined) {
          withHidden[question.id] = added;
        }
      }
      expect(scoreRisk(definition, withHidden)).toEqual(result);
      expect(scoreRisk(definition, withoutHidden)).toEqual(result);
    },
  );

  test.prop([arbitraryAnswers(definition)])('treats proposedByModel as provenance only', (answers) => {
    const unflagged = Object.fromEntries(
      Object.entries(answers).map(([id, { proposedByModel: _provenance, ...record }]) => [id, record]),
    );
    expect(scoreRisk(definition, answers)).toEqual(scoreRisk(definition, unflagged));
  });

  test.prop([
    arbitraryAnswers(definition),
    fc
      .constantFrom(...scoring.risks)
      .chain((item) =>
        fc.tuple(
          fc.constant(item),
          orderedPair(pointsOf(scoring.likelihoodScale)),
          orderedPair(pointsOf(scoring.severityScale)),
          fc.constantFrom(...mitigationValues(item)),
        ),
      ),
  ])(
    'never lowers a risk level when likelihood or severity rises',
    (answers, [item, [likelyLow, likelyHigh], [severeLow, severeHigh], mitigation]) => {
      const rate = (likelihood: AnswerValue, severity: AnswerValue) => {
        const next: Answers = {
          ...answers,
          [item.likelihood]: { value: likelihood, answeredAt },
          [item.severity]: { value: severity, answeredAt },
          [item.mitigation]: { value: mitigation.value, answeredAt },
        };
        if (item.applicability !== undefined) next[item.applicability] = { value: 'yes', answeredAt };
        const risk = scoreRisk(definition, next).risks.find((candidate) => candidate.riskId === item.id);
        return { inherent: risk?.inherentLevel?.rank ?? -1, residual: risk?.residualLevel?.rank ?? -1 };
      };
      const low = rate(likelyLow, severeLow);
      const high = rate(likelyHigh, severeHigh);
      const unsure = rate({ unsure: true }, { unsure: true });
      expect(high.inherent).toBeGreaterThanOrEqual(low.inherent);
      expect(high.residual).toBeGreaterThanOrEqual(low.residual);
      // "I don't know" is the worst point: never rated below a concrete answer.
      expect(unsure.inherent).toBeGreaterThanOrEqual(high.inherent);
    },
  );

  test.prop([
    arbitraryAnswers(definition),
    fc
      .constantFrom(...scoring.risks)
      .chain((item) =>
        fc.tuple(
          fc.constant(item),
          fc.constantFrom(...mitigationValues(item)),
          fc.constantFrom(...mitigationValues(item)),
        ),
      ),
  ])('never raises the residual level when safeguards improve', (answers, [item, first, second]) => {
    const [weaker, stronger] = first.reduction <= second.reduction ? [first, second] : [second, first];
    const residual = (value: string) =>
      scoreRisk(definition, { ...answers, [item.mitigation]: { value, answeredAt } }).risks.find(
        (risk) => risk.riskId === item.id,
      )?.residualLevel?.rank ?? -1;
    expect(residual(stronger.value)).toBeLessThanOrEqual(residual(weaker.value));
  });
});
