import type { Question, Questionnaire } from '../questionnaires/schema.ts';

/** One thing a person can pick, numbered from 1 in the order the definition lists it. */
export type AnswerChoice = {
  number: number;
  value: string | number;
  label: string;
  synonyms: string[];
};

// A yes-no question without its own options still has the two obvious ones.
const defaultYesNo = [
  { value: 'yes', label: 'Yes', synonyms: [] },
  { value: 'no', label: 'No', synonyms: [] },
];

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
      return question.options ?? [];
    case 'yes-no':
      return question.options ?? defaultYesNo;
    case 'scale':
      return definition.scales.find((scale) => scale.id === question.scale)?.points ?? [];
    default:
      return [];
  }
}

/** "1 Yes, 2 No": how choices are listed in prompts and error messages. */
export function formatChoices(choices: AnswerChoice[]): string {
  return choices.map((choice) => `${choice.number} ${choice.label}`).join(', ');
}
