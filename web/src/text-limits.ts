// The page imports nothing from src/, so it keeps its own copy of the limits it states;
// tests/questionnaires/text-limits.test.ts fails if they drift from src/questionnaires/text-limits.ts.
export const pageTextLimits = { message: 4000, answer: 2000 } as const;

/** Counting starts at this share of a limit, so the limit is stated before it bites. */
const warnFrom = 0.8;

export type ComposerLimitStatus = {
  /** Empty while the text is well within every limit. */
  text: string;
  /** Over the message limit: the page does not send it (nor cut it); it stays in the box. */
  blocked: boolean;
};

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * What the page says under the message box for text of this length. At a free-text question the
 * answer limit comes first; a longer text can still be sent as a note ("note: …").
 */
export function composerLimitStatus(length: number, questionKind: string): ComposerLimitStatus {
  const { message, answer } = pageTextLimits;
  if (length > message)
    return {
      text: `${count(length)} characters: a message can have at most ${count(message)}. Shorten it or send it in parts; it stays here until it fits.`,
      blocked: true,
    };
  if (questionKind === 'text' && length > answer)
    return {
      text: `${count(length)} characters: an answer here can have at most ${count(answer)}. Shorten it, or start with "note:" to keep it as a note instead.`,
      blocked: false,
    };
  if (questionKind === 'text' && length >= answer * warnFrom)
    return {
      text: `${count(length)} of ${count(answer)} characters an answer here can have.`,
      blocked: false,
    };
  if (length >= message * warnFrom)
    return { text: `${count(length)} of ${count(message)} characters a message can have.`, blocked: false };
  return { text: '', blocked: false };
}
