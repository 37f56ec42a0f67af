import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

type AxeResult = {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }>;
};

/**
 * Runs axe-core's WCAG 2.1 A/AA and best-practice rules on the page as it is now and returns the
 * violations as "rule: targets" lines. axe is evaluated through DevTools, so the page's CSP is untouched.
 */
export async function checkAccessibility(page: Page): Promise<string[]> {
  axeSource ??= await readFile(axePath, 'utf8');
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.evaluate(axeSource);
  const result = await page.evaluate<AxeResult>(() => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }
    ).axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
  });
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
  );
}
