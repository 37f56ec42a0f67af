import { describe, expect, it } from 'vitest';
import type { Assistant, ReportFormat } from '../../src/conversation/assistant.ts';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { readWordFile } from '../reports/word-document-text.ts';
import { createTestAssistant } from './assistant-fixture.ts';
import { keepUntilReview, reassessed, signedRiskSession, turn } from './reassess-fixture.ts';

async function report(assistant: Assistant, sessionId: string, format: ReportFormat) {
  const rendered = await assistant.report(sessionId, { format });
  if (!rendered.success) throw rendered.error;
  return rendered.data.body;
}

async function text(assistant: Assistant, sessionId: string, format: 'md' | 'html' | 'json') {
  const body = await report(assistant, sessionId, format);
  if (typeof body !== 'string') throw new Error(`the ${format} report is not text`);
  return body;
}

/** Signed, reassessed after a stage change, every carried answer kept but one likelihood raised, submitted. */
async function reassessedWithOneRiskUp() {
  const { assistant, store } = createTestAssistant();
  const signed = await signedRiskSession(assistant);
  const started = await reassessed(assistant, signed, { 'lifecycle-stage': 'pilot' });
  const review = await keepUntilReview(assistant, started.sessionId, started.reply, {
    // Almost certain instead of rare: likely harm, negligible severity, so medium instead of low.
    'harmful-errors-likelihood': 'answer:harmful-errors-likelihood:5',
  });
  expect(review.state).toBe('risk.review');
  const done = await turn(assistant, started.sessionId, { action: 'submit' });
  expect(done.state).toBe('risk.completed');
  return { assistant, store, signed, reassessment: started.sessionId };
}

describe('a reassessment, end to end', () => {
  it('carries the signed answers over, and the diff shows the one risk that rose and the answers changed', async () => {
    const { assistant, signed, reassessment } = await reassessedWithOneRiskUp();
    const compared = await assistant.compareAssessments(reassessment, signed);
    if (!compared.success) throw compared.error;
    const diff = compared.data;
    expect(diff.before).toEqual({ sessionId: signed, version: '3' });
    expect(diff.after).toEqual({ sessionId: reassessment, version: '3' });
    expect(diff.risks).toEqual([
      {
        riskId: 'harmful-errors',
        title: expect.any(String),
        direction: 'up',
        before: { id: 'low', label: 'Low', rank: 0 },
        after: { id: 'medium', label: 'Medium', rank: 1 },
      },
    ]);
    expect(diff.answers.map(({ questionId, change, after }) => [questionId, change, after])).toEqual([
      ['lifecycle-stage', 'changed', 'Piloted or trialled in a limited setting'],
      ['harmful-errors-likelihood', 'changed', '5 (Almost certain)'],
    ]);
    expect(diff.answers[1]?.before).toBe('1 (Rare)');
    expect(diff.overall).toEqual({
      before: { id: 'low', label: 'Low' },
      after: { id: 'medium', label: 'Medium' },
    });
    expect(diff.openItems).toEqual({ opened: [], closed: [] });

    // Every kept answer counts: the reassessment has as many answers as the signed assessment.
    const [before, after] = await Promise.all([
      assistant.getSession(signed),
      assistant.getSession(reassessment),
    ]);
    if (!before.success || !after.success) throw new Error('a session could not be read');
    expect(Object.keys(after.data.answers.risk?.answers ?? {})).toEqual(
      Object.keys(before.data.answers.risk?.answers ?? {}),
    );
  });

  it("prints the changes in every format of the reassessment's report, and none in the signed one's", async () => {
    const { assistant, signed, reassessment } = await reassessedWithOneRiskUp();
    const markdown = await text(assistant, reassessment, 'md');
    expect(markdown).toContain('## Changes since the assessment of 3 February 2026');
    expect(markdown).toContain('- Overall level: Low before, Medium now.');
    expect(markdown).toContain('| Harm from wrong outputs | Up | Low | Medium |');
    expect(markdown).toContain('| 1 (Rare) | 5 (Almost certain) |');
    // Risks first, then answers, then open items.
    const order = [
      '### Risks whose level changed',
      '### Answers that changed',
      '### Open items opened and closed',
    ];
    expect(order.map((heading) => markdown.indexOf(heading))).toEqual(
      [...order.map((heading) => markdown.indexOf(heading))].sort((a, b) => a - b),
    );
    expect(markdown.indexOf('## Changes since')).toBeGreaterThan(markdown.indexOf('## Summary'));

    const html = await text(assistant, reassessment, 'html');
    expect(html).toContain('<section class="report-section" id="changes">');
    expect(html).toContain('<h2>Changes since the assessment of 3 February 2026</h2>');
    expect(html).toMatch(/<td data-label="Change">Up<\/td>/);

    const json = parseReportJson(await text(assistant, reassessment, 'json'));
    if (!json.success) throw new Error('the JSON report does not parse');
    expect(json.data.changes).toMatchObject({
      fromSessionId: signed,
      compared: true,
      risks: [{ riskId: 'harmful-errors', change: 'Up', before: 'Low', after: 'Medium' }],
    });

    const word = await report(assistant, reassessment, 'docx');
    if (typeof word === 'string') throw new Error('the Word report is not bytes');
    const document = readWordFile(word);
    expect(document.paragraphs).toContain('Changes since the assessment of 3 February 2026');
    expect(document.paragraphs).toContain('Overall level: Low before, Medium now.');
    expect(document.text).toContain('Risks whose level changed');

    expect(await text(assistant, signed, 'md')).not.toContain('Changes since');
  });

  it('says so in the report when the earlier assessment is gone, and the diff is refused', async () => {
    const { assistant, signed, reassessment } = await reassessedWithOneRiskUp();
    const deleted = await assistant.deleteSession(signed);
    expect(deleted.success).toBe(true);
    const markdown = await text(assistant, reassessment, 'md');
    expect(markdown).toContain('## Changes since the assessment of 3 February 2026');
    expect(markdown).toContain('is no longer stored: it was deleted or passed its retention period');
    expect(markdown).not.toContain('### Risks whose level changed');
    const word = await report(assistant, reassessment, 'docx');
    if (typeof word === 'string') throw new Error('the Word report is not bytes');
    expect(readWordFile(word).text).toContain('is no longer stored');

    const compared = await assistant.compareAssessments(reassessment, signed);
    expect(compared.success).toBe(false);
    if (compared.success) return;
    expect(compared.error.code).toBe('not-found');
    expect(compared.error.message).toContain('deleted');
  });

  it('compares a named questionnaire only when both sessions have it', async () => {
    const { assistant, signed, reassessment } = await reassessedWithOneRiskUp();
    const refused = await assistant.compareAssessments(reassessment, signed, 'readiness');
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(refused.error.code).toBe('not-found');
    expect(refused.error.message).toBe('This session has no answers to the "readiness" questionnaire.');
  });
});
