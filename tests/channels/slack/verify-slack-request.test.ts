import { createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackRequest } from '../../../src/channels/slack/verify-slack-request.ts';

const encoder = new TextEncoder();

// The worked example on docs.slack.dev/authentication/verifying-requests-from-slack.
const documentedSecret = '8f742231b10e8888abcd99yyyzzz85a5';
const documentedTimestamp = '1531420618';
const documentedBody =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const documentedSignature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const documentedTime = new Date(Number(documentedTimestamp) * 1000);

function request(overrides: Partial<Parameters<typeof verifySlackRequest>[0]> = {}) {
  return {
    signingSecret: documentedSecret,
    timestamp: documentedTimestamp,
    signature: documentedSignature,
    rawBody: encoder.encode(documentedBody),
    now: documentedTime,
    ...overrides,
  };
}

describe('verifySlackRequest', () => {
  it("accepts Slack's documented example request", async () => {
    expect(
      await signSlackRequest(documentedSecret, documentedTimestamp, encoder.encode(documentedBody)),
    ).toBe(documentedSignature);
    expect(await verifySlackRequest(request())).toEqual({ success: true });
  });

  it('rejects a wrong signature and a tampered body', async () => {
    expect(await verifySlackRequest(request({ signature: `v0=${'0'.repeat(64)}` }))).toEqual({
      success: false,
      reason: 'bad-signature',
    });
    const tampered = encoder.encode(documentedBody.replace('text=', 'text=delete'));
    expect(await verifySlackRequest(request({ rawBody: tampered }))).toMatchObject({
      reason: 'bad-signature',
    });
    expect(await verifySlackRequest(request({ signingSecret: 'another-secret' }))).toMatchObject({
      reason: 'bad-signature',
    });
  });

  it('rejects a Slack request older than five minutes, or more than five minutes in the future', async () => {
    const seconds = (offset: number) => new Date((Number(documentedTimestamp) + offset) * 1000);
    expect(await verifySlackRequest(request({ now: seconds(300) }))).toEqual({ success: true });
    expect(await verifySlackRequest(request({ now: seconds(-300) }))).toEqual({ success: true });
    expect(await verifySlackRequest(request({ now: seconds(301) }))).toMatchObject({
      reason: 'stale-timestamp',
    });
    expect(await verifySlackRequest(request({ now: seconds(-301) }))).toMatchObject({
      reason: 'stale-timestamp',
    });
  });

  it('rejects missing or malformed headers', async () => {
    expect(await verifySlackRequest(request({ timestamp: undefined }))).toMatchObject({
      reason: 'missing-headers',
    });
    expect(await verifySlackRequest(request({ signature: undefined }))).toMatchObject({
      reason: 'missing-headers',
    });
    expect(await verifySlackRequest(request({ timestamp: '15314e6' }))).toMatchObject({
      reason: 'missing-headers',
    });
  });

  test.prop([
    fc.string({ minLength: 1 }),
    fc.uint8Array({ maxLength: 512 }),
    fc.integer({ min: 1e9, max: 2e9 }),
  ])("matches Node's HMAC for any secret, body bytes and timestamp", async (secret, body, timestamp) => {
    const oracle = `v0=${createHmac('sha256', secret)
      .update(Buffer.concat([Buffer.from(`v0:${timestamp}:`), Buffer.from(body)]))
      .digest('hex')}`;
    const rawBody = new Uint8Array(body);
    expect(await signSlackRequest(secret, String(timestamp), rawBody)).toBe(oracle);
    const verdict = await verifySlackRequest({
      signingSecret: secret,
      timestamp: String(timestamp),
      signature: oracle,
      rawBody,
      now: new Date(timestamp * 1000),
    });
    expect(verdict).toEqual({ success: true });
  });
});
