import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import type { AnswerCheck } from '../questionnaires/validate-answer.ts';
import { interpretAnswer } from './interpret-answer.ts';

// Asked for option numbers or NONE, a model may still go on; what follows is not read.
const readLength = 100;

/**
 * Reads a language model's reply to "which option does this answer mean?" by the same rules as typed
 * input, so the reply can only ever name a value the question allows (and still needs confirming).
 */
export function interpretModelAnswer(
  definition: Questionnaire,
  question: Question,
  reply: string,
): AnswerCheck {
  return interpretAnswer(definition, question, reply.trim().slice(0, readLength));
}
