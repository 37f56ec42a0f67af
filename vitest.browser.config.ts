import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium driven by playwright-core against the real server.
// One file at a time in one fork: each file starts a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/web/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/web/build-web-once.ts'],
  },
});
