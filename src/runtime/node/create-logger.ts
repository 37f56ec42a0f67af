import { type DestinationStream, pino } from 'pino';
import type { Config } from '../../config.ts';
import type { Logger } from '../../server/logger.ts';

/**
 * Redaction is a second line of defence: callers already leave answers, text and secrets out.
 * Paths cover the value itself and one level of nesting (`details.text`, `headers.authorization`).
 */
export const redactedPaths = [
  'authorization',
  'token',
  'tokens',
  'apiKey',
  'cookie',
  'text',
  'answer',
  'answers',
  'transcript',
  'question',
  'prompt',
  '*.authorization',
  '*.token',
  '*.apiKey',
  '*.cookie',
  '*.text',
  '*.answer',
  '*.answers',
  '*.transcript',
  '*.question',
  '*.prompt',
  'headers["x-slack-signature"]',
  '*.headers.authorization',
];

/** JSON lines (one object per log entry) on stdout, or on `destination` (tests). */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'>,
  destination?: DestinationStream,
): Logger & { flush(): void } {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'raia' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  const logger = destination === undefined ? pino(options) : pino(options, destination);
  return {
    info: (details, message) => logger.info(details, message),
    warn: (details, message) => logger.warn(details, message),
    error: (details, message) => logger.error(details, message),
    flush: () => logger.flush(),
  };
}
