import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { AppError } from '../../../app-error.ts';

/** Where a command writes and what environment it reads; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  environment: Record<string, string | undefined>;
  /** Lines typed by the user (interactive commands only); standard input when absent. */
  input?: NodeJS.ReadableStream;
}

/** One `raia <name>` command. */
export interface CliCommand {
  /** One line for `raia --help`. */
  summary: string;
  /** Full text for `raia <name> --help`. */
  help: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

export const exitCodes = { success: 0, failure: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>
>;

/**
 * Parses a command's arguments strictly (unknown options are usage errors). Returns undefined after
 * printing help or a usage error; the caller then exits with `exitCode`.
 */
export function parseCommandArgs<T extends Options>(
  name: string,
  command: Pick<CliCommand, 'help'>,
  args: string[],
  options: T,
  io: CliIo,
): { parsed: ParsedArgs<T> } | { exitCode: number } {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help);
    return { exitCode: exitCodes.success };
  }
  try {
    return { parsed: parseArgs({ args, options, allowPositionals: true, strict: true }) };
  } catch (error) {
    return { exitCode: usageError(name, error instanceof Error ? error.message : String(error), io) };
  }
}

export function usageError(name: string, message: string, io: CliIo): number {
  io.stderr(`raia ${name}: ${message}\nRun "raia ${name} --help" for usage.\n`);
  return exitCodes.usage;
}

/** A refused or failed operation: bad input is a usage error (2), anything else a failure (1). */
export function reportError(name: string, error: AppError, io: CliIo): number {
  io.stderr(`raia ${name}: ${error.userMessage}\n`);
  return error.code === 'bad-request' ? exitCodes.usage : exitCodes.failure;
}
