/**
 * The logging port the HTTP layer writes to. pino satisfies it on Node (src/runtime/node);
 * Workers pass a console-backed one. Details never carry answer text or session content.
 */
export interface Logger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** One JSON line per entry on the console: readable in `wrangler tail` and in tests. */
export const consoleLogger: Logger = {
  info: (details, message) => console.info(toLine('info', details, message)),
  warn: (details, message) => console.warn(toLine('warn', details, message)),
  error: (details, message) => console.error(toLine('error', details, message)),
};

function toLine(level: string, details: Record<string, unknown>, message: string): string {
  return JSON.stringify({ level, message, ...details }, (_key, value: unknown) =>
    // Errors have no enumerable fields: spell out what an operator needs, cause included.
    value instanceof Error
      ? { name: value.name, message: value.message, stack: value.stack, cause: value.cause }
      : value,
  );
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
