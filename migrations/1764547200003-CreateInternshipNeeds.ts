import { MigrationInterface, QueryRunner } from 'typeorm';

/** Internship needs of companies, with their skills and Dutch + English full-text search. */
export class CreateInternshipNeeds1764547200003 implements MigrationInterface {
  name = 'CreateInternshipNeeds1764547200003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE need_status AS ENUM ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')`,
    );
    await queryRunner.query(`CREATE TYPE work_mode AS ENUM ('ON_SITE', 'HYBRID')`);
    await queryRunner.query(`CREATE TYPE skill_importance AS ENUM ('MUST_HAVE', 'NICE_TO_HAVE')`);
    await queryRunner.query(`
      CREATE TABLE internship_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT internship_need_title_length CHECK (char_length(btrim(title)) BETWEEN 3 AND 200),
        description text NOT NULL DEFAULT '' CONSTRAINT internship_need_description_length CHECK (char_length(description) <= 5000),
        field_of_study text NOT NULL CONSTRAINT internship_need_field_length CHECK (char_length(btrim(field_of_study)) BETWEEN 2 AND 200),
        levels education_level[] NOT NULL CONSTRAINT internship_need_levels CHECK (cardinality(levels) > 0),
        start_date date NOT NULL,
        end_date date NOT NULL,
        hours_per_week smallint NOT NULL CONSTRAINT internship_need_hours CHECK (hours_per_week BETWEEN 4 AND 40),
        places integer NOT NULL CONSTRAINT internship_need_places CHECK (places BETWEEN 1 AND 500),
        site_municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        work_mode work_mode NOT NULL DEFAULT 'ON_SITE',
        monthly_compensation numeric(8, 2) CONSTRAINT internship_need_compensation CHECK (monthly_compensation >= 0),
        themes theme[] NOT NULL DEFAULT '{}',
        status need_status NOT NULL DEFAULT 'DRAFT',
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('dutch', coalesce(field_of_study, '') || ' ' || coalesce(description, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(field_of_study, '') || ' ' || coalesce(description, '')), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT internship_need_period CHECK (end_date > start_date)
      )`);
    await queryRunner.query(
      `CREATE INDEX internship_need_organisation_id_idx ON internship_need (organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_site_municipality_code_idx ON internship_need (site_municipality_code)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_created_by_id_idx ON internship_need (created_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_status_period_idx ON internship_need (status, start_date, end_date)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_levels_idx ON internship_need USING gin (levels)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_themes_idx ON internship_need USING gin (themes)`,
    );
    await queryRunner.query(
      `CREATE INDEX internship_need_search_idx ON internship_need USING gin (search)`,
    );

    await queryRunner.query(`
      CREATE TABLE internship_need_skill (
        need_id uuid NOT NULL REFERENCES internship_need (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        importance skill_importance NOT NULL,
        PRIMARY KEY (need_id, skill_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX internship_need_skill_skill_id_idx ON internship_need_skill (skill_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE internship_need_skill`);
    await queryRunner.query(`DROP TABLE internship_need`);
    await queryRunner.query(`DROP TYPE skill_importance`);
    await queryRunner.query(`DROP TYPE work_mode`);
    await queryRunner.query(`DROP TYPE need_status`);
  }
}
