import { describe, expect, it } from 'vitest';
import { frameworkDocumentSchema } from '../../src/reports/framework-document-schema.ts';
import { newSession, send } from '../conversation/assistant-fixture.ts';
import { walkToReview } from '../conversation/framework-fixture.ts';
import { retrospectiveFaceMatching } from '../frameworks/eu-ai-act-profiles.ts';
import { readWordFile } from '../reports/word-document-text.ts';
import { createRealApp } from './real-app.ts';

/** The real app as a deployment with the default RAIA_FRAMEWORK_PACKS runs it, and one submitted risk assessment. */
async function assessedWithEuPack(optIn: 'yes' | 'no' = 'yes') {
  const { app, assistant } = createRealApp({ frameworkPacks: true });
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: 'start:risk' });
  const values = {
    ...retrospectiveFaceMatching,
    'eu-ai-act-applies': optIn,
    'coe-huderia-applies': 'no',
    'eu-fria-process-description': 'Analysts search CCTV footage <seized> in a case.',
  };
  const { reply } = await walkToReview(assistant, sessionId, first, values);
  expect(reply.state).toBe('risk.review');
  await send(assistant, sessionId, { action: 'submit' });
  return { app, sessionId };
}

const elementIds = [
  'processes',
  'period-and-frequency',
  'affected-people',
  'risks-of-harm',
  'human-oversight',
  'measures-and-complaints',
];

describe('GET /api/sessions/:id/documents/:packId/:documentId', () => {
  it('exports the FRIA draft as JSON with all six Art. 27(1) elements, filled or marked missing', async () => {
    const { app, sessionId } = await assessedWithEuPack();
    const response = await app.request(`/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const document = frameworkDocumentSchema.parse(await response.json());
    expect(document.elements.map((element) => element.id)).toEqual(elementIds);
    const missing = document.elements.filter((element) => element.missing).map((element) => element.id);
    expect(missing).toContain('period-and-frequency');
    expect(missing).not.toContain('processes');
  });

  it('exports it as HTML (escaped, under the report CSP), Markdown and a Word download', async () => {
    const { app, sessionId } = await assessedWithEuPack();
    const html = await app.request(`/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await html.text();
    expect(page).toContain('&lt;seized&gt;');
    expect(page).not.toContain('<seized>');
    const markdown = await app.request(`/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=md`);
    expect(await markdown.text()).toContain('Missing: not yet answered');
    const word = await app.request(`/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=docx`);
    expect(word.status).toBe(200);
    expect(word.headers.get('content-disposition')).toMatch(/^attachment; filename=.*\.docx/);
    const { text } = readWordFile(new Uint8Array(await word.arrayBuffer()));
    expect(text).toContain('Analysts search CCTV footage <seized> in a case.');
  });

  it('answers 404 in words for a pack that does not apply, an unknown document, and 400 for a malformed id', async () => {
    const { app, sessionId } = await assessedWithEuPack('no');
    const notApplied = await app.request(`/api/sessions/${sessionId}/documents/eu-ai-act/fria?format=json`);
    expect(notApplied.status).toBe(404);
    expect(((await notApplied.json()) as { error: { message: string } }).error.message).toContain(
      'does not apply to this assessment',
    );
    const applied = await assessedWithEuPack();
    const unknown = await applied.app.request(
      `/api/sessions/${applied.sessionId}/documents/eu-ai-act/no-such-document?format=json`,
    );
    expect(unknown.status).toBe(404);
    const malformed = await applied.app.request(`/api/sessions/${applied.sessionId}/documents/EU_AI/fria`);
    expect(malformed.status).toBe(400);
  });
});
