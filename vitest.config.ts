import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/workers-bundle runs in npm run test:workers: it needs the built page and boots wrangler.
    exclude: ['tests/workers/**', 'tests/workers-bundle/**', 'tests/web/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
