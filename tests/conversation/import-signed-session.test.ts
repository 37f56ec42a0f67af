import { describe, expect, it } from 'vitest';
import type { SessionExport } from '../../src/conversation/assistant.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { createTestAssistant, send } from './assistant-fixture.ts';
import { editSnapshot } from './export-fixture.ts';
import { contributor, signedSession, storedState } from './review-fixture.ts';

type TestAssistant = ReturnType<typeof createTestAssistant>['assistant'];

/** A signed readiness session with a comment, a risk question assigned, and a system, as a file. */
async function signedExport(assistant: TestAssistant): Promise<SessionExport> {
  const { sessionId } = await signedSession(assistant);
  const comment = await assistant.addComment(sessionId, { questionId: 'ai-strategy', text: 'Checked.' });
  if (!comment.success) throw comment.error;
  const assigned = await assistant.assignQuestion(sessionId, {
    questionnaireId: 'risk',
    questionId: 'system-name',
    assignee: { id: 'user-dpo' },
    actor: contributor,
  });
  if (!assigned.success) throw assigned.error;
  const exported = await assistant.exportSession(sessionId);
  if (!exported.success) throw exported.error;
  const document: SessionExport = JSON.parse(JSON.stringify(exported.data));
  document.session.data.systemId = 'system-cctv';
  return document;
}

async function importDocument(assistant: TestAssistant, document: unknown) {
  return assistant.importSession(document, { owner: { organisationId: 'police-a', userId: 'alice' } });
}

describe('importSession of a signed session', () => {
  it('carries the sign-off, comments, assignments and system through, marking the sign-off as the file’s', async () => {
    const { assistant } = createTestAssistant();
    const document = await signedExport(assistant);
    const imported = await importDocument(assistant, document);
    if (!imported.success) throw imported.error;
    const copy = await assistant.exportSession(imported.data.sessionId);
    if (!copy.success) throw copy.error;
    const { data } = copy.data.session;
    const original = document.session.data;
    expect(data.signOffs).toEqual({ readiness: { ...original.signOffs?.readiness, imported: true } });
    expect(data.comments).toEqual(original.comments);
    expect(data.assignments).toEqual(original.assignments);
    expect(data.systemId).toBe('system-cctv');
    // Exported again and imported again, it is still the first file's sign-off.
    const again = await importDocument(assistant, JSON.parse(JSON.stringify(copy.data)));
    expect(again.success).toBe(true);
  });

  it('stays frozen: an answer change is refused with a conflict and saves nothing', async () => {
    const { assistant, store } = createTestAssistant();
    const imported = await importDocument(assistant, await signedExport(assistant));
    if (!imported.success) throw imported.error;
    const { sessionId } = imported.data;
    await send(assistant, sessionId, { action: 'start:readiness' });
    const before = await storedState(store, sessionId);
    const refused = await assistant.handleTurn({ sessionId, action: 'edit:ai-strategy' });
    expect(refused.success ? undefined : refused.error.code).toBe('conflict');
    expect(await storedState(store, sessionId)).toEqual(before);
    const signOff = await assistant.signOff(sessionId, { decision: 'approved', note: '', role: 'reviewer' });
    expect(signOff.success ? undefined : signOff.error.code).toBe('conflict');
  });

  it('says on the report that the sign-off is the imported file’s account', async () => {
    const { assistant } = createTestAssistant();
    const document = await signedExport(assistant);
    const imported = await importDocument(assistant, document);
    if (!imported.success) throw imported.error;
    const report = await assistant.report(imported.data.sessionId, { format: 'json' });
    if (!report.success) throw report.error;
    const parsed = parseReportJson(String(report.data.body));
    if (!parsed.success) throw new Error(parsed.error);
    expect(parsed.data.signOff[1]?.signed).toMatchObject({
      signatoryId: 'user-okafor',
      imported: true,
      contentHash: document.session.data.signOffs?.readiness?.contentHash,
    });
    const markdown = await assistant.report(imported.data.sessionId, { format: 'md' });
    if (!markdown.success) throw markdown.error;
    expect(String(markdown.data.body)).toContain(
      '- Signature: Signed off by user user-okafor, as the imported file records it; RAIA did not see it signed',
    );
  });

  it('refuses a file whose sign-off RAIA could never have written', async () => {
    const { assistant } = createTestAssistant();
    const signed = await signedExport(assistant);
    const reopened = editSnapshot(structuredClone(signed), 'readiness', (snapshot) => {
      snapshot.value = 'review';
      snapshot.context.completedAt = null;
    });
    const misfiled = structuredClone(signed);
    const record = misfiled.session.data.signOffs?.readiness;
    if (record === undefined) throw new Error('no sign-off');
    misfiled.session.data.signOffs = { risk: record };
    const otherVersion = structuredClone(signed);
    const versioned = otherVersion.session.data.signOffs?.readiness;
    if (versioned !== undefined) versioned.version = '0';
    const cases: Array<[SessionExport, string]> = [
      [reopened, 'its readiness sign-off is for answers that are not completed'],
      [
        misfiled,
        'its "risk" sign-off is filed under another questionnaire, or one the file has no answers to',
      ],
      [otherVersion, 'its readiness sign-off is for version 0, but the answers are to version 1'],
    ];
    for (const [document, reason] of cases) {
      const refused = await importDocument(assistant, document);
      expect(refused.success).toBe(false);
      if (refused.success) continue;
      expect([refused.error.code, refused.error.message]).toEqual([
        'unprocessable',
        `This file cannot be imported: ${reason}.`,
      ]);
    }
  });
});
