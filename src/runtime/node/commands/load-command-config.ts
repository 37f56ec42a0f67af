import { type Config, loadConfig } from '../../../config.ts';
import type { CliIo } from './cli-command.ts';

/** The configuration from the environment, or undefined after printing why it is invalid. */
export function loadCommandConfig(name: string, io: CliIo): Config | undefined {
  const config = loadConfig(io.environment);
  if (config.success) return config.data;
  io.stderr(`raia ${name}: ${config.error}\n`);
  return undefined;
}
