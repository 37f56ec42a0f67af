/**
 * Records the storage calls one Durable Object instance makes, by putting recording proxies in
 * front of its `ctx.storage` and `ctx.storage.sql`. The objects run in the tests' isolate, so a
 * proxy installed through `runInDurableObject` sees exactly what the object asks of workerd.
 *
 * A "transaction" is what workerd commits: on SQLite-backed objects every write opens (or joins)
 * an implicit transaction that is committed once the current synchronous run has ended, with the
 * output gate closed until the commit is durable; `transactionSync` is a savepoint inside it. So
 * writes are grouped here by synchronous run, a run ending at the next microtask checkpoint. That
 * is never later than workerd's commit, so the count can only come out too high, never too low.
 */
export interface StorageTrace {
  summary(): StorageSummary;
}

export interface StorageSummary {
  /** Synchronous runs holding at least one write: the commits workerd makes. */
  transactions: number;
  transactionSyncCalls: number;
  writes: number;
  /** Read statements by the table they read (`sqlite_master` for the schema probes). */
  readsByTable: Record<string, number>;
  /** Read statements issued more than once with the same bindings. */
  duplicateReads: string[];
}

interface StorageCall {
  description: string;
  table: string;
  write: boolean;
  run: number;
}

interface SqlLike {
  exec(query: string, ...bindings: unknown[]): unknown;
}

const readStatement = /^\s*(SELECT|WITH)\b/i;
const readMethods = new Set(['get', 'list', 'getAlarm']);
const writeMethods = new Set(['put', 'delete', 'deleteAll', 'setAlarm', 'deleteAlarm']);

/** Replaces the instance's `ctx` with a recording one; the object keeps its real storage behind it. */
export function traceStorage(instance: object): StorageTrace {
  const calls: StorageCall[] = [];
  let transactionSyncCalls = 0;
  let run = 0;
  let runOpen = false;
  const record = (description: string, table: string, write: boolean) => {
    if (!runOpen) {
      run += 1;
      runOpen = true;
      queueMicrotask(() => {
        runOpen = false;
      });
    }
    calls.push({ description, table, write, run });
  };

  const sqlProxy = (sql: SqlLike): SqlLike =>
    new Proxy(sql, {
      get(target, key) {
        if (key === 'exec') {
          return (query: string, ...bindings: unknown[]) => {
            const statement = query.replace(/\s+/g, ' ').trim();
            record(
              `${statement} ${JSON.stringify(bindings)}`,
              tableOf(statement),
              !readStatement.test(query),
            );
            return target.exec(query, ...bindings);
          };
        }
        return bound(target, key);
      },
    });

  const storageProxy = (storage: object): object =>
    new Proxy(storage, {
      get(target, key) {
        if (key === 'sql') return sqlProxy(Reflect.get(target, key) as SqlLike);
        const value = bound(target, key);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        if (key === 'transactionSync') {
          return (callback: () => unknown) => {
            transactionSyncCalls += 1;
            record('transactionSync', '', true);
            return value(callback);
          };
        }
        if (readMethods.has(key) || writeMethods.has(key)) {
          return (...parameters: unknown[]) => {
            record(`${key} ${JSON.stringify(parameters)}`, key, writeMethods.has(key));
            return value(...parameters);
          };
        }
        return value;
      },
    });

  const holder = instance as { ctx: object };
  const context = holder.ctx;
  const tracedContext = new Proxy(context, {
    get(target, key) {
      if (key === 'storage') return storageProxy(Reflect.get(target, key) as object);
      return bound(target, key);
    },
  });
  Object.defineProperty(instance, 'ctx', { value: tracedContext, configurable: true, writable: true });

  return {
    summary() {
      const readsByTable: Record<string, number> = {};
      const readCounts = new Map<string, number>();
      for (const call of calls) {
        if (call.write) continue;
        readsByTable[call.table] = (readsByTable[call.table] ?? 0) + 1;
        readCounts.set(call.description, (readCounts.get(call.description) ?? 0) + 1);
      }
      return {
        transactions: new Set(calls.filter((call) => call.write).map((call) => call.run)).size,
        transactionSyncCalls,
        writes: calls.filter((call) => call.write && call.description !== 'transactionSync').length,
        readsByTable,
        duplicateReads: [...readCounts].filter(([, count]) => count > 1).map(([statement]) => statement),
      };
    },
  };
}

/** Native methods check their receiver: call them on the real object, never on the proxy. */
function bound(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
}

function tableOf(statement: string): string {
  if (statement.includes('sqlite_master') || statement.includes('pragma_table_info')) return 'sqlite_master';
  return /\b(?:FROM|INTO|UPDATE|TABLE(?: IF NOT EXISTS)?)\s+(\w+)/i.exec(statement)?.[1] ?? 'unknown';
}
