import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteSessionStore } from '../../../src/runtime/node/sqlite-session-store.ts';
import { runRaiaUntilExit, type SpawnOptions } from './spawn-raia-server.ts';

/**
 * Permission bits do not stop root, and the tests run as root here: then the server runs as
 * `nobody`, for whom they are real. Run as anyone else, the server runs as that user.
 */
const asRoot = process.getuid?.() === 0;
const nobody = { uid: 65534, gid: 65534 };
const spawnOptions: SpawnOptions = asRoot ? { user: nobody } : {};
const at = new Date().toISOString();

describe('npm start with a data directory it cannot use', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'raia-data-dir-'));
    // mkdtemp makes the folder private to its owner; the server user must be able to enter it.
    chmodSync(root, 0o755);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A folder the server user owns, so only what a test changes stands in its way. */
  function ownedFolder(name: string): string {
    const folder = join(root, name);
    mkdirSync(folder);
    if (asRoot) chownSync(folder, nobody.uid, nobody.gid);
    return folder;
  }

  it('names the path and the cause when the path runs through a file (ENOTDIR)', async () => {
    writeFileSync(join(root, 'not-a-folder'), 'a regular file');
    const dataDirectory = join(root, 'not-a-folder', 'data');
    const { status, stderr } = await runRaiaUntilExit(dataDirectory);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `RAIA cannot use its data directory ${dataDirectory}: part of the path is a file, not a folder`,
    );
    expect(stderr).not.toContain('Your answer was not saved');
  });

  it('names the path and the cause when the directory is read-only', async () => {
    const dataDirectory = ownedFolder('read-only');
    chmodSync(dataDirectory, 0o555);
    const { status, stderr } = await runRaiaUntilExit(dataDirectory, spawnOptions);
    expect(status).toBe(1);
    expect(stderr).toContain(`RAIA cannot use its data directory ${dataDirectory}: permission denied`);
    expect(stderr).toContain('it must be a folder RAIA can write');
    expect(stderr).not.toContain('Your answer was not saved');
  });

  it('names the path and the cause when the directory is missing and cannot be created', async () => {
    const parent = ownedFolder('locked-parent');
    chmodSync(parent, 0o555);
    const dataDirectory = join(parent, 'data');
    const { status, stderr } = await runRaiaUntilExit(dataDirectory, spawnOptions);
    expect(status).toBe(1);
    expect(stderr).toContain(`RAIA cannot use its data directory ${dataDirectory}: permission denied`);
  });

  it('refuses to start on a database it can open but not write (leftover -wal/-shm files)', async () => {
    const dataDirectory = ownedFolder('leftover-wal');
    const path = join(dataDirectory, 'raia.db');
    // A database another user's server left behind after a crash: its -wal and -shm files stay,
    // owned by that user (here root) and not writable by the one starting RAIA now.
    const previous = createSqliteSessionStore({ path });
    await previous.create({ id: 'kept', createdAt: at, updatedAt: at, owner: null, data: {} });
    for (const suffix of ['-wal', '-shm']) copyFileSync(`${path}${suffix}`, `${path}${suffix}.left`);
    previous.close();
    for (const suffix of ['-wal', '-shm']) renameSync(`${path}${suffix}.left`, `${path}${suffix}`);
    if (asRoot) chownSync(path, nobody.uid, nobody.gid);
    else for (const suffix of ['-wal', '-shm']) chmodSync(`${path}${suffix}`, 0o444);

    const { status, stderr } = await runRaiaUntilExit(dataDirectory, spawnOptions);
    expect(status).toBe(1);
    expect(stderr).toContain(`RAIA cannot write to its database ${path}`);
    expect(stderr).toContain('read-only for the user running RAIA');
  });
});
