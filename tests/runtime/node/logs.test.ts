import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../../src/config.ts';
import { createLogger } from '../../../src/runtime/node/create-logger.ts';
import { createAuditLog } from '../../../src/server/audit-log.ts';
import { bearer, createRealApp, jsonRequest } from '../../server/real-app.ts';

const token = 'alice-token-7a1e2b9c4d5f6071';
const secretAnswer = 'Operation Nightjar facial matcher at Custody Suite 7';

function captureLogs() {
  const lines: string[] = [];
  const logger = createLogger(configSchema.parse({ LOG_LEVEL: 'info' }), {
    write: (line: string) => lines.push(line),
  });
  return {
    logger,
    lines,
    entries: () => lines.map((line) => z.record(z.string(), z.unknown()).parse(JSON.parse(line))),
  };
}

describe('logs', () => {
  it('record requests and audited answer changes without answer text or the token', async () => {
    const { logger, lines, entries } = captureLogs();
    const { app } = createRealApp({
      environment: { RAIA_API_TOKENS: `police-a:alice:${token}` },
      logger,
      onAudit: createAuditLog(logger),
    });
    const created = await app.request('/api/sessions', { method: 'POST', headers: bearer(token) });
    const { sessionId } = z.object({ sessionId: z.string() }).parse(await created.json());
    const send = (body: object) =>
      app.request(
        `/api/sessions/${sessionId}/messages?debug=${secretAnswer.slice(0, 9)}`,
        jsonRequest('POST', body, bearer(token)),
      );
    expect((await send({ action: 'start:risk' })).status).toBe(200);
    expect((await send({ text: secretAnswer })).status).toBe(200);
    expect((await send({ text: 'yes' })).status).toBe(200);
    const exported = await app.request(`/api/sessions/${sessionId}/export`, { headers: bearer(token) });
    expect(await exported.text()).toContain(secretAnswer);

    const all = lines.join('\n');
    expect(all).not.toContain(secretAnswer);
    expect(all).not.toContain('Nightjar');
    expect(all).not.toContain(token);
    expect(all).not.toContain(sessionId);

    const requests = entries().filter((entry) => entry.event === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(5);
    expect(requests[1]).toMatchObject({
      method: 'POST',
      path: `/api/sessions/${sessionId.slice(0, 8)}…/messages`,
      status: 200,
      level: 30,
    });
    expect(typeof requests[1]?.durationMs).toBe('number');

    const audits = entries().filter((entry) => entry.event === 'answer.changed');
    expect(audits[0]).toMatchObject({
      change: 'answered',
      sessionId: `${sessionId.slice(0, 8)}…`,
      questionnaireId: 'risk',
      questionId: 'system-name',
      actorId: 'alice',
      channel: 'api',
    });
    expect(typeof audits[0]?.at).toBe('string');
  });

  it('redacts secrets and text a caller passes by mistake', () => {
    const { logger, lines } = captureLogs();
    logger.warn(
      {
        authorization: `Bearer ${token}`,
        text: secretAnswer,
        details: { answers: { a: secretAnswer }, token },
      },
      'careless',
    );
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).not.toContain(secretAnswer);
    expect(lines.join('')).toContain('[redacted]');
  });
});
