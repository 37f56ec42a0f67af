import Database from 'better-sqlite3';

/** A storage failure in plain words for operators, and whether waiting may clear it by itself. */
export interface StorageErrorDescription {
  cause: string;
  /** A lock held by another process passes; a full disk or a read-only file needs someone. */
  transient: boolean;
}

const fileSystemCauses: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it is a file, not a folder',
  ENOENT: 'it does not exist',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
};

/**
 * Describes a file-system error (`EACCES`, ...) or a better-sqlite3 error (`SQLITE_READONLY`,
 * ...). Extended SQLite codes (`SQLITE_IOERR_WRITE`) are read by their primary code.
 */
export function describeStorageError(error: unknown): StorageErrorDescription {
  if (error instanceof Database.SqliteError) return describeSqliteCode(error.code);
  const code = errorCode(error);
  const known = code === undefined ? undefined : fileSystemCauses[code];
  if (known !== undefined) return { cause: known, transient: false };
  const message = error instanceof Error ? error.message : String(error);
  return { cause: code === undefined ? message : `${message} (${code})`, transient: false };
}

function describeSqliteCode(code: string): StorageErrorDescription {
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
  switch (primary) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return { cause: 'the database is locked by another process', transient: true };
    case 'SQLITE_FULL':
      return { cause: 'the disk holding the database is full', transient: false };
    case 'SQLITE_READONLY':
      return {
        cause:
          'the database cannot be written: the file, its folder or its leftover -wal/-shm files are read-only for the user running RAIA',
        transient: false,
      };
    case 'SQLITE_CANTOPEN':
      return { cause: 'the database file cannot be opened or created', transient: false };
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return { cause: 'permission denied', transient: false };
    case 'SQLITE_IOERR':
      return { cause: `the disk reported an input/output error (${code})`, transient: false };
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return { cause: 'the database file is damaged or is not a RAIA database', transient: false };
    default:
      return { cause: `the database refused the operation (${code})`, transient: false };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
