import { AppError } from '../../../app-error.ts';
import { composeNodeCore } from '../compose-node-core.ts';
import { runTerminalChat } from '../run-terminal-chat.ts';
import { type CliCommand, exitCodes, parseCommandArgs, reportError } from './cli-command.ts';
import { loadCommandConfig } from './load-command-config.ts';

const help = `Usage: raia chat [--session ID]

Talk to RAIA in the terminal: the same conversation as the web page, saved in RAIA_DATA_DIR.
Type an answer, a number to pick a numbered choice, or a question about the Toolkit.
Say "help" for what you can do; "quit", "exit", Ctrl-C or Ctrl-D leave at any point (everything is
already saved, and the exit message says how to resume).

Options:
  --session ID   resume a session
  --help         show this help
`;

export const chatCommand: CliCommand = {
  summary: 'complete a questionnaire or ask questions in the terminal',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs('chat', chatCommand, args, { session: { type: 'string' } }, io);
    if ('exitCode' in parsed) return parsed.exitCode;
    const config = loadCommandConfig('chat', io);
    if (!config) return exitCodes.failure;
    let core: Awaited<ReturnType<typeof composeNodeCore>>;
    try {
      core = await composeNodeCore(config);
    } catch (error) {
      const failure =
        error instanceof AppError
          ? error
          : new AppError('internal', `RAIA could not start: ${String(error)}`, { cause: error });
      return reportError('chat', failure, io);
    }
    try {
      return await runTerminalChat(
        core.assistant,
        { sessionId: parsed.parsed.values.session },
        {
          input: io.input ?? process.stdin,
          output: { write: (text: string) => io.stdout(text) },
          error: { write: (text: string) => io.stderr(text) },
          columns: process.stdout.columns,
          onInterrupt: (handler) => {
            process.on('SIGINT', handler);
            return () => {
              process.off('SIGINT', handler);
            };
          },
        },
      );
    } finally {
      core.store.close();
    }
  },
};
