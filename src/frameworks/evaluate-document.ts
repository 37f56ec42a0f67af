import { isUnsure } from '../questionnaires/answers.ts';
import { findNote } from '../questionnaires/question-notes.ts';
import type { ConditionReader } from './create-condition-reader.ts';
import type { PackDocument } from './framework-pack-schema.ts';
import type { PackInput } from './pack-input.ts';
import type { DocumentOutcome } from './pack-result-schema.ts';

/**
 * A document drafted from the answers: each element lists the answers (with their notes) of the
 * questions it is filled from, in the pack's order, and the rated risks if it takes them. An element
 * is marked missing when nothing real fills it: "I don't know" is shown, but fills no gap. An
 * element whose `appliesWhen` does not hold is left out (an impact not identified needs no plan).
 */
export function evaluateDocument(
  document: PackDocument,
  input: PackInput,
  read: ConditionReader,
): DocumentOutcome {
  const { answers, describe, prompt, notes = {}, ratedRisks = [] } = input;
  const applies =
    document.appliesWhen === undefined ? 'yes' : read(document.appliesWhen, 'applies-when').truth;
  // An element that cannot apply is left out; one that still may is kept, and marked missing while unfilled.
  const applying = document.elements.filter(
    (element) =>
      element.appliesWhen === undefined ||
      read(element.appliesWhen, `element:${element.id}:applies-when`).truth !== 'no',
  );
  const elements = applying.map((element) => {
    const answered = element.from.flatMap((questionId) => {
      const answer = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
      return answer === undefined ? [] : [{ questionId, value: answer.value }];
    });
    const entries = answered.map(({ questionId, value }) => ({
      questionId,
      prompt: prompt(questionId),
      answer: describe(questionId, value),
      note: findNote(notes, questionId)?.text ?? null,
    }));
    const risks = element.fromRatedRisks
      ? ratedRisks.map(({ riskId, title, level }) => ({ riskId, title, level }))
      : [];
    const filled = answered.some(({ value }) => !isUnsure(value)) || risks.length > 0;
    return { id: element.id, heading: element.heading, entries, risks, missing: !filled };
  });
  return {
    kind: 'document',
    id: document.id,
    title: document.title,
    applies,
    preface: document.preface,
    elements,
  };
}
