import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Organisations of the three helices. Frozen once landed: never import from
 * the app or libs here; change the schema only through a new migration.
 */
export class CreateOrganisations1764547200001 implements MigrationInterface {
  name = 'CreateOrganisations1764547200001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE helix AS ENUM ('BUSINESS','EDUCATION','GOVERNMENT')`);
    await queryRunner.query(
      `CREATE TYPE organisation_kind AS ENUM ('COMPANY','SCHOOL_MBO','SCHOOL_HBO','UNIVERSITY','TRAINING_PROVIDER','MUNICIPALITY','REGIONAL_BODY')`,
    );
    await queryRunner.query(
      `CREATE TYPE organisation_status AS ENUM ('PENDING','ACTIVE','REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TYPE theme AS ENUM ('SUSTAINABILITY','DIGITAL','TECHNICAL','LOGISTICS','HORTICULTURE','AVIATION','FINANCE','CARE','HOSPITALITY','CONSTRUCTION')`,
    );
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT organisation_name_length CHECK (char_length(btrim(name)) BETWEEN 2 AND 200),
        helix helix NOT NULL,
        kind organisation_kind NOT NULL,
        status organisation_status NOT NULL DEFAULT 'PENDING',
        municipality_code varchar(6) NOT NULL REFERENCES municipality(code),
        ecosystem ecosystem NOT NULL DEFAULT 'OTHER',
        themes theme[] NOT NULL DEFAULT '{}',
        address text,
        website text,
        description text,
        kvk_number varchar(8) CONSTRAINT organisation_kvk_format CHECK (kvk_number ~ '^[0-9]{8}$'),
        brin_code varchar(4) CONSTRAINT organisation_brin_format CHECK (brin_code ~ '^[0-9]{2}[A-Z0-9]{2}$'),
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_kind_helix CHECK (
          (helix = 'BUSINESS') = (kind = 'COMPANY')
          AND (helix = 'EDUCATION') = (kind IN ('SCHOOL_MBO','SCHOOL_HBO','UNIVERSITY','TRAINING_PROVIDER'))
          AND (helix = 'GOVERNMENT') = (kind IN ('MUNICIPALITY','REGIONAL_BODY'))
        ),
        CONSTRAINT organisation_kvk_business CHECK (kvk_number IS NULL OR helix = 'BUSINESS'),
        CONSTRAINT organisation_brin_education CHECK (brin_code IS NULL OR helix = 'EDUCATION')
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name))`,
    );
    await queryRunner.query(
      `CREATE INDEX organisation_municipality_code_idx ON organisation (municipality_code)`,
    );
    await queryRunner.query(`CREATE INDEX organisation_helix_idx ON organisation (helix)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organisation_helix_idx`);
    await queryRunner.query(`DROP INDEX organisation_municipality_code_idx`);
    await queryRunner.query(`DROP INDEX organisation_name_unique`);
    await queryRunner.query(`DROP TABLE organisation`);
    await queryRunner.query(`DROP TYPE theme`);
    await queryRunner.query(`DROP TYPE organisation_status`);
    await queryRunner.query(`DROP TYPE organisation_kind`);
    await queryRunner.query(`DROP TYPE helix`);
  }
}
