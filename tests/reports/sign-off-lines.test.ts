import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle, ReportSignOff } from '../../src/reports/report-bundle.ts';
import { signOffLines } from '../../src/reports/sign-off-lines.ts';
import { completedRiskBundle } from './golden-fixtures.ts';
import { hostileText, reportModel } from './report-fixtures.ts';
import { readWordFile } from './word-document-text.ts';

const contentHash = 'a3f1'.repeat(16);
const signOff: ReportSignOff = {
  decision: 'approved-with-conditions',
  note: 'Re-test the match threshold before go-live.',
  signatory: { id: 'user-okafor', name: 'Chief Insp. Ada Okafor', channel: 'api' },
  role: 'reviewer',
  at: '2026-12-02T09:30:00.000Z',
  contentHash,
};

function signedBundle(overrides: Partial<ReportSignOff> = {}): ReportBundle {
  const bundle = completedRiskBundle();
  return { ...bundle, meta: { ...bundle.meta, signOff: { ...signOff, ...overrides } } };
}

/** What every format must print of the sign-off, as a reader would search for it. */
const printed = [
  'Chief Insp. Ada Okafor',
  'reviewer',
  '2 December 2026, 09:30 UTC',
  'Approved with conditions',
  'Re-test the match threshold before go-live.',
  'Signed off in RAIA by user user-okafor',
  contentHash,
];

describe('signOffLines', () => {
  it('leaves every line empty, to fill in by hand, until the assessment is signed off', () => {
    const lines = signOffLines('risk');
    expect(lines.map((line) => [line.duty, line.name, line.role, line.date, line.signed])).toEqual([
      ['assessor', null, null, null, undefined],
      ['reviewer', null, null, null, undefined],
      ['approver', null, null, null, undefined],
    ]);
  });

  it("fills the reviewer's line from the sign-off, in the report's time zone, and leaves the others", () => {
    const [assessor, reviewer, approver] = signOffLines('risk', signOff, 'Europe/Berlin');
    expect(reviewer).toMatchObject({
      duty: 'reviewer',
      name: 'Chief Insp. Ada Okafor',
      role: 'reviewer',
      date: '2 December 2026, 10:30 Central European Standard Time (1 hour ahead of UTC)',
      signed: {
        signatoryId: 'user-okafor',
        decision: 'approved-with-conditions',
        decisionText: 'Approved with conditions',
        note: 'Re-test the match threshold before go-live.',
        at: signOff.at,
        contentHash,
      },
    });
    expect([assessor?.name, approver?.name, assessor?.signed, approver?.signed]).toEqual([
      null,
      null,
      undefined,
      undefined,
    ]);
    expect(signOffLines('risk', { ...signOff, note: ' ' })[1]?.signed?.note).toBeNull();
    expect(
      signOffLines('risk', { ...signOff, signatory: { id: 'U0SLACK', channel: 'slack' } })[1]?.name,
    ).toBe('U0SLACK');
  });
});

describe('a signed report in every format', () => {
  it('prints the signatory, role, date, decision, note and content hash in HTML', () => {
    const html = renderReportHtml(reportModel(signedBundle()));
    const block = html.slice(html.indexOf('<h3>Reviewed by</h3>'), html.indexOf('<h3>Approved by</h3>'));
    for (const text of printed) expect(block).toContain(text);
    expect(block).toContain('<dt>Content hash</dt>');
  });

  it('prints them in Markdown', () => {
    const markdown = renderReportMarkdown(reportModel(signedBundle()));
    const block = markdown.slice(markdown.indexOf('### Reviewed by'), markdown.indexOf('### Approved by'));
    expect(block).toContain('- Name: Chief Insp. Ada Okafor');
    expect(block).toContain('- Decision: Approved with conditions');
    expect(block).toContain(`- Content hash: ${contentHash}`);
    for (const text of printed) expect(block).toContain(text);
  });

  it('carries them in JSON, which reads back through the report schema', () => {
    const parsed = parseReportJson(renderReportJson(reportModel(signedBundle())));
    if (!parsed.success) throw new Error(parsed.error);
    expect(parsed.data.signOff[1]).toMatchObject({
      duty: 'reviewer',
      name: 'Chief Insp. Ada Okafor',
      role: 'reviewer',
      signed: { signatoryId: 'user-okafor', decision: 'approved-with-conditions', contentHash },
    });
  });

  it('prints them in the Word document', async () => {
    const word = readWordFile(await renderReportDocx(reportModel(signedBundle())));
    const { text } = word;
    const block = text.slice(text.indexOf('Reviewed by'), text.indexOf('Approved by'));
    for (const line of printed) expect(block).toContain(line);
  });

  it('escapes the note, which is the signatory’s own words', () => {
    const html = renderReportHtml(reportModel(signedBundle({ note: hostileText })));
    expect(html).not.toContain(hostileText);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
