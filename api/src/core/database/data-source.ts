import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';
import { MIGRATIONS } from '@knooppunt/migrations';
import { ENTITIES } from './entities';
import { queryCounter } from './query-counter';

/** TypeORM options shared by the app, the seed command and the tests. synchronize stays off. */
export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    logging: ['query'],
    logger: queryCounter,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
    applicationName: 'knooppunt',
  } as DataSourceOptions;
}

const MIGRATION_LOCK = 727_274_001; // arbitrary constant: one advisory lock for migrations

/**
 * Applies pending migrations. Several API processes may start at once against
 * one server: a session-level advisory lock lets one of them migrate at a time.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      // Migrate over the connection that holds the lock: a pool of one (embedded) must not wait for a second.
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** True when every known migration has been applied. */
export async function migrationsApplied(dataSource: DataSource): Promise<boolean> {
  const rows: { count: string }[] = await dataSource.query(
    'SELECT count(*)::int AS count FROM typeorm_migrations WHERE name = ANY($1)',
    [MIGRATIONS.map((migration) => migration.name)],
  );
  return Number(rows[0].count) === MIGRATIONS.length;
}
