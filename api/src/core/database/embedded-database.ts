import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

// ESM-only type definitions; the CommonJS build works (stack.md).
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist');
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');

/** Extensions loaded every time a data directory is opened (or inserts fail with 58P01). */
export const EMBEDDED_EXTENSIONS = { btree_gist, pg_trgm };

export interface EmbeddedDatabase {
  /** A postgres:// URL that the ordinary pg driver connects to. */
  readonly url: string;
  close(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Directory for the data files; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** Upper bound of simultaneous client connections (the sum of all pools). */
  maxConnections: number;
  onLockCompromised?: (error: Error) => void;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) inside this process and
 * serves it on an ephemeral loopback port, so TypeORM uses the same pg driver
 * path as with a real server.
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const unlock = options.dataDir
    ? await lockDataDir(options.dataDir, options.onLockCompromised ?? defaultOnCompromised)
    : async () => undefined;
  try {
    const db = await PGlite.create({
      dataDir: options.dataDir ? join(options.dataDir, 'pgdata') : undefined,
      extensions: EMBEDDED_EXTENSIONS,
    });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections,
    });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    return {
      url,
      async close() {
        await server.stop();
        await db.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

function defaultOnCompromised(error: Error): never {
  // Someone else may be writing to our files now: stop before rows get lost.
  console.error(`Lost the lock on the embedded database: ${error.message}`);
  process.exit(1);
}
