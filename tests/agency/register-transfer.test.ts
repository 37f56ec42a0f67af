import { describe, expect, it } from 'vitest';
import { createRealApp, jsonRequest } from '../server/real-app.ts';
import { storyMove, storySystemName } from './story-answers.ts';

type App = ReturnType<typeof createRealApp>['app'];

async function call(app: App, method: string, path: string, body?: unknown) {
  const response = await app.request(path, body === undefined ? { method } : jsonRequest(method, body));
  return {
    status: response.status,
    json: await response.json(),
    disposition: response.headers.get('content-disposition'),
  };
}

async function signedSystem(app: App) {
  const system = (await call(app, 'POST', '/api/systems', { name: storySystemName })).json;
  const { sessionId } = (await call(app, 'POST', `/api/systems/${system.id}/assessments`)).json;
  let reply = (await call(app, 'POST', `/api/sessions/${sessionId}/messages`, { action: 'begin' })).json;
  for (let step = 0; step < 120 && reply.question !== null; step += 1)
    reply = (
      await call(
        app,
        'POST',
        `/api/sessions/${sessionId}/messages`,
        storyMove(reply.question, reply.quickReplies, 'first'),
      )
    ).json;
  await call(app, 'POST', `/api/sessions/${sessionId}/messages`, { action: 'submit' });
  const signed = await call(app, 'POST', `/api/sessions/${sessionId}/sign-off`, {
    decision: 'approved',
    signatoryName: 'Victor Reyes',
  });
  expect(signed.status).toBe(201);
  return { system, sessionId, contentHash: signed.json.contentHash as string };
}

describe('register export and import', () => {
  it('carries systems, history and signed assessments to another installation, still frozen', async () => {
    const source = createRealApp().app;
    const { system, contentHash } = await signedSystem(source);
    const exported = await call(source, 'GET', '/api/systems/export');
    expect(exported.status).toBe(200);
    expect(exported.disposition).toMatch(/^attachment; filename="raia-register-\d{4}-\d{2}-\d{2}\.json"/);
    expect(exported.json.sessions).toHaveLength(1);

    const target = createRealApp().app;
    const imported = await call(target, 'POST', '/api/systems/import', exported.json);
    expect(imported).toMatchObject({ status: 201, json: { systems: 1, sessions: 1, missingSessions: 0 } });
    const detail = (await call(target, 'GET', `/api/systems/${system.id}`)).json;
    expect(detail.system.name).toBe(storySystemName);
    const [link] = detail.assessments;
    expect(link.summary).toMatchObject({ state: 'signed-off', signOff: { contentHash } });
    const change = await call(target, 'POST', `/api/sessions/${link.sessionId}/messages`, {
      action: 'review',
    });
    expect(change.status).toBe(409);
    const audit = (await call(target, 'GET', `/api/systems/${system.id}/audit`)).json;
    expect(audit.register.map((entry: { event: string }) => entry.event)).toEqual(['system-imported']);

    // The same file again: the names clash and nothing changes.
    const again = await call(target, 'POST', '/api/systems/import', exported.json);
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain(`"${storySystemName}"`);
    expect((await call(target, 'GET', '/api/systems')).json.systems).toHaveLength(1);
  });

  it('refuses a file that is not a register export, naming the field', async () => {
    const { app } = createRealApp();
    const response = await call(app, 'POST', '/api/systems/import', { format: 'something-else' });
    expect(response.status).toBe(400);
    expect(response.json.error.field).toBe('format');
  });
});
