import type { wrapLanguageModel } from 'ai';

/** The provider-level model interface (what `createOpenAI().chat()` and `MockLanguageModelV3` are). */
export type LanguageModelV3 = Parameters<typeof wrapLanguageModel>[0]['model'];
