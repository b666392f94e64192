import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements the process sends: tests assert bounded counts
 * (no N+1) and benchmarks report statements per request with it.
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {
    // Errors reach the caller; the statement was counted in logQuery.
  }

  logQuerySlow(): void {
    // Slow statements show in benchmarks, not in the log.
  }

  logSchemaBuild(): void {
    // synchronize is never on.
  }

  logMigration(): void {
    // Migrations log through main.ts.
  }

  log(): void {
    // TypeORM's own notices are not needed.
  }
}

/** The counter of this process. */
export const queryCounter = new QueryCounter();
