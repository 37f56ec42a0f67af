import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SessionExport } from '../../src/conversation/assistant.ts';
import type { AuditEntry } from '../../src/conversation/session-data.ts';
import { persistedWalkthroughSchema } from '../../src/machines/persist-walkthrough.ts';
import { createTestAssistant, send } from './assistant-fixture.ts';
import { claimAnswerer, forgedActor, readinessExport } from './export-fixture.ts';

const forgedAudit: AuditEntry = {
  at: '2020-01-01T00:00:00.000Z',
  actor: forgedActor,
  questionnaireId: 'readiness',
  questionId: 'ai-strategy',
  event: 'answered',
};

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function importedExport(assistant: ReturnType<typeof createTestAssistant>['assistant'], file: string) {
  const imported = await assistant.importSession(JSON.parse(file), {
    owner: { organisationId: 'police-a', userId: 'alice' },
    receivedBytes: new TextEncoder().encode(file),
  });
  if (!imported.success) throw imported.error;
  const exported = await assistant.exportSession(imported.data.sessionId);
  if (!exported.success) throw exported.error;
  return { sessionId: imported.data.sessionId, copy: exported.data };
}

function answersOf(document: SessionExport) {
  const record = document.session.data.assessments.readiness;
  return persistedWalkthroughSchema.parse(record?.snapshot).context.answers;
}

describe('importSession provenance', () => {
  it('records who imported the file, when, and the SHA-256 of the bytes received', async () => {
    const { assistant } = createTestAssistant();
    const file = JSON.stringify(claimAnswerer(await readinessExport(assistant), forgedActor), null, 1);
    const { copy } = await importedExport(assistant, file);
    expect(copy.session.data.imports).toEqual([
      {
        at: expect.stringMatching(/^2026-01-01T/),
        importedBy: { organisationId: 'police-a', userId: 'alice' },
        sha256: sha256(file),
        hashedOver: 'received-bytes',
        claims: {
          exportedAt: JSON.parse(file).exportedAt,
          answeredBy: [{ questionnaireId: 'readiness', names: ['Chief Inspector Forged'] }],
        },
      },
    ]);
    // Every answer is credited to the import, never to the person the file names.
    const answeredBy = Object.values(answersOf(copy)).map((answer) => answer.answeredBy);
    expect(new Set(answeredBy.map((actor) => JSON.stringify(actor)))).toEqual(
      new Set([JSON.stringify({ id: 'alice', channel: 'import' })]),
    );
  });

  it('hashes the JSON text when no bytes are given, and says so', async () => {
    const { assistant } = createTestAssistant();
    const document = await readinessExport(assistant, { firstOnly: true });
    const imported = await assistant.importSession(document);
    if (!imported.success) throw imported.error;
    const exported = await assistant.exportSession(imported.data.sessionId);
    if (!exported.success) throw exported.error;
    expect(exported.data.session.data.imports?.[0]).toMatchObject({
      importedBy: null,
      sha256: sha256(JSON.stringify(document)),
      hashedOver: 'parsed-json',
    });
  });

  it("keeps the file's audit entries marked as imported and adds RAIA's own, told to onAudit", async () => {
    const audited: AuditEntry[][] = [];
    const { assistant } = createTestAssistant({ onAudit: (_id, entries) => audited.push([...entries]) });
    const document = await readinessExport(assistant, { firstOnly: true });
    document.session.audit.push(forgedAudit);
    audited.length = 0;
    const { copy } = await importedExport(assistant, JSON.stringify(document));
    const audit = copy.session.audit;
    expect(audit.slice(0, -1).every((entry) => entry.imported === true)).toBe(true);
    expect(audit.at(-2)).toEqual({ ...forgedAudit, imported: true });
    const own = {
      at: expect.any(String),
      actor: { id: 'alice', channel: 'import' },
      questionnaireId: 'readiness',
      questionId: null,
      event: 'imported',
    };
    expect(audit.at(-1)).toEqual(own);
    expect(audited).toEqual([[own]]);
  });

  it('treats import records inside the file as claims, not as its own history', async () => {
    const { assistant } = createTestAssistant();
    const first = await importedExport(
      assistant,
      JSON.stringify(claimAnswerer(await readinessExport(assistant, { firstOnly: true }), forgedActor)),
    );
    const tampered = structuredClone(first.copy);
    const earlier = tampered.session.data.imports?.[0];
    if (earlier) earlier.importedBy = { organisationId: 'police-a', userId: 'chief-superintendent' };
    const second = await assistant.importSession(tampered);
    if (!second.success) throw second.error;
    const exported = await assistant.exportSession(second.data.sessionId);
    if (!exported.success) throw exported.error;
    const imports = exported.data.session.data.imports ?? [];
    expect(imports).toHaveLength(1);
    expect(imports[0]?.importedBy).toBeNull();
    // The names the first file gave survive as claims of the second.
    expect(imports[0]?.claims.answeredBy).toEqual([
      { questionnaireId: 'readiness', names: ['Chief Inspector Forged'] },
    ]);
  });

  it('marks every transcript entry from the file as imported, then notes the import in its own words', async () => {
    const { assistant } = createTestAssistant();
    const document = await readinessExport(assistant, { firstOnly: true });
    const file = JSON.stringify(document);
    const { sessionId, copy } = await importedExport(assistant, file);
    const fromFile = copy.session.transcript.slice(0, document.session.transcript.length);
    expect(fromFile).toEqual(document.session.transcript.map((entry) => ({ ...entry, imported: true })));
    const note = copy.session.transcript[document.session.transcript.length];
    expect(note).toMatchObject({ role: 'assistant', messages: [{ kind: 'info' }] });
    expect(note && 'imported' in note).toBe(false);
    const noteText = note?.role === 'assistant' ? note.messages[0]?.text : '';
    expect(noteText).toContain('imported from a file');
    expect(noteText).toContain('by alice (police-a)');
    expect(noteText).toContain(sha256(file));

    // Turns after the import are RAIA's own again, and the session view says which are which.
    await send(assistant, sessionId, { action: 'where-was-i' });
    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    const flags = view.data.transcript.map((entry) => entry.imported === true);
    expect(flags).toEqual([
      ...document.session.transcript.map(() => true),
      false, // the note
      false, // where-was-i
      false, // its reply
    ]);
  });

  it('refuses a file whose transcript or audit says an entry was not imported', async () => {
    const { assistant } = createTestAssistant();
    const document: unknown = JSON.parse(
      JSON.stringify(await readinessExport(assistant, { firstOnly: true })),
    );
    const tampered = JSON.parse(
      JSON.stringify(document).replace('"role":"user"', '"role":"user","imported":false'),
    );
    const imported = await assistant.importSession(tampered);
    expect(imported.success === false && imported.error.code).toBe('bad-request');
  });
});
