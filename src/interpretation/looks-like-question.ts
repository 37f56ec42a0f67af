import { normalizeCommandText } from './normalize-text.ts';

/** Does this free text look like a question rather than an attempted answer? */
export function looksLikeQuestion(text: string): boolean {
  const normalized = normalizeCommandText(text);
  return (
    normalized.endsWith('?') ||
    /^(?:what|why|how|who|when|where|which|does|do|is|are|can|could|should|would|explain|tell me|define)\b/.test(
      normalized,
    )
  );
}

/** A trailing "?": for a free-text question, where any text is an answer, the one sign of a question. */
export function endsWithQuestionMark(text: string): boolean {
  return /\?\s*$/.test(text);
}
