import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitText, truncateText } from '../../../src/channels/shared/split-text.ts';

describe('splitText', () => {
  it('cuts at paragraph boundaries first', () => {
    const paragraph = 'a'.repeat(60);
    expect(splitText(`${paragraph}\n\n${paragraph}`, 100)).toEqual([paragraph, paragraph]);
  });

  test.prop([fc.string({ maxLength: 5000 }), fc.integer({ min: 20, max: 3000 })])(
    'keeps every piece within the limit and loses only whitespace at the cuts',
    (text, limit) => {
      const pieces = splitText(text, limit);
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(limit);
      expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    },
  );
});

describe('truncateText', () => {
  it('marks a cut with an ellipsis and leaves short text alone', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
    expect(truncateText('abc', 4)).toBe('abc');
  });
});
