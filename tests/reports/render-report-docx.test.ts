import { describe, expect, it } from 'vitest';
import { levelPaint } from '../../src/reports/level-colour.ts';
import { renderReportDocx } from '../../src/reports/render-report-docx.ts';
import type { ReportModel } from '../../src/reports/report-model.ts';
import type { RiskSection } from '../../src/reports/risk-section-schema.ts';
import { completedRiskBundle, halfFinishedRiskBundle, readinessGoldenBundle } from './golden-fixtures.ts';
import { readinessBundleWithText, reportModel } from './report-fixtures.ts';
import { readWordFile, wordParagraphs } from './word-document-text.ts';

const completed = () => reportModel(completedRiskBundle());
const draft = () => reportModel(halfFinishedRiskBundle());
const readiness = () => reportModel(readinessGoldenBundle());

function riskSection(model: ReportModel): RiskSection {
  if (model.assessment.kind !== 'risk') throw new Error('not a risk report');
  return model.assessment;
}

/** The texts of the paragraphs in one Word paragraph style ("Heading1", "Title"). */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
    .map(([paragraph]) => paragraph)
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .flatMap((paragraph) => wordParagraphs(paragraph));
}

/** Each table's rows, each row's cells as { text, fill }; `header` when Word repeats the row. */
function tables(xml: string) {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(([row]) => ({
      header: row.includes('<w:tblHeader/>'),
      cells: [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => ({
        text: wordParagraphs(cell).join('\n'),
        fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(cell)?.[1]?.toLowerCase(),
      })),
    })),
  );
}

/** Every sentence and value the model gives a reader (the same list the HTML and Markdown carry). */
function readerTexts(model: ReportModel): string[] {
  const { assessment } = model;
  const texts = [
    model.title,
    model.status.text,
    model.disclaimer,
    model.source,
    ...model.summary,
    model.record.generated.text,
    ...model.record.assessors,
    ...model.openItems.flatMap((item) => [item.prompt, item.reason]),
    ...model.answers.flatMap((row) => [row.prompt, row.answer, row.note]),
    ...model.signOff.flatMap((entry) => [entry.title, entry.description]),
  ];
  if (assessment.kind === 'risk') {
    texts.push(
      ...assessment.rated.flatMap((risk) => [
        risk.title,
        risk.explanation,
        risk.safeguards,
        ...risk.cautions,
        ...risk.actions.flatMap((action) => [action.text, action.readMore]),
        ...risk.questions.flatMap((question) => [question.prompt, question.answer, question.note ?? '']),
      ]),
      ...assessment.unrated.flatMap((risk) => [risk.title, risk.reason]),
      ...assessment.principlesAtStake.map((entry) => entry.sentence),
      ...assessment.levels.map((level) => level.meaning ?? ''),
    );
  } else {
    texts.push(
      ...assessment.dimensions.flatMap((dimension) => [
        dimension.title,
        dimension.band,
        ...dimension.nextSteps.flatMap((step) => [step.text, step.readMore]),
        ...dimension.questions.flatMap((question) => [question.prompt, question.points, question.note ?? '']),
      ]),
    );
  }
  return texts.filter((text) => text !== '').map((text) => text.replace(/\s+/g, ' '));
}

describe('renderReportDocx', () => {
  it('writes a ZIP that holds the parts Word opens', async () => {
    const bytes = await renderReportDocx(completed());
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    const word = readWordFile(bytes);
    expect([...word.entries.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']),
    );
    expect(word.part('[Content_Types].xml')).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    expect(word.part('docProps/core.xml')).toContain(`<dc:title>${completed().title}</dc:title>`);
  });

  it.each([
    ['a completed risk assessment', completed],
    ['a half-finished risk assessment', draft],
    ['a readiness assessment', readiness],
  ])('carries every sentence and value of the model for %s', async (_name, build) => {
    const model = build();
    const { text } = readWordFile(await renderReportDocx(model));
    const texts = readerTexts(model);
    expect(texts.length).toBeGreaterThan(40);
    const missing = texts.filter((expected) => !text.includes(expected));
    expect(missing).toEqual([]);
  });

  it('names every risk, rated or not, in a heading or a table', async () => {
    for (const model of [completed(), draft()]) {
      const section = riskSection(model);
      const word = readWordFile(await renderReportDocx(model));
      const riskHeadings = styled(word.documentXml, 'Heading2');
      for (const risk of section.rated) {
        expect(riskHeadings).toContain(`${risk.number}. ${risk.title}: ${risk.after.label} after safeguards`);
      }
      const unratedTable = tables(word.documentXml).find((rows) => rows[0]?.cells[0]?.text === 'Risk');
      const unratedTitles = unratedTable?.slice(1).map((row) => row.cells[0]?.text);
      expect(unratedTitles).toEqual(section.unrated.map((risk) => risk.title));
    }
  });

  it('names passages by title and prints no passage or question id', async () => {
    const model = completed();
    const section = riskSection(model);
    const { text } = readWordFile(await renderReportDocx(model));
    const passages = section.actions.flatMap((action) => action.passages);
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      expect(text).toContain(passage.title);
      expect(text).not.toContain(passage.passageId);
    }
    // Ids of one word ("autonomy") are plain words too; the hyphenated ones are never prose.
    const questionIds = model.answers.map((row) => row.questionId).filter((id) => id.includes('-'));
    expect(questionIds.length).toBeGreaterThan(20);
    for (const id of questionIds) expect(text).not.toContain(id);
    expect(text).not.toContain(model.record.sessionId ?? 'session-golden');
  });

  it('uses Word heading styles with outline levels, so the navigation pane lists the sections', async () => {
    const word = readWordFile(await renderReportDocx(completed()));
    expect(styled(word.documentXml, 'Title')).toEqual([completed().title]);
    expect(styled(word.documentXml, 'Heading1')).toEqual([
      'Summary',
      'Decision',
      'Risk matrix',
      'Rated risks, most serious first',
      'Risks not rated',
      'How each risk was rated',
      'Principles most at stake',
      'Open items',
      'Answers',
      'Sign-off',
    ]);
    const styles = word.part('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    const readinessHeadings = styled(
      readWordFile(await renderReportDocx(readiness())).documentXml,
      'Heading1',
    );
    expect(readinessHeadings).toEqual([
      'Summary',
      'Overall readiness',
      'Dimensions',
      'What to do next, weakest dimension first',
      'How each dimension was scored',
      'Open items',
      'Answers',
      'Sign-off',
    ]);
  });

  it('marks a draft in the header of every page, and a final report not at all', async () => {
    const draftModel = draft();
    expect(draftModel.status.draft).toBe(true);
    const word = readWordFile(await renderReportDocx(draftModel));
    const headers = [...word.entries.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.map((name) => wordParagraphs(word.part(name)).join(' ')).join(' ')).toContain(
      draftModel.status.mark,
    );
    // One section whose default header is that one: Word repeats it on every page.
    expect(word.documentXml.match(/<w:sectPr/g)).toHaveLength(1);
    expect(word.documentXml).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
    expect(word.paragraphs).toContain(draftModel.status.text);

    const final = readWordFile(await renderReportDocx(completed()));
    const finalHeaders = [...final.entries.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(finalHeaders.map((name) => final.part(name)).join('')).not.toContain('DRAFT');
    expect(final.text).not.toContain('DRAFT');
  });

  it('repeats the header row of every table with column headings across pages', async () => {
    const word = readWordFile(await renderReportDocx(completed()));
    const withHeadings = tables(word.documentXml).filter((rows) => rows[0]?.header === true);
    const firstCells = withHeadings.map((rows) => rows[0]?.cells[0]?.text);
    expect(firstCells).toEqual(expect.arrayContaining(['#', 'Risk', 'Section', 'Question', 'Level']));
    for (const rows of withHeadings) expect(rows.slice(1).every((row) => !row.header)).toBe(true);
  });

  it('draws the heat map as a table coloured like the charts, naming the level and the risks in each cell', async () => {
    const model = completed();
    const section = riskSection(model);
    const { likelihood, severity, cells } = section.matrix;
    const heatMap = tables(readWordFile(await renderReportDocx(model)).documentXml).find((rows) =>
      rows[0]?.cells[0]?.text.startsWith(`${likelihood.title} (rows)`),
    );
    expect(heatMap).toBeDefined();
    const rows = heatMap?.slice(1) ?? [];
    expect(rows).toHaveLength(likelihood.points.length);
    rows.forEach((row, rowIndex) => {
      const likelihoodIndex = likelihood.points.length - 1 - rowIndex;
      expect(row.cells[0]?.text).toContain(likelihood.points[likelihoodIndex]?.label ?? '?');
      expect(row.cells).toHaveLength(severity.points.length + 1);
      row.cells.slice(1).forEach((cell, severityIndex) => {
        const levelId = cells[likelihoodIndex]?.[severityIndex] ?? '';
        const rank = section.levels.findIndex((level) => level.id === levelId);
        expect(cell.fill).toBe(levelPaint(rank, section.levels.length).fill.slice(1));
        expect(cell.text).toContain(section.levels[rank]?.label ?? '?');
        const inCell = section.rated.filter(
          (risk) => risk.likelihood.index === likelihoodIndex && risk.severity.index === severityIndex,
        );
        for (const risk of inCell) expect(cell.text).toMatch(new RegExp(`\\b${risk.number}\\b`));
        if (inCell.length === 0) expect(cell.text).toBe(section.levels[rank]?.label);
      });
    });
  });

  it('keeps typed control characters from breaking the file and keeps line breaks', async () => {
    // Vertical tab and form feed end a line where people paste from (report-fixtures' lineEndings).
    const text = 'First line\nsecond line\u000bthird line\u000cfourth\u0001 line\ud800 end';
    const word = readWordFile(await renderReportDocx(reportModel(readinessBundleWithText(text))));
    // XML 1.0 allows no control character but tab, line feed and carriage return, nor a lone surrogate.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(word.documentXml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/);
    expect(word.paragraphs.join('\n')).toContain('First line\nsecond line\nthird line\nfourth line end');
  });
});
