import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';

async function reportFileName(systemName: string | undefined, format: 'html' | 'md' | 'json') {
  const { assistant } = createTestAssistant();
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:risk' });
  if (systemName !== undefined) await send(assistant, sessionId, { text: systemName });
  const report = await assistant.report(sessionId, { format });
  if (!report.success) throw report.error;
  return report.data.fileName;
}

/** A readiness report made at 23:30 UTC on 1 December 2026, by a session of police-a. */
async function lateReadinessReport(reports: { agencyName?: string; timeZone?: string }) {
  const assistant = createAssistant({
    store: createMemorySessionStore(),
    questionnaires: createDefaultQuestionnaireRegistry(),
    knowledgeBase: loadBuiltInKnowledgeBase(),
    now: () => new Date('2026-12-01T23:30:00.000Z'),
    reports,
  });
  const created = await assistant.createSession({ owner: { organisationId: 'police-a', userId: 'alice' } });
  if (!created.success) throw created.error;
  const { sessionId } = created.data;
  await send(assistant, sessionId, { action: 'start:readiness' });
  const report = await assistant.report(sessionId, { format: 'md' });
  if (!report.success) throw report.error;
  return report.data;
}

describe('renderSessionReport file names', () => {
  it('names a risk report after the system and the date', async () => {
    expect(await reportFileName('CCTV face match', 'html')).toBe('risk-cctv-face-match-2026-01-01.html');
    expect(await reportFileName('CCTV face match', 'md')).toBe('risk-cctv-face-match-2026-01-01.md');
  });

  it('keeps only safe characters of the system name', async () => {
    expect(await reportFileName('Évaluation "Visage" / v2.1 ../../etc', 'json')).toBe(
      'risk-evaluation-visage-v2-1-etc-2026-01-01.json',
    );
  });

  it('falls back to a plain name for a system not named yet', async () => {
    expect(await reportFileName(undefined, 'html')).toBe('risk-unnamed-system-2026-01-01.html');
  });

  it("dates the report in the configured time zone and names the agency, else the owner's organisation", async () => {
    const tokyo = await lateReadinessReport({ timeZone: 'Asia/Tokyo', agencyName: 'Metropolitan Police' });
    expect(tokyo.fileName).toBe('readiness-metropolitan-police-2026-12-02.md');
    expect(tokyo.body).toContain('- **Agency:** Metropolitan Police');
    expect(tokyo.body).toContain('2 December 2026, 08:30 Japan Standard Time (9 hours ahead of UTC)');
    const fallback = await lateReadinessReport({});
    expect(fallback.fileName).toBe('readiness-police-a-2026-12-01.md');
    expect(fallback.body).toContain('- **Agency:** police-a');
    expect(fallback.body).toContain('1 December 2026, 23:30 UTC');
  });
});
