// Placeholder until the HTTP server lands: `npm start` prints the CLI help.
import { runCli } from './cli.ts';

process.exitCode = await runCli(['--help']);
