import { mkdirSync } from 'node:fs';
import { lock } from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is already in use by another Knooppunt process. ` +
        'Stop that process first, or set DATA_DIR to another directory.',
    );
  }
}

/**
 * Takes an exclusive lock on the data directory: two processes on one PGlite
 * directory silently lose rows, so the second one must refuse to start.
 * The lock is refreshed while the process lives and goes stale 10 s after a crash.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised: (error: Error) => void,
): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lock(dataDir, {
      lockfilePath: `${dataDir}/knooppunt.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
