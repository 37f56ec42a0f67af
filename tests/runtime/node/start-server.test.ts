import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.ts';
import { startServer } from '../../../src/runtime/node/start-server.ts';
import { silentLogger } from '../../../src/server/logger.ts';

describe('startServer', () => {
  let dataDirectory: string;
  beforeEach(() => {
    dataDirectory = join(mkdtempSync(join(tmpdir(), 'raia-start-')), 'nested', 'data');
  });
  afterEach(() => rmSync(join(dataDirectory, '..', '..'), { recursive: true, force: true }));

  it('serves the API on a free loopback port, keeps sessions in RAIA_DATA_DIR and closes', async () => {
    const config = configSchema.parse({ RAIA_DATA_DIR: dataDirectory, PORT: '0' });
    const server = await startServer({ config, logger: silentLogger });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const created = await fetch(`${server.url}/api/sessions`, { method: 'POST' });
      expect(created.status).toBe(201);
      expect(existsSync(join(dataDirectory, 'raia.db'))).toBe(true);
      expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('rejects when the port is taken, leaving the first server running', async () => {
    const config = configSchema.parse({ RAIA_DATA_DIR: dataDirectory, PORT: '0' });
    const first = await startServer({ config, logger: silentLogger });
    try {
      await expect(startServer({ config, port: first.port, logger: silentLogger })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      await first.close();
    }
  });

  it('mounts the Slack routes when Slack is configured, and answers a signed url_verification', async () => {
    const secret = 'test-signing-secret';
    const config = configSchema.parse({
      RAIA_DATA_DIR: dataDirectory,
      PORT: '0',
      SLACK_SIGNING_SECRET: secret,
      SLACK_BOT_TOKEN: 'xoxb-test',
    });
    const server = await startServer({ config, logger: silentLogger });
    try {
      const body = JSON.stringify({ type: 'url_verification', challenge: 'challenge-123', token: 'x' });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const response = await fetch(`${server.url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': signature,
        },
        body,
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('challenge-123');
      const forged = await fetch(`${server.url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': 'v0=00',
        },
        body,
      });
      expect(forged.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('refuses to start with a half-configured Slack app', async () => {
    const config = configSchema.parse({
      RAIA_DATA_DIR: dataDirectory,
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-test',
    });
    await expect(startServer({ config, logger: silentLogger })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });
});
