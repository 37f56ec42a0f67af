import { copyFileSync, mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type RaiaProcess, spawnRaiaServer } from './spawn-raia-server.ts';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const logLineSchema = z.object({ level: z.number(), msg: z.string(), path: z.string().optional() });

function post(url: string, body?: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The JSON log lines at error level (pino: 50) the process wrote. */
function errorLogs(server: RaiaProcess) {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => logLineSchema.parse(JSON.parse(line)))
    .filter((line) => line.level >= 50);
}

describe('the Node server when raia.db is deleted or replaced while it runs', () => {
  const running: RaiaProcess[] = [];
  let dataDirectory = '';

  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  async function startWithAnswer() {
    dataDirectory = mkdtempSync(join(tmpdir(), 'raia-replaced-'));
    const server = await spawnRaiaServer(dataDirectory);
    running.push(server);
    const created = await post(`${server.url}/api/sessions`);
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const turnUrl = `${server.url}/api/sessions/${sessionId}/messages`;
    expect((await post(turnUrl, { action: 'start:risk' })).status).toBe(200);
    expect((await post(turnUrl, { text: 'Custody matcher' })).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    return { server, sessionId, turnUrl, path: join(dataDirectory, 'raia.db') };
  }

  async function expectRefusedAndReported(server: RaiaProcess, turnUrl: string, path: string) {
    const refused = await post(turnUrl, { text: '1' });
    expect(refused.status).toBe(503);
    expect(errorSchema.parse(await refused.json()).error.code).toBe('store-unavailable');
    // Nothing else is acknowledged either: a new session would be lost just the same.
    expect((await post(`${server.url}/api/sessions`)).status).toBe(503);
    expect((await post(turnUrl, { text: '2' })).status).toBe(503);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('deleted or replaced'),
    });
    // Logged once, at error level, naming the file.
    const logged = errorLogs(server).filter((line) => line.msg.includes('deleted or replaced'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.path).toBe(path);
  }

  it('stops acknowledging writes, reports not-ready and logs once when the file is deleted', async () => {
    const { server, turnUrl, path } = await startWithAnswer();
    unlinkSync(path);
    await expectRefusedAndReported(server, turnUrl, path);
  });

  it('does the same when the file is replaced by another one (a restore under a running server)', async () => {
    const { server, turnUrl, path } = await startWithAnswer();
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);
    await expectRefusedAndReported(server, turnUrl, path);
  });

  it('still lets users read what they answered, so it can be exported before a restart', async () => {
    const { server, sessionId, path } = await startWithAnswer();
    unlinkSync(path);
    const view = await fetch(`${server.url}/api/sessions/${sessionId}`);
    expect(view.status).toBe(200);
    expect(JSON.stringify(await view.json())).toContain('Custody matcher');
  });
});
