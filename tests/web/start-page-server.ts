import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/runtime/node/start-server.ts';

export type PageServer = { url: string; close(): Promise<void> };

/**
 * The real server (real assistant, SQLite store) on a free loopback port, with its data in a fresh
 * temporary directory and no model key: the page must work without one.
 */
export async function startPageServer(): Promise<PageServer> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'raia-web-'));
  const config = loadConfig({ RAIA_DATA_DIR: dataDirectory, LOG_LEVEL: 'silent' });
  if (!config.success) throw new Error(config.error);
  const server = await startServer({ config: config.data, port: 0 });
  return {
    url: server.url,
    async close() {
      await server.close();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
