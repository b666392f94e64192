import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/** The statements one HTTP request has sent so far. */
export interface RequestStatements {
  count: number;
}

/**
 * Counts the SQL statements the process sends: tests assert bounded counts
 * (no N+1) and benchmarks report statements per request with it.
 *
 * Besides the process total, every HTTP request that runs through
 * {@link QueryCounter.withinRequest} counts its own statements, apart from
 * background work (the outbox, the job queue) that runs at the same time.
 */
export class QueryCounter implements Logger {
  count = 0;
  /** The statements of the HTTP request that started last. */
  lastRequest: RequestStatements = { count: 0 };
  private readonly requests = new AsyncLocalStorage<RequestStatements>();

  /** Runs the rest of a request (express's next) in a scope of its own. */
  withinRequest(next: () => void): void {
    const statements: RequestStatements = { count: 0 };
    this.lastRequest = statements;
    this.requests.run(statements, next);
  }

  logQuery(): void {
    this.count += 1;
    const request = this.requests.getStore();
    if (request) request.count += 1;
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
