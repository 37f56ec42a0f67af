import { describe, expect, it } from 'vitest';
import { createTeamChatRoutes } from '../../src/channels/create-team-chat-routes.ts';
import { createBackgroundTasks } from '../channels/background-tasks.ts';
import { signedRequest } from '../channels/slack/slack-test-kit.ts';
import { silentLog, testConfig } from '../channels/test-config.ts';
import { createRealApp } from './real-app.ts';

const formHeaders = {
  'content-type': 'application/x-www-form-urlencoded',
  origin: 'https://evil.example',
};

describe('cross-site requests', () => {
  it('refuses a cross-origin form POST to every /api write and leaves the session unchanged', async () => {
    const { app, assistant } = createRealApp();
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    const id = created.data.sessionId;
    const before = await assistant.exportSession(id);
    const body = new URLSearchParams({ text: 'yes', action: 'submit' }).toString();
    for (const path of [
      `/api/sessions/${id}/messages`,
      '/api/sessions',
      '/api/sessions/import',
      '/api/chat',
      '/api/ask',
    ]) {
      for (const headers of [formHeaders, { ...formHeaders, 'sec-fetch-site': 'cross-site' }]) {
        const response = await app.request(path, { method: 'POST', headers, body });
        expect([403, 415], path).toContain(response.status);
      }
      // text/plain is the other body a cross-site form can send.
      const plain = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body,
      });
      expect(plain.status, path).toBe(415);
      expect(await plain.json()).toMatchObject({ error: { code: 'unsupported-media-type' } });
    }
    const after = await assistant.exportSession(id);
    expect(after.success && after.data.session).toEqual(before.success && before.data.session);
  });

  it('refuses a JSON write marked cross-site by the browser, but not a same-origin one', async () => {
    const { app } = createRealApp();
    const post = (site: string) =>
      app.request('/api/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': site },
        body: '{}',
      });
    expect((await post('cross-site')).status).toBe(403);
    expect((await post('same-origin')).status).toBe(201);
  });

  it('still accepts Slack webhooks, which are form-encoded and carry no Origin', async () => {
    const background = createBackgroundTasks();
    const slackRoutes = createTeamChatRoutes({
      assistant: createRealApp().assistant,
      config: testConfig({
        SLACK_SIGNING_SECRET: 'slack-signing-secret-for-tests',
        SLACK_BOT_TOKEN: 'xoxb-test',
      }),
      now: () => new Date('2026-03-02T10:00:00.000Z'),
      runInBackground: background.run,
      logger: silentLog,
    });
    const { app } = createRealApp({ extraRoutes: slackRoutes });
    const body = new URLSearchParams({ payload: JSON.stringify({ type: 'view_closed' }) }).toString();
    const response = await app.request(
      signedRequest('/slack/interactions', body, { contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(200);
    const unsigned = await app.request('/slack/interactions', { method: 'POST', headers: formHeaders, body });
    expect(unsigned.status).toBe(401);
  });
});
