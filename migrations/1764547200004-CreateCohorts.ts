import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cohorts of schools: students of one programme who need internships in a period. */
export class CreateCohorts1764547200004 implements MigrationInterface {
  name = 'CreateCohorts1764547200004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        programme_name text NOT NULL CONSTRAINT cohort_programme_name_length CHECK (char_length(btrim(programme_name)) BETWEEN 3 AND 200),
        programme_code varchar(5) NOT NULL CONSTRAINT cohort_programme_code_format CHECK (programme_code ~ '^[0-9]{5}$'),
        description text NOT NULL DEFAULT '' CONSTRAINT cohort_description_length CHECK (char_length(description) <= 5000),
        level education_level NOT NULL,
        students integer NOT NULL CONSTRAINT cohort_students CHECK (students BETWEEN 1 AND 2000),
        start_date date NOT NULL,
        end_date date NOT NULL,
        municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        max_travel_minutes smallint NOT NULL DEFAULT 45 CONSTRAINT cohort_max_travel CHECK (max_travel_minutes BETWEEN 10 AND 180),
        status need_status NOT NULL DEFAULT 'DRAFT',
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', coalesce(programme_name, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(programme_name, '')), 'A') ||
          setweight(to_tsvector('dutch', coalesce(description, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_period CHECK (end_date > start_date)
      )`);
    await queryRunner.query(`CREATE INDEX cohort_organisation_id_idx ON cohort (organisation_id)`);
    await queryRunner.query(
      `CREATE INDEX cohort_municipality_code_idx ON cohort (municipality_code)`,
    );
    await queryRunner.query(`CREATE INDEX cohort_created_by_id_idx ON cohort (created_by_id)`);
    await queryRunner.query(
      `CREATE INDEX cohort_status_period_idx ON cohort (status, start_date, end_date)`,
    );
    await queryRunner.query(`CREATE INDEX cohort_level_idx ON cohort (level)`);
    await queryRunner.query(`CREATE INDEX cohort_search_idx ON cohort USING gin (search)`);
    await queryRunner.query(`
      CREATE TABLE cohort_skill (
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        PRIMARY KEY (cohort_id, skill_id)
      )`);
    await queryRunner.query(`CREATE INDEX cohort_skill_skill_id_idx ON cohort_skill (skill_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cohort_skill`);
    await queryRunner.query(`DROP TABLE cohort`);
  }
}
