import { defineConfig } from 'vitest/config';

// The deployable Worker bundle booted in workerd by `wrangler dev` (part of `npm run test:workers`):
// a Node test process driving it over HTTP on loopback.
export default defineConfig({
  test: {
    include: ['tests/workers-bundle/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
