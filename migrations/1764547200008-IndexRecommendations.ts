import { MigrationInterface, QueryRunner } from 'typeorm';

/** The skill link tables, the listing column they name, and what the index also carries. */
const LINKS = [
  { table: 'internship_need_skill', owner: 'need_id', include: ' INCLUDE (importance)' },
  { table: 'cohort_skill', owner: 'cohort_id', include: '' },
  { table: 'minor_skill', owner: 'minor_id', include: '' },
  { table: 'challenge_skill', owner: 'challenge_id', include: '' },
];

/**
 * Candidates of a recommendation come from the skill link tables (api/src/recommendations):
 * "the listings that have any of these skills". The (skill_id) indexes become
 * (skill_id, owner) indexes — the need's with its importance — so that lookup is an
 * index-only scan, not one heap visit per link row. They serve every query the old ones did.
 */
export class IndexRecommendations1764547200008 implements MigrationInterface {
  name = 'IndexRecommendations1764547200008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner, include } of LINKS) {
      await queryRunner.query(
        `CREATE INDEX ${table}_skill_owner_idx ON ${table} (skill_id, ${owner})${include}`,
      );
      await queryRunner.query(`DROP INDEX ${table}_skill_id_idx`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of LINKS) {
      await queryRunner.query(`CREATE INDEX ${table}_skill_id_idx ON ${table} (skill_id)`);
      await queryRunner.query(`DROP INDEX ${table}_skill_owner_idx`);
    }
  }
}
