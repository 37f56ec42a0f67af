import type { env } from 'cloudflare:workers';

/**
 * The bindings and variables wrangler.toml declares, as `wrangler types` generates them
 * (a hand-written Env type broke `runInDurableObject` typing). Named through the module's `env`
 * so no file outside the generated one spells a workerd global.
 */
export type WorkerEnvironment = typeof env;
