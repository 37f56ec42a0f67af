import { describe, expect, it } from 'vitest';
import {
  documentTranslation,
  liveFaceIdentification,
  retrospectiveFaceMatching,
  without,
} from '../frameworks/eu-ai-act-profiles.ts';
import { newSession, send } from './assistant-fixture.ts';
import { createPackedTestAssistant, moveFor } from './framework-fixture.ts';
import { euOn, euResult, screeningOf, submitted } from './framework-session-fixture.ts';

describe('what the chat says at the end', () => {
  it('names each pack outcome beside the Toolkit result and offers the FRIA draft for download', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId, done } = await submitted(assistant, { ...retrospectiveFaceMatching, ...euOn });
    const text = done.messages.map((message) => message.text).join('\n');
    expect(text).toContain('not part of the Toolkit');
    expect(text).toMatch(/high-risk classification \(Art\. 6, Annex III\): High-risk/i);
    expect(done.report?.documents).toEqual(
      expect.arrayContaining([{ packId: 'eu-ai-act', documentId: 'fria', title: expect.any(String) }]),
    );
    const results = await send(assistant, sessionId, { action: 'results' });
    expect(results.messages.map((message) => message.text).join('\n')).toMatch(
      /prohibited practices \(Art\. 5\): Not concerned/i,
    );
  });

  it('offers no FRIA for a system the Act does not make high-risk, and says nothing of packs that do not apply', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const translation = await submitted(assistant, { ...documentTranslation, ...euOn });
    expect(translation.done.report?.documents?.map((document) => document.documentId) ?? []).not.toContain(
      'fria',
    );
    const declined = await submitted(assistant, {
      ...without(documentTranslation, ['eu-ai-literacy']),
      'eu-ai-act-applies': 'no',
    });
    expect(declined.done.report?.documents).toBeUndefined();
    expect(declined.done.messages.map((message) => message.text).join('\n')).not.toContain(
      'Legal frameworks',
    );
  });
});

describe('what the register lists', () => {
  it('summarises each pack that applies with its headline, and the documents it drafts', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...retrospectiveFaceMatching, ...euOn });
    const summary = await assistant.summarizeAssessment(sessionId, 'risk');
    if (!summary.success) throw summary.error;
    expect(summary.data.frameworks).toEqual([
      {
        packId: 'eu-ai-act',
        title: expect.stringContaining('EU AI Act'),
        headline: expect.stringMatching(/High-risk/),
      },
    ]);
    expect(summary.data.documents.map((document) => document.documentId)).toContain('fria');
  });
});

describe('"why is this asked?" of a pack question', () => {
  async function explainedAt(questionId: string) {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const sessionId = await newSession(assistant);
    let reply = await send(assistant, sessionId, { action: 'start:risk' });
    const values = { ...liveFaceIdentification, ...euOn };
    while (reply.question !== null && reply.question.id !== questionId)
      reply = await send(assistant, sessionId, moveFor(reply.question, values));
    expect(reply.question?.id).toBe(questionId);
    const explained = await send(assistant, sessionId, { action: 'explain' });
    const explanation = explained.messages.find((message) => message.kind === 'explanation');
    if (explanation === undefined) throw new Error('no explanation');
    return explanation;
  }

  it('answers with what the pack reads the answer against, citing the articles, and says it is not the Toolkit', async () => {
    const explanation = await explainedAt('eu-rbi-authorisation');
    expect(explanation.text).toContain('Artificial Intelligence Act Art. 5(3)');
    expect(explanation.text).toContain('not from the INTERPOL-UNICRI Toolkit');
    expect(explanation.citations).toEqual([]);
  });

  it('still explains a Toolkit question with the Toolkit passages', async () => {
    const explanation = await explainedAt('no-legal-basis-applies');
    expect(explanation.text).not.toContain('INTERPOL-UNICRI Toolkit, and is not legal advice');
    expect(explanation.citations.length).toBeGreaterThan(0);
  });
});

describe('a session with packs, exported, signed and reassessed', () => {
  it('imports back with the same pack versions and the same outcomes', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...liveFaceIdentification, ...euOn });
    const exported = await assistant.exportSession(sessionId);
    if (!exported.success) throw exported.error;
    expect(exported.data.session.data.assessments.risk?.packs).toEqual([
      { id: 'eu-ai-act', version: '2', appliedBy: 'asked' },
    ]);
    const imported = await assistant.importSession(JSON.parse(JSON.stringify(exported.data)));
    if (!imported.success) throw imported.error;
    expect(await euResult(assistant, imported.data.sessionId)).toEqual(await euResult(assistant, sessionId));
  });

  it('refuses an import whose pack version is not installed, in words', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...documentTranslation, ...euOn });
    const exported = await assistant.exportSession(sessionId);
    if (!exported.success) throw exported.error;
    const document = JSON.parse(JSON.stringify(exported.data));
    document.session.data.assessments.risk.packs[0].version = '7';
    const imported = await assistant.importSession(document);
    expect(imported.success).toBe(false);
    if (imported.success) return;
    expect(imported.error.message).toContain('not installed here');
  });

  it('carries the opt-in and the pack answers into a reassessment, each waiting to be kept', async () => {
    const { assistant } = createPackedTestAssistant('eu-ai-act:ask');
    const { sessionId } = await submitted(assistant, { ...documentTranslation, ...euOn });
    const signed = await assistant.signOff(sessionId, {
      decision: 'approved',
      note: 'Fine.',
      role: 'reviewer',
      actor: { id: 'reviewer', name: 'Reviewer', channel: 'web' },
    });
    if (!signed.success) throw signed.error;
    const started = await assistant.reassess(sessionId, { owner: null });
    if (!started.success) throw started.error;
    let reply = started.data.reply;
    const kept: string[] = [];
    while (reply.question !== null) {
      const keep = reply.quickReplies.find((quick) => quick.id === `carry:keep:${reply.question?.id}`);
      if (keep === undefined && reply.question.required)
        throw new Error(`nothing carried to keep at "${reply.question.id}"`);
      if (keep !== undefined) kept.push(reply.question.id);
      reply = await send(assistant, started.data.sessionId, { action: keep?.id ?? 'nav:skip' });
    }
    expect(kept).toContain('eu-ai-act-applies');
    expect(kept).toContain('eu-ai-literacy');
    await send(assistant, started.data.sessionId, { action: 'submit' });
    expect(screeningOf(await euResult(assistant, started.data.sessionId), 'high-risk').outcome?.id).toBe(
      'not-high-risk',
    );
  });
});
