import { describe, expect, it } from 'vitest';
import { createRealApp, jsonRequest } from '../server/real-app.ts';

describe('the organisation readiness assessments', () => {
  it('links a readiness session to the organisation, not to a system, and lists it', async () => {
    const { app } = createRealApp();
    const started = await app.request('/api/sessions', jsonRequest('POST', { questionnaireId: 'readiness' }));
    expect(started.status).toBe(201);
    const { sessionId, reply } = await started.json();
    expect(reply.state).toMatch(/^readiness\./);

    const listed = await (await app.request('/api/organisation/readiness')).json();
    expect(listed.assessments).toMatchObject([
      {
        sessionId,
        questionnaireId: 'readiness',
        reassessmentOf: null,
        summary: { state: 'in-progress', questionnaireId: 'readiness' },
      },
    ]);
    expect((await (await app.request('/api/systems')).json()).systems).toEqual([]);
  });

  it('refuses a risk assessment without a system, and readiness for a system, naming the field', async () => {
    const { app } = createRealApp();
    const risk = await app.request('/api/sessions', jsonRequest('POST', { questionnaireId: 'risk' }));
    expect(risk.status).toBe(400);
    expect((await risk.json()).error.field).toBe('systemId');
    const readiness = await app.request(
      '/api/sessions',
      jsonRequest('POST', { questionnaireId: 'readiness', systemId: 'x' }),
    );
    expect(readiness.status).toBe(400);
    expect((await readiness.json()).error.field).toBe('questionnaireId');
  });
});
