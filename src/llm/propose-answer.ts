import { generateText, type LanguageModel } from 'ai';
import { AppError, type Result } from '../app-error.ts';
import { interpretModelAnswer } from '../interpretation/interpret-model-answer.ts';
import { isFreeText } from '../interpretation/is-free-text.ts';
import type { AnswerValue } from '../questionnaires/answers.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { proposalPrompt } from './proposal-prompt.ts';

export type ProposeAnswerRequest = {
  model: LanguageModel;
  definition: Questionnaire;
  question: Question;
  text: string;
  timeoutMs: number;
};

/**
 * Asks the model which option the user's words mean. The model's output is only a hint: it must
 * be a bare option number the question offers, so it can never produce a value the question does
 * not allow, and the user must still confirm it before it counts. Errors: `model-unavailable` when
 * the call failed (the session's notice says so once), `unprocessable` when the model answered
 * NONE or anything else (no proposal: the person is simply asked to choose).
 */
export async function proposeAnswer(request: ProposeAnswerRequest): Promise<Result<AnswerValue>> {
  const { definition, question } = request;
  if (isFreeText(question)) {
    return {
      success: false,
      error: new AppError('unprocessable', 'Free-text questions need no interpretation.'),
    };
  }
  const { system, prompt, maxOutputTokens } = proposalPrompt(definition, question, request.text);
  let reply: string;
  try {
    const result = await generateText({
      model: request.model,
      maxRetries: 1,
      abortSignal: AbortSignal.timeout(request.timeoutMs),
      // The same words must give the same proposal: no sampling.
      temperature: 0,
      maxOutputTokens,
      system,
      prompt,
    });
    reply = result.text;
  } catch (error) {
    return {
      success: false,
      error: new AppError('model-unavailable', 'The language model is unavailable.', { cause: error }),
    };
  }
  const interpreted = interpretModelAnswer(definition, question, reply);
  if (!interpreted.success) {
    return { success: false, error: new AppError('unprocessable', 'The model found no matching option.') };
  }
  return { success: true, data: interpreted.value };
}
