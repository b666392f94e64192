import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching rounds (issue 5): a coordinator's round with its pins and forbids, the draft
 * assignments and the unassigned with their reason, the introductions a published round
 * creates and the placements accepted introductions become. `placed` counters on needs and
 * cohorts are raised by conditional UPDATEs, so concurrent acceptances never exceed a
 * capacity. Also the background job queue (`job`) that runs rounds and survives restarts.
 */
export class CreateMatchingRounds1764547200007 implements MigrationInterface {
  name = 'CreateMatchingRounds1764547200007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE job_status AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        status job_status NOT NULL DEFAULT 'QUEUED',
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT job_attempts CHECK (attempts >= 0),
        max_attempts integer NOT NULL DEFAULT 3 CONSTRAINT job_max_attempts CHECK (max_attempts >= 1),
        run_after timestamptz NOT NULL DEFAULT now(),
        locked_by text,
        heartbeat_at timestamptz,
        last_error text,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX job_queued_idx ON job (run_after, created_at) WHERE status = 'QUEUED'`,
    );
    await queryRunner.query(
      `CREATE INDEX job_running_idx ON job (heartbeat_at) WHERE status = 'RUNNING'`,
    );

    await queryRunner.query(`CREATE TYPE matching_policy AS ENUM ('OPTIMAL', 'STABLE')`);
    await queryRunner.query(
      `CREATE TYPE matching_round_status AS ENUM ('DRAFT', 'RUNNING', 'REVIEW', 'PUBLISHED', 'FAILED', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE TYPE matching_rule_kind AS ENUM ('PIN', 'FORBID')`);
    await queryRunner.query(`CREATE TYPE matching_side AS ENUM ('NEED', 'COHORT')`);
    await queryRunner.query(
      `CREATE TYPE matching_unassigned_reason AS ENUM ('NO_ADMISSIBLE_PAIR', 'OUTSIDE_CANDIDATES', 'FORBIDDEN', 'PARTNERS_FULL', 'NO_GAIN')`,
    );
    await queryRunner.query(
      `CREATE TYPE introduction_status AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED')`,
    );
    await queryRunner.query(
      `CREATE TYPE introduction_answer AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED')`,
    );

    await queryRunner.query(`
      CREATE TABLE matching_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT matching_round_name_length CHECK (char_length(btrim(name)) BETWEEN 3 AND 200),
        policy matching_policy NOT NULL,
        weights jsonb NOT NULL,
        need_filter jsonb NOT NULL DEFAULT '{}',
        cohort_filter jsonb NOT NULL DEFAULT '{}',
        status matching_round_status NOT NULL DEFAULT 'DRAFT',
        stage text,
        progress smallint NOT NULL DEFAULT 0 CONSTRAINT matching_round_progress CHECK (progress BETWEEN 0 AND 100),
        error text,
        run_count integer NOT NULL DEFAULT 0,
        stale boolean NOT NULL DEFAULT false,
        need_count integer,
        cohort_count integer,
        pair_count integer,
        assigned_count integer,
        total_score double precision,
        document jsonb,
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        run_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        started_at timestamptz,
        finished_at timestamptz,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX matching_round_status_idx ON matching_round (status, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_round_created_by_id_idx ON matching_round (created_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_round_run_by_id_idx ON matching_round (run_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE matching_round_rule (
        round_id uuid NOT NULL REFERENCES matching_round (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES internship_need (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        kind matching_rule_kind NOT NULL,
        count integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, need_id, cohort_id),
        CONSTRAINT matching_round_rule_count CHECK (
          (kind = 'PIN' AND count >= 1) OR (kind = 'FORBID' AND count IS NULL)
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX matching_round_rule_need_id_idx ON matching_round_rule (need_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_round_rule_cohort_id_idx ON matching_round_rule (cohort_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE matching_assignment (
        round_id uuid NOT NULL REFERENCES matching_round (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES internship_need (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        company_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        school_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        count integer NOT NULL CONSTRAINT matching_assignment_count CHECK (count >= 1),
        pinned_count integer NOT NULL DEFAULT 0,
        score double precision NOT NULL,
        explanation jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (round_id, need_id, cohort_id),
        CONSTRAINT matching_assignment_pinned CHECK (pinned_count BETWEEN 0 AND count)
      )`);
    await queryRunner.query(
      `CREATE INDEX matching_assignment_need_id_idx ON matching_assignment (need_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_assignment_cohort_id_idx ON matching_assignment (cohort_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_assignment_company_idx ON matching_assignment (company_organisation_id, round_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX matching_assignment_school_idx ON matching_assignment (school_organisation_id, round_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE matching_unassigned (
        round_id uuid NOT NULL REFERENCES matching_round (id) ON DELETE CASCADE,
        side matching_side NOT NULL,
        listing_id uuid NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        count integer NOT NULL CONSTRAINT matching_unassigned_count CHECK (count >= 1),
        reason matching_unassigned_reason NOT NULL,
        PRIMARY KEY (round_id, side, listing_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX matching_unassigned_organisation_idx ON matching_unassigned (organisation_id, round_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE introduction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES matching_round (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES internship_need (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        company_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        school_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        count integer NOT NULL CONSTRAINT introduction_count CHECK (count >= 1),
        score double precision NOT NULL,
        explanation jsonb NOT NULL DEFAULT '{}',
        status introduction_status NOT NULL DEFAULT 'PROPOSED',
        company_answer introduction_answer NOT NULL DEFAULT 'PENDING',
        company_message text CONSTRAINT introduction_company_message_length CHECK (char_length(company_message) <= 2000),
        company_answered_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        company_answered_at timestamptz,
        school_answer introduction_answer NOT NULL DEFAULT 'PENDING',
        school_message text CONSTRAINT introduction_school_message_length CHECK (char_length(school_message) <= 2000),
        school_answered_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        school_answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT introduction_pair_once UNIQUE (round_id, need_id, cohort_id),
        CONSTRAINT introduction_accepted_by_both CHECK (
          status <> 'ACCEPTED' OR (company_answer = 'ACCEPTED' AND school_answer = 'ACCEPTED')
        )
      )`);
    await queryRunner.query(`CREATE INDEX introduction_need_id_idx ON introduction (need_id)`);
    await queryRunner.query(`CREATE INDEX introduction_cohort_id_idx ON introduction (cohort_id)`);
    await queryRunner.query(
      `CREATE INDEX introduction_company_idx ON introduction (company_organisation_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX introduction_school_idx ON introduction (school_organisation_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX introduction_company_answered_by_id_idx ON introduction (company_answered_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX introduction_school_answered_by_id_idx ON introduction (school_answered_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        introduction_id uuid NOT NULL UNIQUE REFERENCES introduction (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES internship_need (id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        count integer NOT NULL CONSTRAINT placement_count CHECK (count >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX placement_need_id_idx ON placement (need_id)`);
    await queryRunner.query(`CREATE INDEX placement_cohort_id_idx ON placement (cohort_id)`);

    // Places and students taken by placements. Raised only by a conditional UPDATE
    // (placed + n <= places); never below zero. No CHECK against places: a company may
    // still lower its places below what is already placed.
    await queryRunner.query(
      `ALTER TABLE internship_need ADD COLUMN placed integer NOT NULL DEFAULT 0 CONSTRAINT internship_need_placed CHECK (placed >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE cohort ADD COLUMN placed integer NOT NULL DEFAULT 0 CONSTRAINT cohort_placed CHECK (placed >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cohort DROP COLUMN placed`);
    await queryRunner.query(`ALTER TABLE internship_need DROP COLUMN placed`);
    await queryRunner.query(`DROP TABLE placement`);
    await queryRunner.query(`DROP TABLE introduction`);
    await queryRunner.query(`DROP TABLE matching_unassigned`);
    await queryRunner.query(`DROP TABLE matching_assignment`);
    await queryRunner.query(`DROP TABLE matching_round_rule`);
    await queryRunner.query(`DROP TABLE matching_round`);
    await queryRunner.query(`DROP TYPE introduction_answer`);
    await queryRunner.query(`DROP TYPE introduction_status`);
    await queryRunner.query(`DROP TYPE matching_unassigned_reason`);
    await queryRunner.query(`DROP TYPE matching_side`);
    await queryRunner.query(`DROP TYPE matching_rule_kind`);
    await queryRunner.query(`DROP TYPE matching_round_status`);
    await queryRunner.query(`DROP TYPE matching_policy`);
    await queryRunner.query(`DROP TABLE job`);
    await queryRunner.query(`DROP TYPE job_status`);
  }
}
