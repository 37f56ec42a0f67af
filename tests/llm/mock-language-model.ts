import { MockLanguageModelV3 } from 'ai/test';

// Derived from the mock rather than imported from @ai-sdk/provider, which is not a direct dependency.
type LanguageModelV3GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

/** A generate result carrying `text`, in the ai@6 (V3) shape. */
export function generatedText(text: string): LanguageModelV3GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 20, text: 20, reasoning: undefined },
    },
    warnings: [],
  };
}

/** Answers every call with the same text. */
export function modelAnswering(text: string): MockLanguageModelV3 {
  return new MockLanguageModelV3({ doGenerate: generatedText(text) });
}

/** Rejects every call, as an unreachable provider does. */
export function failingModel(message = 'provider exploded'): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doGenerate: async () => {
      throw new Error(message);
    },
  });
}

/** Never answers and ignores the abort signal: only the caller's own timeout can end the wait. */
export function hangingModel(): MockLanguageModelV3 {
  return new MockLanguageModelV3({ doGenerate: () => new Promise<never>(() => {}) });
}
