import { describe, expect, it } from 'vitest';
import type { SessionExport } from '../../src/conversation/assistant.ts';
import { persistedWalkthroughSchema } from '../../src/machines/persist-walkthrough.ts';
import { textLimits } from '../../src/questionnaires/text-limits.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { editSnapshot, forgedActor } from './export-fixture.ts';

type TestAssistant = ReturnType<typeof createTestAssistant>['assistant'];

async function exportWithNote(assistant: TestAssistant): Promise<SessionExport> {
  const sessionId = await newSession(assistant);
  await send(assistant, sessionId, { action: 'start:readiness' });
  await send(assistant, sessionId, {
    text: 'evidence: AI strategy approved by the board, minutes of 4 May 2025',
  });
  // Refused words wait to be kept as a note; a file must not carry them into another session.
  await send(assistant, sessionId, { text: 'something that is not an answer at all' });
  const exported = await assistant.exportSession(sessionId);
  if (!exported.success) throw exported.error;
  return JSON.parse(JSON.stringify(exported.data));
}

function notesOf(document: SessionExport) {
  const record = document.session.data.assessments.readiness;
  return persistedWalkthroughSchema.parse(record?.snapshot).context.notes;
}

describe('notes in session exports and imports', () => {
  it('exports notes with the session and imports them as claims of the file', async () => {
    const { assistant } = createTestAssistant();
    const document = await exportWithNote(assistant);
    expect(notesOf(document)['ai-strategy']).toMatchObject({
      kind: 'evidence',
      text: 'AI strategy approved by the board, minutes of 4 May 2025',
    });
    expect(document.session.data.unrecordedText?.text).toBe('something that is not an answer at all');
    // The file names someone else as the author of the note.
    editSnapshot(document, 'readiness', (snapshot) => {
      const note = snapshot.context.notes['ai-strategy'];
      if (note !== undefined) note.by = forgedActor;
    });

    const imported = await assistant.importSession(document, {
      owner: { organisationId: 'police-a', userId: 'alice' },
    });
    if (!imported.success) throw imported.error;
    const copy = await assistant.exportSession(imported.data.sessionId);
    if (!copy.success) throw copy.error;
    const note = notesOf(copy.data)['ai-strategy'];
    expect(note?.text).toBe('AI strategy approved by the board, minutes of 4 May 2025');
    expect(note?.by).toEqual({ id: 'alice', channel: 'import' });
    expect(copy.data.session.data.unrecordedText).toBeUndefined();

    const report = await assistant.report(imported.data.sessionId, {
      questionnaireId: 'readiness',
      format: 'md',
    });
    if (!report.success) throw report.error;
    expect(report.data.body).toContain('Evidence (from an imported file): AI strategy approved by the board');
    expect(report.data.body).not.toContain(forgedActor.name);
  });

  it.each([
    ['a note to a question the questionnaire does not have', 'no-such-question', 'x'],
    ['a note over the note limit', 'ai-strategy', 'x'.repeat(textLimits.note + 1)],
  ])('refuses a file with %s', async (_, questionId, text) => {
    const { assistant } = createTestAssistant();
    const document = editSnapshot(await exportWithNote(assistant), 'readiness', (snapshot) => {
      snapshot.context.notes = { [questionId]: { text, kind: 'note', at: '2026-01-01T00:00:00.000Z' } };
    });
    const imported = await assistant.importSession(document);
    expect(imported.success).toBe(false);
    expect(!imported.success && imported.error.code).toBe('unprocessable');
  });
});
