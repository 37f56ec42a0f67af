import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../src/runtime/node/read-pdf-pages.ts';
import {
  answerRiskViaApi,
  crowdedRiskAnswers,
  draftRiskAnswers,
  submittedDraftAnswers,
} from './answer-risk-via-api.ts';
import { usePageServer } from './use-page-server.ts';

const harness = usePageServer();
const widths = [1280, 390];
const reports: Record<'completed' | 'draft', string> = { completed: '', draft: '' };

beforeAll(async () => {
  await mkdir('test-artifacts', { recursive: true });
  const request = (await harness.browser.newContext()).request;
  for (const [name, answerer] of [
    ['completed', crowdedRiskAnswers],
    ['draft', draftRiskAnswers()],
  ] as const) {
    const sessionId = await answerRiskViaApi(request, harness.server.url, answerer);
    reports[name] = new URL(`/api/sessions/${sessionId}/report?format=html`, harness.server.url).toString();
  }
});

async function openReport(name: keyof typeof reports, width: number): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(reports[name]);
  expect(response?.status()).toBe(200);
  return page;
}

/** Everything wider than the page: the document itself, any SVG, any table outside a scrolling box. */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) =>
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) &&
      element.getBoundingClientRect().right <= viewport + 0.5;
    const outside = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.left < -0.5 || box.right > viewport + 0.5;
    };
    const inScrollBox = (element: Element) => {
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (scrollsSideways(parent)) return true;
      }
      return false;
    };
    return {
      pageWiderThanViewport: document.documentElement.scrollWidth > viewport,
      wideTables: [...document.querySelectorAll('table')]
        .filter((table) => outside(table) && !inScrollBox(table))
        .map((table) => table.querySelector('th')?.textContent ?? 'a table'),
      wideCharts: [...document.querySelectorAll('svg')]
        .filter(outside)
        .map((svg) => svg.getAttribute('class')),
    };
  });
}

/** Pairs of chart texts whose drawn glyph boxes overlap, and texts drawn outside their cell. */
function chartCollisions(page: Page) {
  return page.evaluate(() => {
    const overlaps = (first: DOMRect, second: DOMRect) =>
      first.left < second.right - 0.5 &&
      second.left < first.right - 0.5 &&
      first.top < second.bottom - 0.5 &&
      second.top < first.bottom - 0.5;
    const collisions: string[] = [];
    for (const svg of document.querySelectorAll('svg.heat-map, svg.residual-levels, svg.readiness-chart')) {
      const texts = [...svg.querySelectorAll('text')].map((text) => ({
        text: text.textContent ?? '',
        box: text.getBoundingClientRect(),
      }));
      texts.forEach((first, index) => {
        for (const second of texts.slice(index + 1)) {
          if (overlaps(first.box, second.box)) collisions.push(`"${first.text}" / "${second.text}"`);
        }
      });
      for (const cell of svg.querySelectorAll('g.cell, g.level-row')) {
        const area = cell.querySelector('rect')?.getBoundingClientRect();
        for (const text of cell.querySelectorAll('text')) {
          const box = text.getBoundingClientRect();
          if (
            area === undefined ||
            box.left < area.left ||
            box.right > area.right ||
            box.bottom > area.bottom
          ) {
            collisions.push(`"${text.textContent}" outside its cell`);
          }
        }
      }
    }
    return collisions;
  });
}

describe('the HTML report on a desktop, a phone and paper', () => {
  for (const width of widths) {
    it(`fits ${width} px: no table or chart wider than the page, chart texts never collide`, async () => {
      for (const name of ['completed', 'draft'] as const) {
        const page = await openReport(name, width);
        await page.screenshot({ path: `test-artifacts/report-${name}-${width}px.png`, fullPage: true });
        expect(await overflowOf(page), `${name} at ${width} px`).toEqual({
          pageWiderThanViewport: false,
          wideTables: [],
          wideCharts: [],
        });
        expect(await chartCollisions(page), `${name} at ${width} px`).toEqual([]);
        const banner = page.locator('.draft-banner');
        if (name === 'draft') expect(await banner.isVisible()).toBe(true);
        else expect(await banner.count()).toBe(0);
        await page.context().close();
      }
    });
  }

  it('groups the many risks of one cell under one count, which the list under the chart repeats', async () => {
    const page = await openReport('completed', 1280);
    const cells = await page.locator('svg.heat-map g.cell').evaluateAll((groups) =>
      groups.map((group) => ({
        count: Number(group.getAttribute('data-count')),
        badge: group.querySelector('g.count text')?.textContent ?? null,
      })),
    );
    const crowded = cells.reduce((most, cell) => (cell.count > most.count ? cell : most));
    expect(crowded.count).toBeGreaterThanOrEqual(12);
    expect(crowded.badge).toBe(String(crowded.count));
    const rated = await page.locator('#rated-risks tbody tr').count();
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(rated);
    expect(
      await page
        .locator('.chart-list li', {
          hasText: new RegExp(`${crowded.count} risks, numbers\\s1–${crowded.count}$`),
        })
        .count(),
    ).toBe(2);
    await page.context().close();
  });

  it('prints the draft with its banner, table headings on every page it spans and DRAFT on every page', async () => {
    const page = await openReport('draft', 1280);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-artifacts/report-draft-print.png', fullPage: true });
    expect(await page.locator('.draft-banner').isVisible()).toBe(true);
    const layout = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('thead')].map((head) => getComputedStyle(head).display),
      headingsVisible: [...document.querySelectorAll('th')].every(
        (cell) => cell.getBoundingClientRect().height > 0,
      ),
      keptWithNext: [...document.querySelectorAll('h2')].map(
        (heading) => getComputedStyle(heading).breakAfter,
      ),
      rowsWhole: [...document.querySelectorAll('tr')].every(
        (row) => getComputedStyle(row).breakInside === 'avoid',
      ),
    }));
    expect(new Set(layout.headings)).toEqual(new Set(['table-header-group']));
    expect(layout.headingsVisible).toBe(true);
    expect(new Set(layout.keptWithNext)).toEqual(new Set(['avoid']));
    expect(layout.rowsWhole).toBe(true);

    const pdf = await page.pdf({ preferCSSPageSize: true });
    await writeFile('test-artifacts/report-draft.pdf', pdf);
    const pages = await readPdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('DRAFT: required questions are still open');
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    await page.context().close();
  });

  it('prints a completed report with page numbers, no draft mark, and the headings of a long table on each page', async () => {
    const page = await openReport('completed', 1280);
    // The longest table, the heading of its section and of the section after it.
    const longest = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('table')];
      const table = tables.reduce((most, entry) => (entry.rows.length > most.rows.length ? entry : most));
      const section = table.closest('section');
      const next = section?.nextElementSibling?.querySelector('h2');
      return {
        headings: [...table.querySelectorAll('th')].map((cell) => cell.textContent ?? ''),
        title: section?.querySelector('h2')?.textContent ?? '',
        nextTitle: next?.textContent ?? '',
      };
    });
    const pages = await readPdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    expect(pages.some((text) => text.includes('DRAFT'))).toBe(false);
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const headingRow = new RegExp(
      longest.headings
        .map((heading) => heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
        .join('\\s+'),
    );
    const first = pages.findIndex((text) => text.includes(longest.title) && headingRow.test(text));
    const next = pages.findIndex((text, index) => index > first && text.includes(longest.nextTitle));
    // Every page after the first that the table reaches starts again with its headings.
    const middle = pages.slice(first + 1, longest.nextTitle === '' || next < 0 ? pages.length : next);
    expect(middle.length, 'the longest table spans three pages or more').toBeGreaterThan(0);
    for (const text of [pages[first] ?? '', ...middle]) expect(text).toMatch(headingRow);
    await page.context().close();
  });

  it('prints a submitted draft from the chat page with DRAFT on every page, as the report itself does', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const sessionId = await answerRiskViaApi(context.request, harness.server.url, submittedDraftAnswers);
    const page = await context.newPage();
    await page.goto(new URL(`/?session=${sessionId}`, harness.server.url).toString());
    await page.locator('#panel-title', { hasText: 'Your results' }).waitFor();
    await page.locator('.results__report .report-copy .draft-banner').waitFor({ state: 'attached' });
    const pages = await readPdfPages(new Uint8Array(await page.pdf()));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.filter((text) => !text.includes('DRAFT: required questions are still open'))).toEqual([]);
    await context.close();
  });
});
