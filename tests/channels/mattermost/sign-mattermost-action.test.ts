import { describe, expect, it } from 'vitest';
import {
  mattermostActionLifetimeSeconds,
  signMattermostAction,
  verifyMattermostAction,
} from '../../../src/channels/mattermost/sign-mattermost-action.ts';

const secret = 'mattermost-action-secret';
const now = new Date('2026-03-02T10:00:00.000Z');
const action = { session: 'session-1', action: 'answer:yes', label: 'Yes' };

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

  it('rejects any change to the session, action, label, expiry or signature as forged', async () => {
    const context = await signMattermostAction(secret, action, now);
    const forgeries = [
      { ...context, session: 'session-2' },
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
