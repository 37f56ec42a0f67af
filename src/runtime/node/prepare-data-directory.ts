import { accessSync, constants, mkdirSync } from 'node:fs';
import { describeStorageError } from './describe-storage-error.ts';

/**
 * Creates RAIA_DATA_DIR if it is missing and checks that RAIA can write there, so a folder that
 * cannot be used stops start-up with its path and the cause instead of a later "not saved".
 * (`access` goes by the permission bits, which root passes, except on a read-only file system;
 * the database open and its write probe catch what is left.)
 */
export function prepareDataDirectory(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (error) {
    const { cause } = describeStorageError(error);
    throw new Error(
      `RAIA cannot use its data directory ${path}: ${cause} (it must be a folder RAIA can write).`,
      {
        cause: error,
      },
    );
  }
}
