import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/conversation/assistant.ts';
import { prototypeNames } from '../conversation/prototype-names.ts';
import { readWordFile } from '../reports/word-document-text.ts';
import { createTestApp } from './create-test-app.ts';
import { createRealApp } from './real-app.ts';

async function appWithSession(assistant: Partial<Assistant> = {}) {
  const test = createTestApp({ assistant });
  const created = await test.app.request('/api/sessions', { method: 'POST' });
  const { sessionId } = (await created.json()) as { sessionId: string };
  return { ...test, sessionId };
}

describe('createSessionReportRoutes', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', '{"score":3}'],
    ['md', 'text/markdown; charset=utf-8', '# Risk report\n'],
    ['html', 'text/html; charset=utf-8', '<!doctype html><h1>Risk report</h1>'],
  ])('renders format=%s with its content type, uncached and inline', async (format, contentType, body) => {
    const { app, sessionId } = await appWithSession();
    const response = await app.request(`/api/sessions/${sessionId}/report?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(await response.text()).toBe(body);
  });

  it('sends the HTML report with a CSP that allows no script and no loads', async () => {
    const { app, sessionId } = await appWithSession();
    const response = await app.request(`/api/sessions/${sessionId}/report?format=html`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    // Shown inline, only the page's own origin may frame it (the sandboxed report frame).
    expect(policy).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('lets nothing frame a downloaded HTML report, nor the JSON and Markdown ones', async () => {
    const { app, sessionId } = await appWithSession();
    const download = await app.request(`/api/sessions/${sessionId}/report?format=html&download=1`);
    expect(download.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(download.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(download.headers.get('x-frame-options')).toBe('DENY');
    for (const format of ['json', 'md']) {
      const response = await app.request(`/api/sessions/${sessionId}/report?format=${format}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('defaults to HTML and passes the questionnaire id through', async () => {
    const calls: Array<Parameters<Assistant['report']>> = [];
    const { app, sessionId, assistant } = await appWithSession();
    const original = assistant.report;
    assistant.report = (...parameters) => {
      calls.push(parameters);
      return original(...parameters);
    };
    const response = await app.request(`/api/sessions/${sessionId}/report?questionnaire=readiness`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(calls).toEqual([[sessionId, { format: 'html', questionnaireId: 'readiness' }]]);
  });

  it('makes download=1 an attachment named after the report file', async () => {
    const { app, sessionId } = await appWithSession();
    const response = await app.request(`/api/sessions/${sessionId}/report?format=md&download=1`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="raia-risk-report.md"; filename*=UTF-8''raia-risk-report.md`,
    );
  });

  it('keeps a file name with quotes, line breaks or accents from breaking the header', async () => {
    const { app, sessionId } = await appWithSession({
      report: async () => ({
        success: true,
        data: {
          contentType: 'text/markdown',
          body: '#',
          fileName: 'évaluation "risque"\r\nSet-Cookie: x.md',
        },
      }),
    });
    const response = await app.request(`/api/sessions/${sessionId}/report?format=md&download=1`);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/,
    );
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      'évaluation "risque"\r\nSet-Cookie: x.md',
    );
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['format=pdf', 'format'],
    ['questionnaire=../etc', 'questionnaire'],
    ['download=yes', 'download'],
  ])('answers %s with 400 naming %s', async (query, field) => {
    const { app, sessionId } = await appWithSession();
    const response = await app.request(`/api/sessions/${sessionId}/report?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad-request', field } });
  });

  it('answers an unknown session with 404', async () => {
    const { app } = await appWithSession();
    const response = await app.request(`/api/sessions/${'a'.repeat(43)}/report`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});

describe('createSessionReportRoutes over the real assistant', () => {
  it('downloads a report named after the system and the date, with the configured agency', async () => {
    const { app, assistant } = createRealApp({
      environment: { RAIA_AGENCY_NAME: 'Metropolitan Police', RAIA_TIME_ZONE: 'Europe/London' },
    });
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    const { sessionId } = created.data;
    await assistant.handleTurn({ sessionId, action: 'start:risk' });
    await assistant.handleTurn({ sessionId, text: 'CCTV face match' });
    const response = await app.request(`/api/sessions/${sessionId}/report?format=html&download=1`);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="risk-cctv-face-match-\d{4}-\d\d-\d\d\.html"; filename\*=UTF-8''risk-cctv-face-match-\d{4}-\d\d-\d\d\.html$/,
    );
    const html = await response.text();
    expect(html).toContain('<dt>Agency</dt><dd>Metropolitan Police</dd>');
    expect(html).toContain('<div class="draft-banner" role="note">DRAFT: ');
  });

  it('sends the Word report as bytes, always as an attachment named after the system and the date', async () => {
    const { app, assistant } = createRealApp({ environment: { RAIA_AGENCY_NAME: 'Metropolitan Police' } });
    const created = await assistant.createSession();
    if (!created.success) throw created.error;
    const { sessionId } = created.data;
    await assistant.handleTurn({ sessionId, action: 'start:risk' });
    await assistant.handleTurn({ sessionId, text: 'CCTV face match' });
    // Without download=1 too: a browser cannot show a Word file, and the name must not be "report".
    for (const query of ['format=docx', 'format=docx&download=1']) {
      const response = await app.request(`/api/sessions/${sessionId}/report?${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="risk-cctv-face-match-\d{4}-\d\d-\d\d\.docx"; filename\*=UTF-8''risk-cctv-face-match-\d{4}-\d\d-\d\d\.docx$/,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      const word = readWordFile(bytes);
      expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
      expect(word.paragraphs).toContain('Metropolitan Police');
      expect(word.text).toContain('DRAFT: ');
    }
  });

  it.each(prototypeNames)(
    'answers questionnaire=%s with a clear 4xx, never a 500 or a stack trace',
    async (name) => {
      const logged: string[] = [];
      const record = (details: Record<string, unknown>) => logged.push(JSON.stringify(details));
      const { app, assistant } = createRealApp({ logger: { info: record, warn: record, error: record } });
      const created = await assistant.createSession();
      if (!created.success) throw created.error;
      const sessionId = created.data.sessionId;
      await assistant.handleTurn({ sessionId, action: 'start:readiness' });
      const response = await app.request(
        `/api/sessions/${sessionId}/report?format=md&questionnaire=${encodeURIComponent(name)}`,
      );
      const body = (await response.json()) as { error: { code: string; message: string; field?: string } };
      // Lowercase names pass the id pattern and are simply not in the session; the rest are not ids.
      if (/^[a-z0-9-]+$/.test(name)) {
        expect(response.status).toBe(404);
        expect(body.error.message).toBe(`This session has no answers to the "${name}" questionnaire.`);
      } else {
        expect(response.status).toBe(400);
        expect(body.error.field).toBe('questionnaire');
      }
      expect(logged.join('\n')).not.toMatch(/stack|internal/i);
    },
  );
});
