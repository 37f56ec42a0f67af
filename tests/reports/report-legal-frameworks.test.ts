import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/reports/parse-report-json.ts';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportJson } from '../../src/reports/render-report-json.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportFramework } from '../../src/reports/report-frameworks-schema.ts';
import {
  documentTranslation,
  euFramework,
  huderiaFramework,
  liveFaceIdentification,
  liveFaceIdentificationForCrowds,
  retrospectiveWithFria,
  riskBundleWith,
} from './framework-report-fixtures.ts';
import { hostileText, reportModel } from './report-fixtures.ts';
import { readWordFile } from './word-document-text.ts';

const live = { values: liveFaceIdentification };
const crowds = { values: liveFaceIdentificationForCrowds };
const translation = { values: documentTranslation };

const markdownOf = (scenario: typeof live, frameworks: ReportFramework[]) =>
  renderReportMarkdown(reportModel(riskBundleWith(scenario, frameworks)));

/** The "Legal frameworks" section of a Markdown report, up to the next section. */
function frameworksSection(markdown: string): string {
  const start = markdown.indexOf('## Legal frameworks');
  expect(start).toBeGreaterThan(0);
  return markdown.slice(start, markdown.indexOf('## Open items'));
}

describe('the Legal frameworks section of a risk report', () => {
  it('allows live public-space face identification only under conditions, listing the missing authorisation, FRIA and registration with their articles', () => {
    const section = frameworksSection(markdownOf(live, [euFramework(live)]));
    expect(section).toContain(
      '#### EU AI Act: prohibited practices (Art. 5)\n\n**Outcome: Allowed only under conditions**',
    );
    expect(section).toContain(
      '(Artificial Intelligence Act Art. 5(1)(h), Art. 5(2), Art. 5(3), Art. 5(4), Art. 5(5))',
    );
    const missing = section.split('\n').filter((line) => line.includes('| Missing |'));
    expect(missing).toHaveLength(3);
    expect(missing[0]).toContain('authorised the use beforehand');
    expect(missing[0]).toContain('| Artificial Intelligence Act Art. 5(3) |');
    expect(missing[1]).toContain('fundamental rights impact assessment is completed');
    expect(missing[2]).toContain('registered in the EU database');
    expect(section).toContain('- Law as of: 31 July 2026');
    expect(section).toContain('- Pack: eu-ai-act, version 1');
    expect(section).toContain('- How it applies: Applied because the person assessing answered yes');
    expect(section).toContain("_The pack's disclaimer: Written by the RAIA project");
    expect(section).toContain('not part of the INTERPOL-UNICRI Toolkit and is not legal advice');
  });

  it('finds the same van prohibited for crowd monitoring, with no conditions to list', () => {
    const section = frameworksSection(markdownOf(crowds, [euFramework(crowds)]));
    expect(section).toContain('#### EU AI Act: prohibited practices (Art. 5)\n\n**Outcome: Prohibited**');
    expect(section).not.toContain('Conditions this outcome requires');
  });

  it('classifies retrospective face matching high-risk and lists the 26(10) duties met, not met and unknown', () => {
    const scenario = retrospectiveWithFria;
    const section = frameworksSection(markdownOf(scenario, [euFramework(scenario)]));
    expect(section).toContain(
      '#### EU AI Act: high-risk classification (Art. 6, Annex III)\n\n**Outcome: High-risk**',
    );
    expect(section).toContain('Artificial Intelligence Act Art. 6(2), Annex III(1)(a)');
    const rows = section
      .split('\n')
      .filter((line) => line.includes('Artificial Intelligence Act Art. 26(10)'));
    expect(rows.map((row) => row.split(' | ')[1])).toEqual(
      expect.arrayContaining(['Not met', 'Met', 'Unknown']),
    );
    expect(section).toContain(
      '5 of 6 elements are filled from the answers; missing: (b) The period of time and the frequency of use.',
    );
    expect(section).toContain('The full draft is exported as its own document.');
  });

  it('finds a document-translation tool not concerned, not high-risk, without deployer duties', () => {
    const section = frameworksSection(markdownOf(translation, [euFramework(translation)]));
    expect(section).toContain('(Art. 5)\n\n**Outcome: Not concerned**');
    expect(section).toContain('(Art. 6, Annex III)\n\n**Outcome: Not high-risk**');
    expect(section).toContain('high-risk system\n\nDoes not apply to this system.');
    expect(section).toContain(
      '#### Fundamental rights impact assessment (draft)\n\nDoes not apply to this system.',
    );
  });

  it('says an open screening is open and names the questions that would decide it', () => {
    const decided = euFramework(translation);
    const screening = decided.result.assessments.find((outcome) => outcome.kind === 'screening');
    if (screening?.kind !== 'screening') throw new Error('no screening');
    // The pack's real screening, as a walkthrough still under way would leave it.
    const forced: ReportFramework = {
      ...decided,
      result: {
        ...decided.result,
        assessments: [
          {
            ...screening,
            outcome: null,
            conditions: [],
            openQuestions: ['system-purpose', 'eu-remote-identification'],
          },
        ],
      },
    };
    const section = frameworksSection(markdownOf(translation, [forced]));
    expect(section).toContain('**Outcome: Open: these questions would decide it**');
    expect(section).toContain('- What is the system mainly used for? (system-purpose)');
    expect(section).toContain('- eu-remote-identification\n');
  });

  it('rates impacts with the formula, its citations, the priority note and what is missing', () => {
    const section = frameworksSection(markdownOf(live, [huderiaFramework()]));
    expect(section).toContain(
      'Formula: Priority score = (scale + scope + reversibility) × probability (HUDERIA 4.3)',
    );
    expect(section).toContain(
      '**A priority is the order to mitigate in, not a judgment that an impact is acceptable.**',
    );
    expect(section).toContain(
      '| Interference with private life (ECHR Art. 8) | Identified | 3 | 2 | 3 | 2 | 16 | High priority | Nothing |',
    );
    expect(section).toContain('| Not answered | Not yet rated | scope and probability |');
    expect(section).toContain('1 other impact is not identified for this system.');
    expect(section).toContain(
      "- How it applies: Applied by the agency's configuration to every risk assessment.",
    );
  });

  it('prints the trace as an annex table, escaping the answers it read in Markdown and HTML', () => {
    const frameworks = [euFramework(live), huderiaFramework()];
    const markdown = markdownOf(live, frameworks);
    const annex = markdown.slice(
      markdown.indexOf('## Annex: how the legal frameworks reached their outcomes'),
    );
    expect(annex).toContain('| Outcome | Rule or item | Came out | Answers read |');
    expect(annex).toMatch(
      /\| EU AI Act: prohibited practices \(Art\. 5\) \| rule&#58;live-public-identification-for-a-listed-purpose \| Holds \| .*eu-rbi-objective = victims-and-missing-persons \|/,
    );
    expect(annex).toContain('coe-context = &lt;img src=x onerror=alert(1)&gt;');
    const html = renderReportHtml(reportModel(riskBundleWith(live, frameworks)));
    const trace = html.slice(html.indexOf('id="legal-frameworks-trace"'), html.indexOf('id="sign-off"'));
    expect(trace).toContain('coe-context = &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(hostileText);
  });

  it('says the same in HTML, between the risk sections and the open items', () => {
    const html = renderReportHtml(reportModel(riskBundleWith(live, [euFramework(live)])));
    const ids = [...html.matchAll(/<section class="report-section" id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids.indexOf('legal-frameworks')).toBe(ids.indexOf('open-items') - 1);
    expect(ids.indexOf('legal-frameworks-trace')).toBe(ids.indexOf('sign-off') - 1);
    const section = html.slice(html.indexOf('id="legal-frameworks"'), html.indexOf('id="open-items"'));
    expect(section).toContain('<p><strong>Outcome: Allowed only under conditions</strong></p>');
    expect(section).toContain(
      '<td data-label="Status">Missing</td><td data-label="Citations">Artificial Intelligence Act Art. 5(3)</td>',
    );
    expect(section).toContain('<dt>Law as of</dt><dd>31 July 2026</dd>');
  });

  it('carries the words and the packs as given in JSON, which parses back', () => {
    const framework = euFramework(retrospectiveWithFria);
    const json = renderReportJson(reportModel(riskBundleWith(retrospectiveWithFria, [framework])));
    const parsed = parseReportJson(json);
    if (!parsed.success) throw new Error(parsed.error);
    expect(parsed.data.frameworks).toEqual([framework]);
    const highRisk = parsed.data.legalFrameworks?.[0]?.outcomes.find((outcome) => outcome.id === 'high-risk');
    expect(highRisk).toMatchObject({ kind: 'screening', outcomeId: 'high-risk', outcomeText: 'High-risk' });
  });

  it('says the same in Word', async () => {
    const word = readWordFile(await renderReportDocx(reportModel(riskBundleWith(live, [euFramework(live)]))));
    const start = word.paragraphs.indexOf('Legal frameworks');
    const section = word.paragraphs.slice(start, word.paragraphs.indexOf('Open items')).join(' | ');
    expect(section).toContain('Outcome: Allowed only under conditions');
    expect(section).toContain('Missing | Artificial Intelligence Act Art. 5(3)');
    expect(section).toContain('31 July 2026');
    expect(word.paragraphs).toContain('Annex: how the legal frameworks reached their outcomes');
    expect(word.documentXml).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('leaves the report as it was with no packs or an empty list, and a readiness report never shows them', () => {
    const bundle = riskBundleWith(live, []);
    const { frameworks: _frameworks, ...withoutFrameworks } = bundle;
    expect(renderReportMarkdown(reportModel(bundle))).toBe(
      renderReportMarkdown(reportModel(withoutFrameworks)),
    );
    expect(renderReportJson(reportModel(bundle))).toBe(renderReportJson(reportModel(withoutFrameworks)));
    expect(renderReportMarkdown(reportModel(withoutFrameworks))).not.toContain('Legal frameworks');
  });
});

describe('the outcomes beside the decision', () => {
  it('puts the Toolkit risk levels and each pack headline beside the decision in every format', async () => {
    const frameworks = [euFramework(retrospectiveWithFria), euFramework(translation, 'organisation')];
    const model = reportModel(riskBundleWith(retrospectiveWithFria, frameworks));
    expect(model.decisionOutcomes?.lines.map((line) => line.label)).toEqual([
      'Toolkit risk levels',
      'EU AI Act',
      'EU AI Act',
    ]);
    const [toolkit, retrospective, translated] = model.decisionOutcomes?.lines ?? [];
    expect(toolkit?.value).toMatch(/^1 at \w+ after safeguards/);
    // The line is labelled with the pack's name, so its outcomes do not repeat it.
    expect(retrospective?.value).toContain('Prohibited practices (Art. 5): Not concerned');
    expect(retrospective?.value).toContain('High-risk classification (Art. 6, Annex III): High-risk');
    expect(retrospective?.value).not.toContain('EU AI Act');
    expect(retrospective?.value).toMatch(
      /Duties of your agency as the deployer of a high-risk system: \d+ of \d+ duties not met, \d+ unknown/,
    );
    expect(translated?.value).toContain('deployer of a high-risk system: does not apply');
    const markdown = renderReportMarkdown(model);
    const decision = markdown.slice(markdown.indexOf('## Decision'), markdown.indexOf('## Risk matrix'));
    expect(decision).toContain(
      'No decision recorded yet.\n\n### Outcomes to weigh: the Toolkit and the legal frameworks',
    );
    expect(decision).toContain(`- Toolkit risk levels: ${toolkit?.value}`);
    const html = renderReportHtml(model);
    expect(html.slice(html.indexOf('id="decision"'), html.indexOf('id="risk-matrix"'))).toContain(
      '<dt>Toolkit risk levels</dt>',
    );
    const word = readWordFile(await renderReportDocx(model));
    const start = word.paragraphs.indexOf('Decision');
    expect(word.paragraphs.slice(start, start + 6)).toContain(
      'Outcomes to weigh: the Toolkit and the legal frameworks',
    );
  });

  it('leaves the decision section unchanged without packs', () => {
    const model = reportModel(riskBundleWith(live, []));
    expect(model).not.toHaveProperty('decisionOutcomes');
    expect(model).not.toHaveProperty('legalFrameworks');
  });
});
