import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger } from '../../src/server/logger.ts';

describe('consoleLogger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line that spells out an error and its cause', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line));
    const cause = new Error('SQLITE_FULL: database or disk is full');
    consoleLogger.error(
      { route: '/api/sessions', err: new Error('save failed', { cause }) },
      'Unhandled error',
    );

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 'error',
      message: 'Unhandled error',
      route: '/api/sessions',
      err: {
        name: 'Error',
        message: 'save failed',
        cause: { message: 'SQLITE_FULL: database or disk is full' },
      },
    });
  });
});
