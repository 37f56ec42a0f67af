import { type Config, configSchema } from '../../src/config.ts';

/** A Config as loadConfig builds it, from environment-like strings. */
export function testConfig(environment: Record<string, string>): Config {
  return configSchema.parse(environment);
}

export const silentLog = { warn: () => undefined, error: () => undefined };
