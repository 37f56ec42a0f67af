// `npx tsx bench/web-load.ts`: how fast the chat page loads against the real server on loopback.
// Reports navigation start -> DOMContentLoaded and -> greeting drawn (which includes creating the
// session), for a cold browser context (empty cache) and warm reloads. Speed lives here, never in tests.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildWeb } from '../scripts/build-web.ts';
import { launchChromium } from '../tests/web/launch-chromium.ts';
import { startPageServer } from '../tests/web/start-page-server.ts';

const runs = Number(process.env.RUNS ?? 20);

type Sample = { domContentLoaded: number; greeting: number };

// Runs in the page before its own script: notes when the greeting is first in the DOM.
const markGreeting = () => {
  new MutationObserver((_records, observer) => {
    if (document.querySelector('.message--greeting') === null) return;
    performance.mark('greeting-drawn');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

const readSample = () => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const greeting = performance.getEntriesByName('greeting-drawn')[0];
  return {
    domContentLoaded: navigation.domContentLoadedEventEnd,
    greeting: greeting?.startTime ?? Number.NaN,
  };
};

function summarize(name: string, samples: Sample[]): void {
  const describe = (values: number[]) => {
    const sorted = [...values].sort((left, right) => left - right);
    const at = (share: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
    return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, min ${at(0).toFixed(0)} ms`;
  };
  console.log(`${name} (${samples.length} runs)`);
  console.log(`  DOMContentLoaded: ${describe(samples.map((sample) => sample.domContentLoaded))}`);
  console.log(`  greeting drawn:   ${describe(samples.map((sample) => sample.greeting))}`);
}

function median(samples: Sample[]): number {
  const sorted = samples.map((sample) => sample.domContentLoaded).sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

await buildWeb();
const script = await readFile(new URL('../web/dist/app.js', import.meta.url));
console.log(
  `app.js: ${(script.length / 1024).toFixed(1)} KiB, ${(gzipSync(script).length / 1024).toFixed(1)} KiB gzipped`,
);

const server = await startPageServer();
const browser = await launchChromium();
try {
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    await context.addInitScript(markGreeting);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.message--greeting');
    cold.push(await page.evaluate(readSample));
    // A reload resumes the session: GET the transcript, then where-was-i.
    await page.reload();
    await page.waitForSelector('.message--greeting');
    warm.push(await page.evaluate(readSample));
    await context.close();
  }
  // Baseline: what a fresh context costs for a page with no script at all (/healthz).
  const baseline: Sample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/healthz', server.url).toString());
    baseline.push({ ...(await page.evaluate(readSample)), greeting: Number.NaN });
    await context.close();
  }
  console.log(
    `baseline, /healthz in a fresh context: DOMContentLoaded median ${median(baseline).toFixed(0)} ms`,
  );
  summarize('cold context (new session)', cold);
  summarize('reload (resumed session)', warm);
} finally {
  await browser.close();
  await server.close();
}
