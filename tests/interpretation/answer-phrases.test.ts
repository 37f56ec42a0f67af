import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { confirmationReply } from '../../src/interpretation/answer-phrases.ts';

// The reading apply-turn.ts did with its own regexes before it moved here: the oracle for "identical".
function formerReading(text: string): 'confirm' | 'reject' | null {
  const normalized = text.trim().toLowerCase();
  if (/^(?:y|yes|yeah|yep|correct|right|confirm|that'?s right|ok|okay)\.?$/.test(normalized))
    return 'confirm';
  if (/^(?:n|no|nope|wrong|reject|not right|incorrect)\.?$/.test(normalized)) return 'reject';
  return null;
}

const words = [
  'y',
  'yes',
  'YES',
  'Yep',
  'ok',
  'okay',
  "that's right",
  'thats right',
  'n',
  'no',
  'Nope',
  'not right',
];
const replies = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\n', '\t'),
      fc.constantFrom(...words, 'wrong', 'reject', 'incorrect', 'confirm', 'right', 'correct', 'sure'),
      fc.constantFrom('', '.', '..', '!', '?', ' ', ' please', ', the second one'),
    )
    .map((parts) => parts.join('')),
);

describe('confirmationReply', () => {
  test.prop([replies], { numRuns: 1000 })('reads replies exactly as apply-turn did', (text) => {
    expect(confirmationReply(text)).toBe(formerReading(text));
  });

  it('confirms or rejects only when the reply says nothing else', () => {
    expect(confirmationReply(' Yes. ')).toBe('confirm');
    expect(confirmationReply("That's right")).toBe('confirm');
    expect(confirmationReply('nope')).toBe('reject');
    expect(confirmationReply('no, the second one')).toBeNull();
    expect(confirmationReply('yes!')).toBeNull();
  });
});
