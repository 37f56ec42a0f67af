import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { Config } from '../config.ts';

export type LanguageModelConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'RAIA_MODEL'>;

/**
 * The model RAIA phrases answers with, or undefined when no API key is configured (answers are then
 * extractive). With OPENAI_BASE_URL it speaks `/v1/chat/completions`, the API Ollama, vLLM and other
 * OpenAI-compatible servers implement; `openai(id)` would use the Responses API only OpenAI offers.
 */
export function createLanguageModel(config: LanguageModelConfig): LanguageModel | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  if (config.OPENAI_BASE_URL) {
    return createOpenAI({ baseURL: config.OPENAI_BASE_URL, apiKey: config.OPENAI_API_KEY }).chat(
      config.RAIA_MODEL,
    );
  }
  return createOpenAI({ apiKey: config.OPENAI_API_KEY })(config.RAIA_MODEL);
}
