// Secrets are not in wrangler.toml, so `wrangler types` cannot know them: these are the ones
// vitest.workers.config.ts binds for the tests.
declare namespace Cloudflare {
  interface Env {
    SLACK_SIGNING_SECRET: string;
    SLACK_BOT_TOKEN: string;
  }
}
