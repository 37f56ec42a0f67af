import type { LanguageModelMiddleware } from 'ai';
import { neutralizeModelText } from './neutralize-model-text.ts';

/** Enough for a grounded answer or an option number; a runaway generation stops here. */
const defaultMaxOutputTokens = 1024;

/**
 * Applies `neutralizeModelText` to every text part a model generates and caps output tokens.
 * Streams are not used by RAIA (answers are generated whole, then checked) and pass unchanged.
 */
export const inertOutputMiddleware: LanguageModelMiddleware = {
  specificationVersion: 'v3',
  transformParams: async ({ params }) => ({
    ...params,
    maxOutputTokens: params.maxOutputTokens ?? defaultMaxOutputTokens,
  }),
  wrapGenerate: async ({ doGenerate }) => {
    const result = await doGenerate();
    return {
      ...result,
      content: result.content.map((part) =>
        part.type === 'text' ? { ...part, text: neutralizeModelText(part.text) } : part,
      ),
    };
  },
};
