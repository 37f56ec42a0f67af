import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/** Test-only secrets (typed in tests/workers/test-bindings.d.ts): Slack API calls go to a closed port. */
const workerTestBindings = {
  SLACK_SIGNING_SECRET: 'test-signing-secret-for-workerd',
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
};

// The Worker and its Durable Objects run inside workerd (`npm run test:workers`), configured from
// wrangler.toml as deployed, plus the test secrets above.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: workerTestBindings },
    }),
  ],
  test: {
    include: ['tests/workers/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
