import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { askCommand } from './commands/ask-command.ts';
import { chatCommand } from './commands/chat-command.ts';
import { type CliCommand, type CliIo, exitCodes } from './commands/cli-command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { searchCommand } from './commands/search-command.ts';

/** Every `raia` command. Add new ones (`chat`, `serve`) here: help and dispatch pick them up. */
export const commands: Record<string, CliCommand> = {
  ask: askCommand,
  search: searchCommand,
  ingest: ingestCommand,
  chat: chatCommand,
};

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  environment: process.env,
};

/** `raia` command line: returns the exit code (0 success, 1 failure, 2 usage error). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return exitCodes.success;
  }
  // Own properties only: `raia constructor` must not find Object.prototype.constructor.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`raia: unknown command "${name}"\n\n${generalHelp()}`);
    return exitCodes.usage;
  }
  return command.run(args, io);
}

function generalHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return `raia: Responsible AI Innovation Assistant

Usage: raia <command> [options]

Commands:
${lines.join('\n')}

Run "raia <command> --help" for a command's options.
`;
}

/** Run directly (`tsx src/runtime/node/cli.ts`), not imported by bin/raia.js or a test. */
function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry || !existsSync(entry)) return false;
  return import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) {
  process.exitCode = await runCli(process.argv.slice(2));
}
