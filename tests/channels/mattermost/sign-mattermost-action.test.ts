import { describe, expect, it } from 'vitest';
import {
  createActionNonce,
  mattermostActionLifetimeSeconds,
  signMattermostAction,
  verifyMattermostAction,
} from '../../../src/channels/mattermost/sign-mattermost-action.ts';

const secret = 'mattermost-action-secret';
const now = new Date('2026-03-02T10:00:00.000Z');
const action = {
  session: 'session-1',
  channel: 'i3bb9xfyqt8rtbyshmyhgsj16c',
  user: 'k1x4aqdjy3813c84m771eoc9xo',
  userName: 'tester',
  nonce: 'bm9uY2Utb2YtYS1wb3N0',
  action: 'answer:yes',
  label: 'Yes',
};

describe('signMattermostAction', () => {
  it('produces a context that verifies until it expires', async () => {
    const context = await signMattermostAction(secret, action, now);
    expect(context).toMatchObject({
      ...action,
      expires: String(now.getTime() / 1000 + mattermostActionLifetimeSeconds),
    });
    expect(await verifyMattermostAction(secret, context, now)).toEqual({ success: true });
    const justAfter = new Date(now.getTime() + (mattermostActionLifetimeSeconds + 1) * 1000);
    expect(await verifyMattermostAction(secret, context, justAfter)).toEqual({
      success: false,
      reason: 'expired',
    });
  });

  it('rejects any change to the session, channel, user, nonce, action, label, expiry or signature as forged', async () => {
    const context = await signMattermostAction(secret, action, now);
    const forgeries = [
      { ...context, session: 'session-2' },
      { ...context, channel: 'another-channel' },
      { ...context, user: 'aoa1agao6t8fmx3ikt1j9w5ybw' },
      { ...context, userName: 'chief-inspector' },
      { ...context, nonce: 'YW5vdGhlci1ub25jZS14eA' },
      { ...context, action: 'answer:no' },
      { ...context, label: 'No' },
      { ...context, expires: String(Number(context.expires) + 86_400) },
      { ...context, signature: context.signature.replace(/^./, (first) => (first === 'A' ? 'B' : 'A')) },
    ];
    for (const forgery of forgeries) {
      expect(await verifyMattermostAction(secret, forgery, now)).toEqual({
        success: false,
        reason: 'forged',
      });
    }
    expect(await verifyMattermostAction('another-secret', context, now)).toEqual({
      success: false,
      reason: 'forged',
    });
  });
});

describe('createActionNonce', () => {
  it('gives every post a different nonce of 16 random bytes', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createActionNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
