// `npm start`: configuration from the environment, then the HTTP server until SIGINT or SIGTERM.
import { loadConfig } from '../../config.ts';
import { startServer } from './start-server.ts';

const config = loadConfig(process.env);
if (!config.success) {
  process.stderr.write(`${config.error}\n`);
  process.exit(1);
}

try {
  const server = await startServer({ config: config.data });
  process.stdout.write(`RAIA is running at ${server.url}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`RAIA did not close cleanly: ${describe(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`RAIA could not start: ${describe(error)}\n`);
  process.exit(1);
}

/** The message, then the underlying system error on its own line for whoever fixes it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `\nDetails: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
