// Only for the root type check (tsconfig.json: Node + DOM), which also reads this directory.
// Loading the real workerd types there would clash with the DOM ones the web page and server
// tests rely on, so the root program sees these modules as untyped. tests/workers/tsconfig.json
// excludes this file and checks src/runtime/workers against the types `wrangler types` generates
// from wrangler.toml (`npm run test:workers` does both).
declare module 'cloudflare:workers';
declare module 'cloudflare:test';
