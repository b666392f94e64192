import { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_INDEXES = [
  'internship_need_search_idx',
  'cohort_search_idx',
  'minor_search_idx',
  'challenge_search_idx',
];

/**
 * Steady full-text list latency (docs/benchmarks.md, 2026-12-01).
 *
 * The search GIN indexes of the listings stop using a pending list (`fastupdate =
 * off`): a new listing goes straight into the index. With a pending list every search
 * scans it unordered and the planner counts its pages, so after a burst of
 * inserts (and until vacuum) it chose a sequential scan over all listings,
 * 2–3× slower than the index. Inserts cost a little more; searches stay fast.
 *
 * The rate-limit counters become UNLOGGED: every API request updates one row,
 * and an unlogged write commits without waiting for the WAL to reach the disk
 * (and concurrent requests do not queue on that flush). After a server crash
 * PostgreSQL empties the table, which only restarts the current windows.
 */
export class IndexMarketplaceSearch1764547200006 implements MigrationInterface {
  name = 'IndexMarketplaceSearch1764547200006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of SEARCH_INDEXES) {
      await queryRunner.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      // Turning it off does not flush what is already pending.
      await queryRunner.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
    await queryRunner.query(`ALTER TABLE rate_limit SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rate_limit SET LOGGED`);
    for (const index of SEARCH_INDEXES) {
      await queryRunner.query(`ALTER INDEX ${index} RESET (fastupdate)`);
    }
  }
}
