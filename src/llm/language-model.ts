import { createOpenAI } from '@ai-sdk/openai';
import { wrapLanguageModel } from 'ai';
import type { Config } from '../config.ts';
import { inertOutputMiddleware } from './inert-output-middleware.ts';
import type { LanguageModelV3 } from './language-model-v3.ts';
import type { ModelLog } from './model-log.ts';
import { createResilientModel } from './resilient-model.ts';

export type LanguageModelConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'RAIA_MODEL'> &
  Partial<
    Pick<Config, 'RAIA_MODEL_TIMEOUT_MS' | 'RAIA_MODEL_BREAKER_FAILURES' | 'RAIA_MODEL_BREAKER_COOLDOWN_MS'>
  >;

/**
 * The model RAIA phrases answers with, or undefined when no API key is configured (answers are then
 * extractive). With OPENAI_BASE_URL it speaks `/v1/chat/completions`, the API Ollama, vLLM and other
 * OpenAI-compatible servers implement; `openai(id)` would use the Responses API only OpenAI offers.
 */
export function createLanguageModel(
  config: LanguageModelConfig,
  log?: ModelLog,
): LanguageModelV3 | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  const provider = config.OPENAI_BASE_URL
    ? createOpenAI({ baseURL: config.OPENAI_BASE_URL, apiKey: config.OPENAI_API_KEY }).chat(config.RAIA_MODEL)
    : createOpenAI({ apiKey: config.OPENAI_API_KEY })(config.RAIA_MODEL);
  return hardenLanguageModel(provider, config, log);
}

/**
 * What every configured model goes through (tests pass their mock models through it too): a
 * circuit breaker with a timeout, then output neutralisation, so a failing model fails fast and a
 * manipulated one cannot emit live links, images or HTML. `log` hears of every failed call and
 * every opening of the breaker.
 */
export function hardenLanguageModel(
  model: LanguageModelV3,
  config: Partial<
    Pick<Config, 'RAIA_MODEL_TIMEOUT_MS' | 'RAIA_MODEL_BREAKER_FAILURES' | 'RAIA_MODEL_BREAKER_COOLDOWN_MS'>
  > = {},
  log?: ModelLog,
): LanguageModelV3 {
  const resilient = createResilientModel(model, {
    consecutiveFailures: config.RAIA_MODEL_BREAKER_FAILURES ?? 5,
    halfOpenAfterMs: config.RAIA_MODEL_BREAKER_COOLDOWN_MS ?? 30_000,
    timeoutMs: config.RAIA_MODEL_TIMEOUT_MS ?? 15_000,
    ...(log === undefined ? {} : { log }),
  });
  return wrapLanguageModel({ model: resilient, middleware: inertOutputMiddleware });
}
