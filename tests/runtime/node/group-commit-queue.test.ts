import { describe, expect, it } from 'vitest';
import {
  type BatchTransaction,
  createGroupCommitQueue,
  GroupCommitClosedError,
} from '../../../src/runtime/node/group-commit-queue.ts';

/** A promise the test resolves or rejects when it chooses. */
function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run: one turn of the event loop, no timer. */
const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A transaction that writes nothing and records what the queue asked of it, in order; `commit`
 * and `active` can be replaced by a test. A write's own throw is "undone" like a savepoint.
 */
function fakeTransaction() {
  const events: string[] = [];
  const controls = {
    commit: (): undefined | PromiseLike<void> => undefined,
    active: true,
  };
  const transaction: BatchTransaction = {
    begin: () => {
      events.push('begin');
      controls.active = true;
    },
    isolate: (write) => write(),
    isActive: () => controls.active,
    commit: () => {
      events.push('commit');
      return controls.commit();
    },
    rollback: () => {
      events.push('rollback');
    },
  };
  return { transaction, events, controls };
}

/** A scheduler the test runs by hand, so it decides when a batch is written. */
function heldScheduler() {
  const flushes: Array<() => void> = [];
  return {
    schedule: (flush: () => void) => {
      flushes.push(flush);
    },
    flushes,
    runNext: () => {
      const flush = flushes.shift();
      if (flush === undefined) throw new Error('no flush was scheduled');
      flush();
    },
  };
}

function setup(maxBatchSize = 128) {
  const fake = fakeTransaction();
  const scheduler = heldScheduler();
  const queue = createGroupCommitQueue({
    transaction: fake.transaction,
    maxBatchSize,
    schedule: scheduler.schedule,
  });
  /** A write that logs its name inside the transaction and returns it. */
  const write = (name: string) => () => {
    fake.events.push(name);
    return name;
  };
  return { ...fake, scheduler, queue, write };
}

/** Settles a promise into a plain record, so a test can look at it without awaiting it first. */
function track<T>(promise: Promise<T>) {
  const state: { settled: 'no' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { settled: 'no' };
  promise.then(
    (value) => Object.assign(state, { settled: 'resolved', value }),
    (error: unknown) => Object.assign(state, { settled: 'rejected', error }),
  );
  return state;
}

describe('createGroupCommitQueue', () => {
  it('writes everything queued before the flush in one transaction', async () => {
    const { queue, write, scheduler, events } = setup();
    const results = [queue.enqueue(write('a')), queue.enqueue(write('b')), queue.enqueue(write('c'))];
    expect(scheduler.flushes).toHaveLength(1);
    expect(events).toEqual([]);

    scheduler.runNext();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['begin', 'a', 'b', 'c', 'commit']);
    expect(queue.stats()).toEqual({ transactions: 1, writes: 3, largestBatch: 3, pending: 0 });
    expect(scheduler.flushes).toHaveLength(0);
  });

  it('puts a write queued while a commit is in flight into the next transaction', async () => {
    const { queue, write, scheduler, events, controls } = setup();
    const gate = deferred();
    controls.commit = () => gate.promise;
    const first = track(queue.enqueue(write('a')));
    scheduler.runNext();
    const second = track(queue.enqueue(write('b')));
    // One transaction at a time: nothing is scheduled while the first one commits.
    expect(scheduler.flushes).toHaveLength(0);
    expect(events).toEqual(['begin', 'a', 'commit']);

    controls.commit = () => undefined;
    gate.resolve();
    await nextLoopTurn();
    expect(first).toMatchObject({ settled: 'resolved', value: 'a' });
    expect(second.settled).toBe('no');
    scheduler.runNext();
    await nextLoopTurn();
    expect(second).toMatchObject({ settled: 'resolved', value: 'b' });
    expect(events).toEqual(['begin', 'a', 'commit', 'begin', 'b', 'commit']);
  });

  it('puts a write queued from inside a running batch into the next transaction', async () => {
    const { queue, write, scheduler, events } = setup();
    let inner: Promise<string> | undefined;
    const outer = queue.enqueue(() => {
      inner = queue.enqueue(write('inner'));
      return write('outer')();
    });
    scheduler.runNext();
    expect(await outer).toBe('outer');
    expect(events).toEqual(['begin', 'outer', 'commit']);
    scheduler.runNext();
    expect(await inner).toBe('inner');
    expect(events).toEqual(['begin', 'outer', 'commit', 'begin', 'inner', 'commit']);
  });

  it('splits writes beyond the cap into the following transactions, first come first served', async () => {
    const { queue, write, scheduler, events } = setup(2);
    const results = ['a', 'b', 'c', 'd', 'e'].map((name) => queue.enqueue(write(name)));
    scheduler.runNext();
    // The rest is flushed right after, without waiting for another write to arrive.
    expect(scheduler.flushes).toHaveLength(1);
    scheduler.runNext();
    scheduler.runNext();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(events.join(' ')).toBe('begin a b commit begin c d commit begin e commit');
    expect(queue.stats()).toEqual({ transactions: 3, writes: 5, largestBatch: 2, pending: 0 });
  });

  it('rejects every write of a batch whose commit fails, and none of the next batch', async () => {
    const { queue, write, scheduler, events, controls } = setup();
    const diskFull = new Error('disk I/O error at COMMIT');
    controls.commit = () => {
      throw diskFull;
    };
    const failed = [queue.enqueue(write('a')), queue.enqueue(write('b'))];
    scheduler.runNext();
    const outcomes = await Promise.allSettled(failed);
    expect(outcomes).toEqual([
      { status: 'rejected', reason: diskFull },
      { status: 'rejected', reason: diskFull },
    ]);
    expect(events).toEqual(['begin', 'a', 'b', 'commit', 'rollback']);

    controls.commit = () => undefined;
    const next = queue.enqueue(write('c'));
    scheduler.runNext();
    expect(await next).toBe('c');
  });

  it('rejects every write of a batch whose asynchronous commit rejects', async () => {
    const { queue, write, scheduler, controls } = setup();
    const gate = deferred();
    controls.commit = () => gate.promise;
    const writes = [track(queue.enqueue(write('a'))), track(queue.enqueue(write('b')))];
    scheduler.runNext();
    const failure = new Error('the file was replaced');
    gate.reject(failure);
    await nextLoopTurn();
    expect(writes).toEqual([
      { settled: 'rejected', error: failure },
      { settled: 'rejected', error: failure },
    ]);
  });

  it('rejects every write when the transaction cannot begin', async () => {
    const { queue, write, scheduler, transaction } = setup();
    const busy = new Error('database is locked');
    transaction.begin = () => {
      throw busy;
    };
    const writes = [queue.enqueue(write('a')), queue.enqueue(write('b'))];
    scheduler.runNext();
    expect(await Promise.allSettled(writes)).toEqual([
      { status: 'rejected', reason: busy },
      { status: 'rejected', reason: busy },
    ]);
  });

  it('rejects only the write that failed on its own; the rest of its batch commits', async () => {
    const { queue, write, scheduler, events } = setup();
    const conflict = new Error('UNIQUE constraint failed');
    const writes = [
      queue.enqueue(write('a')),
      queue.enqueue((): string => {
        throw conflict;
      }),
      queue.enqueue(write('c')),
    ];
    scheduler.runNext();
    expect(await Promise.allSettled(writes)).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: conflict },
      { status: 'fulfilled', value: 'c' },
    ]);
    expect(events).toEqual(['begin', 'a', 'c', 'commit']);
  });

  it('fails the whole batch when one write took the transaction down with it', async () => {
    const { queue, write, scheduler, events, controls } = setup();
    const full = new Error('database or disk is full');
    const writes = [
      queue.enqueue(write('a')),
      queue.enqueue((): string => {
        // SQLite rolls back the whole transaction on some errors (SQLITE_FULL, SQLITE_IOERR).
        controls.active = false;
        throw full;
      }),
      queue.enqueue(write('c')),
    ];
    scheduler.runNext();
    expect(await Promise.allSettled(writes)).toEqual([
      { status: 'rejected', reason: full },
      { status: 'rejected', reason: full },
      { status: 'rejected', reason: full },
    ]);
    expect(events).toEqual(['begin', 'a', 'rollback']);
  });

  it('resolves no write before its commit has returned', async () => {
    const { queue, write, scheduler, controls } = setup();
    const gate = deferred();
    controls.commit = () => gate.promise;
    const writes = [track(queue.enqueue(write('a'))), track(queue.enqueue(write('b')))];
    scheduler.runNext();
    await nextLoopTurn();
    expect(writes.map((entry) => entry.settled)).toEqual(['no', 'no']);

    gate.resolve();
    await nextLoopTurn();
    expect(writes.map((entry) => entry.settled)).toEqual(['resolved', 'resolved']);
  });

  it('writes what is queued when closed, then refuses new writes', async () => {
    const { queue, write, scheduler, events } = setup(2);
    const queued = ['a', 'b', 'c'].map((name) => queue.enqueue(write(name)));
    queue.close();
    expect(events.join(' ')).toBe('begin a b commit begin c commit');
    expect(await Promise.all(queued)).toEqual(['a', 'b', 'c']);
    await expect(queue.enqueue(write('late'))).rejects.toBeInstanceOf(GroupCommitClosedError);
    // The flush scheduled before closing finds nothing left to write.
    scheduler.runNext();
    expect(queue.stats()).toMatchObject({ transactions: 2, pending: 0 });
  });
});
