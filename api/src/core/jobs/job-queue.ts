import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';

/** A job as its handler sees it. */
export interface ClaimedJob<P = Record<string, unknown>> {
  id: string;
  queue: string;
  payload: P;
  /** 1 for the first try. */
  attempt: number;
  maxAttempts: number;
}

export interface JobHandler<P = Record<string, unknown>> {
  /** Does the work; a thrown error is recorded and the job retried until maxAttempts. */
  run(job: ClaimedJob<P>): Promise<void>;
  /** Called once when the last attempt failed. */
  failed?(job: ClaimedJob<P>, error: string): Promise<void>;
}

/** A running job's heartbeat; a job silent for longer is another worker's to re-queue. */
export const JOB_LEASE_SECONDS = 60;
const HEARTBEAT_MS = 15_000;
const RETRY_DELAY_SECONDS = 5;

interface JobRow {
  id: string;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * A small PostgreSQL-backed job queue (docs/matching-rounds.md): jobs are rows of `job`,
 * written in the transaction of the change that asks for them, claimed one at a time with
 * `FOR UPDATE SKIP LOCKED`, kept alive by a heartbeat, retried with a delay and, when their
 * worker died (crash, restart), re-queued once their heartbeat is older than the lease. All
 * of it goes through the app's own DataSource: on the embedded PGlite that is the one safe
 * connection. Works unchanged on PostgreSQL with several API processes.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(JobQueue.name);
  }

  /** Registers the handler of a queue (before the app boots: in onModuleInit). */
  register<P>(queue: string, handler: JobHandler<P>): void {
    this.handlers.set(queue, handler as JobHandler<never>);
  }

  /** Queues a job inside the caller's transaction: it exists exactly when the change commits. */
  async enqueue(
    manager: EntityManager,
    queue: string,
    payload: Record<string, unknown>,
    maxAttempts = 3,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      'INSERT INTO job (queue, payload, max_attempts) VALUES ($1, $2, $3) RETURNING id',
      [queue, JSON.stringify(payload), maxAttempts],
    );
    return row.id;
  }

  /** Looks for work now (after a commit that queued a job) instead of at the next poll. */
  kick(): void {
    if (this.config.jobsWorker && !this.stopped) void this.poll();
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsWorker) return;
    this.timer = setInterval(() => void this.poll(), this.config.jobsPollIntervalMs);
    this.timer.unref();
    void this.poll();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    // A job in hand finishes (its transaction commits) before the database closes.
    await this.running;
  }

  /** Runs queued jobs until none is left; concurrent calls share one loop. */
  poll(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.poll();
      }
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      await this.requeueStale();
      while (!this.stopped) {
        const job = await this.claim();
        if (!job) return;
        await this.execute(job);
      }
    } catch (error) {
      // e.g. the table is gone during a migration rollback: try again at the next poll.
      this.logger.warn({ err: error }, 'Job polling failed');
    }
  }

  /** Jobs whose worker stopped beating (it crashed or the process restarted) are queued again. */
  private async requeueStale(): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET status = 'QUEUED', locked_by = NULL, run_after = now(), updated_at = now(),
              last_error = coalesce(last_error, 'worker stopped')
        WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1)`,
      [JOB_LEASE_SECONDS],
    );
  }

  private async claim(): Promise<JobRow | null> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return null;
    const [rows]: [JobRow[], number] = await this.dataSource.query(
      `UPDATE job SET status = 'RUNNING', attempts = attempts + 1, locked_by = $1,
              heartbeat_at = now(), updated_at = now()
        WHERE id = (
          SELECT id FROM job
           WHERE status = 'QUEUED' AND run_after <= now() AND queue = ANY($2)
           ORDER BY run_after, created_at
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING id, queue, payload, attempts, max_attempts`,
      [this.workerId, queues],
    );
    return rows[0] ?? null;
  }

  private async execute(row: JobRow): Promise<void> {
    const handler = this.handlers.get(row.queue);
    const job: ClaimedJob<never> = {
      id: row.id,
      queue: row.queue,
      payload: row.payload as never,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
    };
    const heartbeat = setInterval(() => {
      void this.dataSource
        .query('UPDATE job SET heartbeat_at = now() WHERE id = $1 AND locked_by = $2', [
          row.id,
          this.workerId,
        ])
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
      if (!handler) throw new Error(`No handler for queue ${row.queue}`);
      await handler.run(job);
      await this.dataSource.query(
        `UPDATE job SET status = 'DONE', finished_at = now(), updated_at = now() WHERE id = $1`,
        [row.id],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, jobId: row.id, queue: row.queue }, 'Job failed');
      const last = row.attempts >= row.max_attempts;
      await this.dataSource.query(
        `UPDATE job SET status = $2, last_error = $3, locked_by = NULL, updated_at = now(),
                run_after = now() + make_interval(secs => $4),
                finished_at = CASE WHEN $2 = 'FAILED' THEN now() END
          WHERE id = $1`,
        [
          row.id,
          last ? 'FAILED' : 'QUEUED',
          message.slice(0, 2000),
          RETRY_DELAY_SECONDS * row.attempts,
        ],
      );
      if (last) await handler?.failed?.(job, message);
    } finally {
      clearInterval(heartbeat);
    }
  }
}
