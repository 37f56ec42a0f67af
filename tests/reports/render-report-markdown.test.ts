import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import {
  hostileText,
  importedFileHash,
  importedReadinessBundle,
  lineEndings,
  markdownInjection,
  readinessBundle,
  readinessBundleWithText,
  reportModel,
  riskBundle,
} from './report-fixtures.ts';

const markdownOf = (bundle: ReportBundle) => renderReportMarkdown(reportModel(bundle));

/** The report as GitHub-flavoured Markdown renders it (marked, as GitHub and the page use GFM). */
function renderedHtml(bundle: ReportBundle): string {
  return marked.parse(markdownOf(bundle), { async: false, gfm: true });
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe('renderReportMarkdown', () => {
  it('shows each dimension with its level, the next steps by Roadmap title, and open items', () => {
    const bundle = readinessBundle();
    if (bundle.result.kind !== 'readiness') throw new Error('wrong kind');
    const markdown = markdownOf(bundle);
    expect(markdown).toContain('# Organizational readiness for responsible AI');
    expect(markdown).toContain(
      '- **Questionnaire:** Organizational readiness for responsible AI (readiness), version 1',
    );
    expect(markdown).toContain('- **Date and time:** 2 March 2026, 10:30 UTC');
    expect(markdown).toContain('does not replace');
    for (const dimension of bundle.result.dimensions) {
      const row = markdown.split('\n').find((line) => line.startsWith(`| ${dimension.title} |`));
      expect(row).toContain(`| ${dimension.level.label} |`);
    }
    expect(markdown).toContain(`Overall level: **${bundle.result.overall.level.label}**`);
    expect(markdown).toContain('“Strategy and leadership commitment”');
    expect(markdown).toMatch(
      /\| Leadership and strategy \| Before an AI project starts.* \| answered “I don't know” \|/,
    );
  });

  it('ranks the risks with their levels and names the passages of actions by title', () => {
    const bundle = riskBundle();
    if (bundle.result.kind !== 'risk') throw new Error('wrong kind');
    const markdown = markdownOf(bundle);
    const [first] = bundle.result.ranking;
    const top = bundle.result.risks.find((risk) => risk.riskId === first);
    expect(markdown).toContain(`| 1 | ${top?.title} |`);
    expect(markdown).toContain(
      `The highest level after safeguards is ${bundle.result.highestResidualLevel?.label}.`,
    );
    expect(markdown).toContain('“Facial recognition: 1:1 verification and 1:n identification”');
    expect(markdown).not.toContain('trb-facial-recognition');
    expect(markdown).toContain("Critical (5), assumed: answered “I don't know”");
    expect(markdown).toMatch(/\| Use without a sufficient legal basis \| Lawfulness \| Does not apply: /);
  });

  it('escapes free text so it can break neither tables nor markup', () => {
    const markdown = markdownOf(readinessBundle());
    expect(markdown).not.toContain(hostileText);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('Dana \\| Analyst');
  });

  it.each(lineEndings.map((ending) => [JSON.stringify(ending), ending]))(
    'keeps free text with the line ending %s on its own line: no heading, table row or link',
    (_name, ending) => {
      const plain = renderedHtml(readinessBundleWithText('Before and after'));
      const injected = renderedHtml(readinessBundleWithText(markdownInjection(ending)));
      expect(count(injected, /<h[1-6][\s>]/g)).toBe(count(plain, /<h[1-6][\s>]/g));
      expect(count(injected, /<tr>/g)).toBe(count(plain, /<tr>/g));
      expect(count(injected, /<td[\s>]/g)).toBe(count(plain, /<td[\s>]/g));
      expect(injected).not.toContain('<a');
      expect(injected).not.toContain('Injected heading</h');
      // The words survive, readable.
      expect(injected).toContain('Injected heading');
      expect(injected).toMatch(/see https(?::|&#58;)\/\/evil\.example\/login/);
    },
  );

  it('keeps bare URLs, www addresses and e-mail addresses in answers inert, in Markdown and as rendered', () => {
    const text =
      'Vendor portal https://evil.example/a?b=c, www.evil.example, mailto:x@evil.example, ftp://files.example';
    const markdown = markdownOf(readinessBundleWithText(text));
    const html = renderedHtml(readinessBundleWithText(text));
    expect(html).not.toContain('<a');
    expect(markdown).not.toMatch(/https:\/\/evil|www\.evil|x@evil|ftp:\/\//);
  });

  it("presents imported answers as the file's claims: who imported it, when, its SHA-256, the names it gives", () => {
    const markdown = markdownOf(importedReadinessBundle());
    expect(markdown).toContain(
      `- **Imported answers:** Answers imported on 1 March 2026, 08:00 UTC by alice (police-a) from a file (SHA-256 ${importedFileHash}); ` +
        'the file names the answerers as: Chief Inspector Forged, Dana \\| Analyst. RAIA has not verified these names.',
    );
    expect(markdown).not.toContain('- **Assessors:**');
    const row = markdown
      .split('\n')
      .find((line) =>
        line.startsWith('| Leadership and strategy | Does your agency have a written strategy'),
      );
    expect(row).toContain('| from an imported file |');
  });
});
