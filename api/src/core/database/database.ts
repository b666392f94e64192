import { DataSource } from 'typeorm';
import { AppConfig } from '../../config';
import { dataSourceOptions, runMigrations } from './data-source';
import { startEmbeddedDatabase } from './embedded-database';

/** Connections besides the app's pool (psql, the seed command, a job queue later). */
const EXTRA_EMBEDDED_CONNECTIONS = 6;

export interface OpenDatabase {
  readonly url: string;
  readonly embedded: boolean;
  close(): Promise<void>;
}

/** The real server from DATABASE_URL, or the embedded PGlite in DATA_DIR. */
export async function openDatabase(config: AppConfig): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    maxConnections: config.databasePoolSize + EXTRA_EMBEDDED_CONNECTIONS,
  });
  return { url: embedded.url, embedded: true, close: () => embedded.close() };
}

/**
 * The configuration the app runs with on this database. PGlite is one
 * PostgreSQL session behind the socket: parameterised queries of two
 * connections interleave message by message there outside a transaction, so
 * the app talks to it over a single connection.
 */
export function configFor(config: AppConfig, embedded: boolean): AppConfig {
  return embedded ? { ...config, databasePoolSize: 1 } : config;
}

/** A short-lived DataSource (migrations, seed) that is destroyed after use. */
export async function withDataSource<T>(
  url: string,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export { runMigrations };
