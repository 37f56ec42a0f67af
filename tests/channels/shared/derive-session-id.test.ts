import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { deriveSessionId } from '../../../src/channels/shared/derive-session-id.ts';

describe('deriveSessionId', () => {
  it('gives one stable, 32-byte base64url id per conversation and secret', async () => {
    const key = ['slack', 'T1', 'C1', '1515449522.000016'];
    const id = await deriveSessionId('secret', key);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await deriveSessionId('secret', [...key])).toBe(id);
    expect(await deriveSessionId('other-secret', key)).not.toBe(id);
    expect(await deriveSessionId('secret', ['slack', 'T1', 'C1', '1515449522.000017'])).not.toBe(id);
  });

  test.prop([
    fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
    fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
  ])(
    'never maps two different keys to one id, even when their parts concatenate alike',
    async (left, right) => {
      fc.pre(JSON.stringify(left) !== JSON.stringify(right));
      expect(await deriveSessionId('secret', left)).not.toBe(await deriveSessionId('secret', right));
    },
  );

  it('keeps keys whose joined text is equal apart', async () => {
    expect(await deriveSessionId('s', ['a:b', 'c'])).not.toBe(await deriveSessionId('s', ['a', 'b:c']));
  });
});
