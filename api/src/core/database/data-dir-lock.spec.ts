import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

describe(lockDataDir.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'knooppunt-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should refuse a second holder of the same data directory with a clear message', async () => {
    const release = await lockDataDir(dir, () => undefined);
    await expect(lockDataDir(dir, () => undefined)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(dir, () => undefined)).rejects.toThrow(
      /already in use by another Knooppunt process/,
    );
    await release();
    const again = await lockDataDir(dir, () => undefined);
    await again();
  });

  it('should create the data directory when it does not exist yet', async () => {
    const nested = join(dir, 'a', 'b');
    const release = await lockDataDir(nested, () => undefined);
    expect(existsSync(nested)).toBe(true);
    await release();
  });
});
