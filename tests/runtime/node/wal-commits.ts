import { existsSync, readFileSync } from 'node:fs';

/**
 * How many transactions the database's WAL file holds since it was last reset, read from the file
 * itself: each commit ends with a frame whose "database size after commit" field is non-zero
 * (https://sqlite.org/fileformat2.html#walformat). Frames left from before a reset carry other
 * salts and end the count. Counts are comparable only while no checkpoint resets the WAL.
 */
export function countWalCommits(databasePath: string): number {
  const walPath = `${databasePath}-wal`;
  if (!existsSync(walPath)) return 0;
  const wal = readFileSync(walPath);
  const headerBytes = 32;
  const frameHeaderBytes = 24;
  if (wal.length < headerBytes) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salts = wal.subarray(16, 24);
  let commits = 0;
  for (
    let offset = headerBytes;
    offset + frameHeaderBytes + pageSize <= wal.length;
    offset += frameHeaderBytes + pageSize
  ) {
    if (!wal.subarray(offset + 8, offset + 16).equals(salts)) break;
    if (wal.readUInt32BE(offset + 4) !== 0) commits += 1;
  }
  return commits;
}
