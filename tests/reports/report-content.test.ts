import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/reports/build-report-model.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import {
  completedRiskBundle,
  goldenOptions,
  halfFinishedRiskBundle,
  readinessGoldenBundle,
} from './golden-fixtures.ts';

const formats = ['html', 'md'] as const;

function render(bundle: ReportBundle, format: (typeof formats)[number]): string {
  const model = buildReportModel(bundle, goldenOptions);
  return format === 'html' ? renderReportHtml(model) : renderReportMarkdown(model);
}

/** The text of the HTML section under the `<h2>` with this title, up to the next `<h2>`. */
function htmlSection(html: string, title: string): string {
  const start = html.indexOf(`<h2>${title}</h2>`);
  if (start < 0) return '';
  const end = html.indexOf('<h2>', start + 4);
  return html.slice(start, end < 0 ? undefined : end);
}

function passageIds(bundle: ReportBundle): string[] {
  const { scoring } = bundle.definition;
  const fromRisks = scoring.kind === 'risk' ? scoring.risks.flatMap((risk) => risk.actions) : [];
  const fromSections = bundle.definition.sections.flatMap((section) => section.recommendations);
  return [...new Set([...fromRisks, ...fromSections].flatMap((entry) => entry.passages))];
}

describe('report content', () => {
  it('lists every risk that was not rated in the HTML report, each with its reason', () => {
    const bundle = completedRiskBundle();
    if (bundle.result.kind !== 'risk') throw new Error('wrong kind');
    const section = htmlSection(render(bundle, 'html'), 'Risks not rated');
    const unrated = bundle.result.risks.filter((risk) => risk.residualLevel === null);
    expect(unrated.length).toBeGreaterThan(4);
    for (const risk of unrated) expect(section).toContain(risk.title);
    expect(section).toContain(
      'Does not apply: “Could the system be used without a clear legal basis, or beyond your agency&#39;s mandate?” was answered No.',
    );
    expect(section).toContain(
      'Not relevant to this system: it is assessed only when the answer to “What is the system mainly used for?” is “Generating content (text, summaries, images, translations)”; the answer recorded is “Identifying or verifying people or objects”.',
    );
  });

  it.each(formats)('explains each rated level in a plain sentence, without rule ids (%s)', (format) => {
    const text = render(completedRiskBundle(), format);
    expect(text).toContain(
      'Likely (4) × Serious (4) gives Very high; the safeguards in place (“Some safeguards are in place”) lower it one level: High.',
    );
    expect(text).toContain(
      'Possible (3) × Moderate (3) gives Medium; the safeguards in place (“Safeguards are in place, tested and monitored”) lower it to the lowest level: Low.',
    );
    expect(text).toContain(
      'Likely (4) × Moderate (3) gives High; the safeguards answer “Safeguards are planned but not yet in place” lowers nothing: it stays High.',
    );
    for (const developerNote of [
      'risk.mitigation',
      'risk.matrix',
      'lowers the level by',
      ' minus ',
      '-&gt;',
      '->',
    ]) {
      expect(text).not.toContain(developerNote);
    }
  });

  it.each(formats)(
    'names the passages behind actions and next steps by title, never by id (%s)',
    (format) => {
      for (const bundle of [completedRiskBundle(), readinessGoldenBundle()]) {
        const text = render(bundle, format);
        for (const passageId of passageIds(bundle)) expect(text).not.toContain(passageId);
      }
      expect(render(completedRiskBundle(), format)).toContain(
        'Measuring AI performance: an overview of metrics',
      );
      expect(render(readinessGoldenBundle(), format)).toContain('Strategy and leadership commitment');
    },
  );

  it.each(formats)(
    'opens with a record page: agency, system, owner, stage, assessors, date in words (%s)',
    (format) => {
      const text = render(completedRiskBundle(), format);
      for (const expected of [
        'Agency',
        'CCTV face match',
        'Head of Digital Forensics, Det. Supt. R. Okafor',
        'Piloted or trialled in a limited setting',
        'Insp. Dana Reyes, Sam Patel',
        '1 December 2026, 18:26 UTC',
        'Risk assessment of an AI system (risk), version 3',
        'Signature',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('2026-12-01T18:26:00.000Z');
      expect(text).not.toContain('session-golden');
    },
  );

  it('marks a half-finished assessment as a draft at the top and before each major section (Markdown)', () => {
    const markdown = render(halfFinishedRiskBundle(), 'md');
    const lines = markdown.split('\n');
    expect(lines.slice(0, 4).join('\n')).toContain('**DRAFT**');
    const sections = lines.flatMap((line, index) => (line.startsWith('## ') ? [index] : []));
    expect(sections.length).toBeGreaterThan(5);
    for (const index of sections) expect(lines.slice(index, index + 3).join('\n')).toContain('**DRAFT**');
    expect(render(completedRiskBundle(), 'md')).not.toContain('DRAFT');
  });

  it('marks a half-finished assessment as a draft in the HTML report, saying why', () => {
    const html = render(halfFinishedRiskBundle(), 'html');
    expect(html).toMatch(/<div class="draft-banner"[^>]*>DRAFT: \d+ required questions are still open/);
    expect(render(completedRiskBundle(), 'html')).not.toContain('DRAFT');
  });
});
