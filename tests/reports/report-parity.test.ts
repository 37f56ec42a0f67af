import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/reports/render-report-html.ts';
import { renderReportMarkdown } from '../../src/reports/render-report-markdown.ts';
import type { ReportModel } from '../../src/reports/report-model.ts';
import { completedRiskBundle, halfFinishedRiskBundle, readinessGoldenBundle } from './golden-fixtures.ts';
import { reportModel } from './report-fixtures.ts';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** What a reader sees: tags removed, entities decoded, white space collapsed. */
function visibleText(html: string): string {
  return (
    html
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      // Inline markup sits inside a sentence ("<strong>DRAFT</strong>: …"); block tags separate text.
      .replace(/<\/?(?:strong|em|span|code)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(?:amp|lt|gt|quot|#39);|&#(\d+);/g, (entity, code) =>
        code === undefined ? (entities[entity] ?? entity) : String.fromCharCode(Number(code)),
      )
      .replace(/\s+/g, ' ')
  );
}

/** Every sentence and value the model gives a reader. */
function modelTexts(model: ReportModel): string[] {
  const { assessment, record } = model;
  const texts = [
    model.title,
    model.status.text,
    model.disclaimer,
    ...model.summary,
    record.generated.text,
    ...record.assessors,
    ...model.openItems.map((item) => item.prompt),
    ...model.signOff.flatMap((entry) => [entry.title, entry.description]),
  ];
  if (assessment.kind === 'risk') {
    texts.push(
      ...assessment.rated.flatMap((risk) => [
        risk.explanation,
        ...risk.cautions,
        ...risk.actions.flatMap((action) => [action.text, action.readMore]),
        ...risk.questions.flatMap((question) => [question.prompt, question.note ?? '']),
      ]),
      ...assessment.unrated.map((risk) => risk.reason),
      ...assessment.principlesAtStake.map((entry) => entry.sentence),
      ...assessment.levels.map((level) => level.meaning ?? ''),
    );
  } else {
    texts.push(
      ...assessment.dimensions.flatMap((dimension) => [
        dimension.band,
        ...dimension.nextSteps.flatMap((step) => [step.text, step.readMore]),
        ...dimension.questions.map((question) => question.points),
      ]),
    );
  }
  return texts.filter((text) => text !== '').map((text) => text.replace(/\s+/g, ' '));
}

describe('report formats', () => {
  it.each([
    ['a completed risk assessment', completedRiskBundle],
    ['a half-finished risk assessment', halfFinishedRiskBundle],
    ['a readiness assessment', readinessGoldenBundle],
  ])('carry the same content in HTML and Markdown for %s', (_name, bundle) => {
    const model = reportModel(bundle());
    const html = visibleText(renderReportHtml(model));
    const markdown = visibleText(marked.parse(renderReportMarkdown(model), { async: false, gfm: true }));
    const texts = modelTexts(model);
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(html).toContain(text);
      expect(markdown).toContain(text);
    }
  });

  it.each([
    ['a completed risk assessment', completedRiskBundle],
    ['a readiness assessment', readinessGoldenBundle],
  ])('name questions, risks and passages by title outside JSON for %s', (_name, bundle) => {
    const model = reportModel(bundle());
    const ids = [
      ...model.answers.map((row) => row.questionId),
      ...(model.assessment.kind === 'risk'
        ? model.assessment.rated.flatMap((risk) => [
            risk.riskId,
            ...risk.actions.flatMap((action) => action.passages.map((passage) => passage.passageId)),
          ])
        : model.assessment.dimensions.flatMap((dimension) =>
            dimension.nextSteps.flatMap((step) => step.passages.map((passage) => passage.passageId)),
          )),
      model.record.sessionId ?? '',
    ].filter((id) => id.includes('-'));
    expect(ids.length).toBeGreaterThan(10);
    const html = visibleText(renderReportHtml(model));
    const markdown = renderReportMarkdown(model);
    for (const id of ids) {
      expect(html).not.toContain(id);
      expect(markdown).not.toContain(id);
    }
  });
});
