import { answerChoices } from '../questionnaires/answer-choices.ts';
import type { AnswerRecord } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import type { QuestionView } from './reply.ts';

/** What a channel needs to show a question; `options` are numbered 1, 2, ... in this order. */
export function questionView(
  definition: Questionnaire,
  question: Question,
  current?: AnswerRecord,
): QuestionView {
  return {
    questionnaireId: definition.id,
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    help: question.help,
    required: question.required,
    options: answerChoices(definition, question).map(({ value, label }) => ({ value, label })),
    currentAnswer: current?.value ?? null,
  };
}
