import { beforeAll, describe, expect, it } from 'vitest';
import { verifyTeamsToken } from '../../../src/channels/teams/verify-teams-token.ts';
import { appId, botFrameworkToken, createSigningKeys, now, nowSeconds } from './teams-test-kit.ts';

const serviceUrl = 'https://smba.trafficmanager.net/amer/';
let keys: Awaited<ReturnType<typeof createSigningKeys>>;
let otherKeys: Awaited<ReturnType<typeof createSigningKeys>>;
beforeAll(async () => {
  keys = await createSigningKeys();
  otherKeys = await createSigningKeys();
});

async function check(token: string, activityServiceUrl = serviceUrl) {
  return verifyTeamsToken({
    authorization: `Bearer ${token}`,
    serviceUrl: activityServiceUrl,
    appId,
    keySet: keys.keySet,
    now,
  });
}

describe('verifyTeamsToken', () => {
  it('accepts a valid Bot Connector token, also within five minutes of clock skew', async () => {
    expect(await check(await botFrameworkToken(keys.privateKey, { serviceUrl }))).toEqual({ success: true });
    const justExpired = await botFrameworkToken(keys.privateKey, { serviceUrl, expiresAt: nowSeconds - 240 });
    expect(await check(justExpired)).toEqual({ success: true });
  });

  it.each([
    ['a wrong audience', { audience: 'another-bot' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['a wrong issuer', { issuer: 'https://sts.windows.net/evil/' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['an expired token', { expiresAt: nowSeconds - 301 }, 'ERR_JWT_EXPIRED'],
    ['a token not valid yet', { notBefore: nowSeconds + 301 }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  ])('rejects %s', async (_name, claims, reason) => {
    expect(await check(await botFrameworkToken(keys.privateKey, { serviceUrl, ...claims }))).toEqual({
      success: false,
      reason,
    });
  });

  it('rejects a token signed with another key', async () => {
    const token = await botFrameworkToken(otherKeys.privateKey, { serviceUrl });
    expect(await check(token)).toEqual({ success: false, reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it("rejects a token whose serviceurl claim is not the activity's serviceUrl", async () => {
    const token = await botFrameworkToken(keys.privateKey, { serviceUrl });
    expect(await check(token, 'https://attacker.example/')).toEqual({
      success: false,
      reason: 'service-url-mismatch',
    });
  });

  it('rejects a missing or non-Bearer Authorization header and an unsigned token', async () => {
    const base = { serviceUrl, appId, keySet: keys.keySet, now };
    expect(await verifyTeamsToken({ ...base, authorization: undefined })).toEqual({
      success: false,
      reason: 'missing-token',
    });
    expect(await verifyTeamsToken({ ...base, authorization: 'Basic abc' })).toEqual({
      success: false,
      reason: 'missing-token',
    });
    const payload = (await botFrameworkToken(keys.privateKey, { serviceUrl })).split('.')[1];
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(await check(unsigned)).toMatchObject({ success: false });
  });

  it('refuses the request when the key set cannot be loaded', async () => {
    const token = await botFrameworkToken(keys.privateKey, { serviceUrl });
    const unreachable = async () => {
      throw new TypeError('fetch failed');
    };
    expect(
      await verifyTeamsToken({
        authorization: `Bearer ${token}`,
        serviceUrl,
        appId,
        keySet: unreachable,
        now,
      }),
    ).toEqual({ success: false, reason: 'key-set-unavailable' });
  });
});
