import { describe, expect, it } from 'vitest';
import { expectsTypedAnswer } from '../../src/interpretation/expects-typed-answer.ts';
import { unknownQuestionKind } from '../../src/questionnaires/unknown-question-kind.ts';

describe('expectsTypedAnswer', () => {
  it.each([
    ['number', true],
    ['text', true],
    ['single', false],
    ['multiple', false],
    ['scale', false],
    ['yes-no', false],
  ] as const)('says whether a %s question is answered by typing: %s', (kind, typed) => {
    expect(expectsTypedAnswer(kind)).toBe(typed);
  });
});

describe('unknownQuestionKind', () => {
  it('names the kind whether it is given the question or the bare kind', () => {
    expect(() => unknownQuestionKind('date' as never)).toThrow(
      'RAIA does not know the question kind "date".',
    );
    expect(() => unknownQuestionKind({ kind: 'date' } as never)).toThrow(
      'RAIA does not know the question kind "date".',
    );
  });
});
