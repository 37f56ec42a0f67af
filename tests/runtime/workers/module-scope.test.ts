import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * workerd refuses I/O, timers, random values and AbortController work while a module loads
 * ("Disallowed operation called within global scope") and then refuses to start the Worker.
 * This is the quick check in Node: load everything the Worker composes with those operations
 * made to throw. The real check boots the built bundle in workerd (tests/workers-bundle).
 */
// Only the runtime's base classes; nothing of theirs runs while modules load.
vi.mock('cloudflare:workers', () => ({
  DurableObject: class {},
  WorkerEntrypoint: class {},
  waitUntil: () => undefined,
}));

const forbidden = (name: string) => () => {
  throw new Error(`${name} was called while a module was loading`);
};

describe('the Worker composition', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('does no I/O, timers, random values or AbortController work when its modules load', async () => {
    vi.resetModules();
    vi.stubGlobal(
      'AbortController',
      class {
        constructor() {
          forbidden('new AbortController()')();
        }
      },
    );
    vi.stubGlobal('setTimeout', forbidden('setTimeout'));
    vi.stubGlobal('setInterval', forbidden('setInterval'));
    vi.stubGlobal('fetch', forbidden('fetch'));
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(forbidden('crypto.getRandomValues'));
    vi.spyOn(crypto, 'randomUUID').mockImplementation(forbidden('crypto.randomUUID'));
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(forbidden('AbortSignal.timeout'));

    const worker = await import('../../../src/runtime/workers/worker.ts');

    expect(typeof worker.default).toBe('function');
    expect(typeof worker.SessionObject).toBe('function');
  });
});
