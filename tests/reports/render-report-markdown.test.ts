import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import { hostileText, readinessBundle, riskBundle } from './report-fixtures.ts';

describe('renderReportMarkdown', () => {
  it('shows each dimension with its level, points and band, the next steps with passages, and open items', () => {
    const bundle = readinessBundle();
    if (bundle.result.kind !== 'readiness') throw new Error('wrong kind');
    const markdown = renderReportMarkdown(bundle);
    expect(markdown).toContain('# Organizational readiness for responsible AI');
    expect(markdown).toContain('- Questionnaire: readiness, version 1');
    expect(markdown).toContain('- Generated: 2026-03-02T10:30:00.000Z');
    expect(markdown).toContain('does not replace');
    for (const dimension of bundle.result.dimensions) {
      const row = markdown.split('\n').find((line) => line.startsWith(`| ${dimension.title} |`));
      expect(row).toContain(`| ${dimension.level.label} |`);
    }
    expect(markdown).toContain(`Overall level: **${bundle.result.overall.level.label}**`);
    expect(markdown).toContain('`roadmap-strategy-and-leadership`');
    expect(markdown).toMatch(
      /\| Leadership and strategy \| Before an AI project starts.* \| answered "I don't know" \|/,
    );
  });

  it('ranks the risks with their levels and lists the actions with passage ids', () => {
    const bundle = riskBundle();
    if (bundle.result.kind !== 'risk') throw new Error('wrong kind');
    const markdown = renderReportMarkdown(bundle);
    const [first] = bundle.result.ranking;
    const top = bundle.result.risks.find((risk) => risk.riskId === first);
    expect(markdown).toContain(`| 1 | ${top?.title} |`);
    expect(markdown).toContain(
      `Highest residual risk level: **${bundle.result.highestResidualLevel?.label}**`,
    );
    expect(markdown).toContain('`trb-facial-recognition`');
    expect(markdown).toContain('unsure: worst assumed');
    expect(markdown).toContain('| Use without a sufficient legal basis | Lawfulness | does not apply |');
  });

  it('escapes free text so it can break neither tables nor markup', () => {
    const markdown = renderReportMarkdown(readinessBundle());
    expect(markdown).not.toContain(hostileText);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('Dana \\| Analyst');
  });
});
