import { describe, expect, it } from 'vitest';
import { createRealApp } from './real-app.ts';

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').flatMap((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return name ? [[name, values.join(' ')] as const] : [];
    }),
  );
}

async function sessionWithProgress() {
  const real = createRealApp();
  const created = await real.assistant.createSession();
  if (!created.success) throw created.error;
  await real.assistant.handleTurn({ sessionId: created.data.sessionId, action: 'start:readiness' });
  return { ...real, sessionId: created.data.sessionId };
}

describe('security headers', () => {
  it('sends HSTS, a locked-down CSP, nosniff, no referrer and no powerful features everywhere', async () => {
    const { app } = createRealApp();
    for (const path of ['/healthz', '/api/search?q=lawfulness', '/api/nothing']) {
      const response = await app.request(path);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('base-uri')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const permissions = response.headers.get('permissions-policy') ?? '';
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
        expect(permissions).toContain(feature);
      }
    }
  });

  it('marks every session and report response no-store', async () => {
    const { app, sessionId } = await sessionWithProgress();
    for (const path of [
      `/api/sessions/${sessionId}`,
      `/api/sessions/${sessionId}/report?format=json&questionnaire=readiness`,
      `/api/sessions/${sessionId}/report?format=html&questionnaire=readiness`,
      `/api/sessions/${sessionId}/export`,
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it("lets only this origin frame the inline HTML report, under the report's own strict CSP", async () => {
    const { app, sessionId } = await sessionWithProgress();
    const inline = await app.request(`/api/sessions/${sessionId}/report?format=html&questionnaire=readiness`);
    const policy = directives(inline.headers.get('content-security-policy'));
    expect(policy.get('frame-ancestors')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('style-src')).toBe("'unsafe-inline'");
    expect(policy.has('script-src')).toBe(false);
    expect(inline.headers.get('x-frame-options')).not.toBe('DENY');

    const download = await app.request(
      `/api/sessions/${sessionId}/report?format=html&questionnaire=readiness&download=1`,
    );
    expect(directives(download.headers.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
    expect(download.headers.get('x-frame-options')).toBe('DENY');
  });

  it('keeps CORS closed: no allow headers, not even to a preflight', async () => {
    const { app, sessionId } = await sessionWithProgress();
    const origin = { origin: 'https://evil.example' };
    const responses = [
      await app.request(`/api/sessions/${sessionId}/messages`, {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      }),
      await app.request(`/api/sessions/${sessionId}`, { headers: origin }),
    ];
    for (const response of responses) {
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});
