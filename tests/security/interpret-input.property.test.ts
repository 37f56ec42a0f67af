import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { interpretAction } from '../../src/conversation/interpret-action.ts';
import { interpretText } from '../../src/interpretation/interpret-text.ts';
import { looksLikeQuestion } from '../../src/interpretation/looks-like-question.ts';

const context = fc.record({
  asking: fc.boolean(),
  questionnaireIds: fc.subarray(['risk', 'readiness', 'agency-custom']),
});

/** Text as users (and attackers) type it: any Unicode, lone surrogates, controls, very long runs. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('a', ' ', '.', '!', '?', '\u200b', '\ud800', 'ﬁ', 'İ', '\n', ':'),
    maxLength: 4000,
  }),
  fc.constantFrom('start risk', "let's begin the readiness assessment", 'WHERE WAS I.', '', '   ', '?'),
);
/** Names on Object.prototype: a plain lookup table would find them, so they are generated too. */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

const anyAction = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom('start', 'answer', 'edit', 'nav', 'proposal', ''),
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
    )
    .map(([prefix, parts]) => [prefix, ...parts].join(':')),
  fc.constantFrom(...prototypeNames),
);

describe('interpret-input', () => {
  test.prop([anyText, context], { numRuns: 400 })(
    'interpretText never throws and returns an intent',
    (text, input) => {
      const intent = interpretText(text, input);
      expect(typeof intent.kind).toBe('string');
      expect(typeof looksLikeQuestion(text)).toBe('boolean');
      if (intent.kind === 'start') expect(input.questionnaireIds).toContain(intent.questionnaireId);
    },
  );

  test.prop([anyAction, context], { numRuns: 400 })(
    'interpretAction never throws and starts only known questionnaires',
    (action, input) => {
      const intent = interpretAction(action, input);
      expect(typeof intent.kind).toBe('string');
      if (intent.kind === 'start') expect(input.questionnaireIds).toContain(intent.questionnaireId);
    },
  );

  // `simpleActions[action]` once read Object.prototype for these ids, leaving an intent without a kind.
  it('treats Object.prototype names as unknown actions', () => {
    for (const action of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(interpretAction(action, { asking: true, questionnaireIds: ['risk'] })).toEqual({
        kind: 'unknown-action',
        action,
      });
    }
  });
});
