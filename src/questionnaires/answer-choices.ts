import type { Question, Questionnaire } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/** One thing a person can pick, numbered from 1 in the order the definition lists it. */
export type AnswerChoice = {
  number: number;
  value: string | number;
  label: string;
  synonyms: string[];
};

/** The options of a single, multiple or yes-no question, or the points of a scale question; empty otherwise. */
export function answerChoices(definition: Questionnaire, question: Question): AnswerChoice[] {
  const listed = choiceSource(definition, question);
  return listed.map((choice, index) => ({
    number: index + 1,
    value: choice.value,
    label: choice.label,
    synonyms: choice.synonyms,
  }));
}

function choiceSource(
  definition: Questionnaire,
  question: Question,
): Array<{ value: string | number; label: string; synonyms: string[] }> {
  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'yes-no':
      return question.options;
    case 'scale':
      return definition.scales.find((scale) => scale.id === question.scale)?.points ?? [];
    case 'text':
    case 'number':
      return [];
    default:
      return unknownQuestionKind(question);
  }
}

/** "1 Yes, 2 No": how choices are listed in prompts and error messages. */
export function formatChoices(choices: AnswerChoice[]): string {
  return choices.map((choice) => `${choice.number} ${choice.label}`).join(', ');
}
