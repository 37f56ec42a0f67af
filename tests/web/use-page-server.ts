import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { type PageServer, startPageServer } from './start-page-server.ts';

/** One server and one browser per test file; each test opens its own browser context. */
export function usePageServer(): { readonly server: PageServer; readonly browser: Browser } {
  const shared: { server?: PageServer; browser?: Browser } = {};
  beforeAll(async () => {
    shared.server = await startPageServer();
    shared.browser = await launchChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return {
    get server() {
      if (shared.server === undefined) throw new Error('the page server starts in beforeAll');
      return shared.server;
    },
    get browser() {
      if (shared.browser === undefined) throw new Error('the browser starts in beforeAll');
      return shared.browser;
    },
  };
}
