import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schools' minors (also retraining programmes and masterclasses) with their
 * partner slots, companies' and government bodies' challenges, and the
 * partnerships between them. A slot's `filled` never exceeds `wanted`: the
 * CHECK guards it even if two acceptances race.
 */
export class CreateMinorsChallengesPartnerships1764547200005 implements MigrationInterface {
  name = 'CreateMinorsChallengesPartnerships1764547200005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE minor_kind AS ENUM ('MINOR', 'RETRAINING', 'MASTERCLASS')`,
    );
    await queryRunner.query(
      `CREATE TYPE partner_role AS ENUM ('GUEST_LECTURE', 'CASE', 'COMPANY_VISIT', 'INTERNSHIP_PLACES')`,
    );
    await queryRunner.query(
      `CREATE TYPE partnership_kind AS ENUM ('PARTNER_SLOT', 'CHALLENGE_ADOPTION')`,
    );
    await queryRunner.query(
      `CREATE TYPE partnership_status AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`,
    );

    await queryRunner.query(`
      CREATE TABLE minor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        kind minor_kind NOT NULL DEFAULT 'MINOR',
        title text NOT NULL CONSTRAINT minor_title_length CHECK (char_length(btrim(title)) BETWEEN 3 AND 200),
        description text NOT NULL DEFAULT '' CONSTRAINT minor_description_length CHECK (char_length(description) <= 5000),
        level education_level NOT NULL,
        credits smallint NOT NULL CONSTRAINT minor_credits CHECK (credits BETWEEN 0 AND 60),
        start_date date NOT NULL,
        end_date date NOT NULL,
        capacity integer NOT NULL CONSTRAINT minor_capacity CHECK (capacity BETWEEN 1 AND 1000),
        municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        themes theme[] NOT NULL DEFAULT '{}',
        status need_status NOT NULL DEFAULT 'DRAFT',
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('dutch', coalesce(description, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT minor_period CHECK (end_date > start_date)
      )`);
    await queryRunner.query(`CREATE INDEX minor_organisation_id_idx ON minor (organisation_id)`);
    await queryRunner.query(
      `CREATE INDEX minor_municipality_code_idx ON minor (municipality_code)`,
    );
    await queryRunner.query(`CREATE INDEX minor_created_by_id_idx ON minor (created_by_id)`);
    await queryRunner.query(
      `CREATE INDEX minor_status_period_idx ON minor (status, start_date, end_date)`,
    );
    await queryRunner.query(`CREATE INDEX minor_themes_idx ON minor USING gin (themes)`);
    await queryRunner.query(`CREATE INDEX minor_search_idx ON minor USING gin (search)`);
    await queryRunner.query(`
      CREATE TABLE minor_skill (
        minor_id uuid NOT NULL REFERENCES minor (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        PRIMARY KEY (minor_id, skill_id)
      )`);
    await queryRunner.query(`CREATE INDEX minor_skill_skill_id_idx ON minor_skill (skill_id)`);
    await queryRunner.query(`
      CREATE TABLE minor_partner_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minor_id uuid NOT NULL REFERENCES minor (id) ON DELETE CASCADE,
        role partner_role NOT NULL,
        wanted smallint NOT NULL CONSTRAINT minor_partner_slot_wanted CHECK (wanted BETWEEN 1 AND 100),
        filled smallint NOT NULL DEFAULT 0,
        CONSTRAINT minor_partner_slot_filled CHECK (filled BETWEEN 0 AND wanted),
        CONSTRAINT minor_partner_slot_role_unique UNIQUE (minor_id, role)
      )`);

    await queryRunner.query(`
      CREATE TABLE challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT challenge_title_length CHECK (char_length(btrim(title)) BETWEEN 3 AND 200),
        description text NOT NULL DEFAULT '' CONSTRAINT challenge_description_length CHECK (char_length(description) <= 5000),
        start_date date NOT NULL,
        end_date date NOT NULL,
        team_size_min smallint NOT NULL CONSTRAINT challenge_team_size_min CHECK (team_size_min BETWEEN 1 AND 50),
        team_size_max smallint NOT NULL,
        municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        themes theme[] NOT NULL DEFAULT '{}',
        status need_status NOT NULL DEFAULT 'DRAFT',
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('dutch', coalesce(description, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT challenge_period CHECK (end_date > start_date),
        CONSTRAINT challenge_team_size CHECK (team_size_max BETWEEN team_size_min AND 50)
      )`);
    await queryRunner.query(
      `CREATE INDEX challenge_organisation_id_idx ON challenge (organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX challenge_municipality_code_idx ON challenge (municipality_code)`,
    );
    await queryRunner.query(
      `CREATE INDEX challenge_created_by_id_idx ON challenge (created_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX challenge_status_period_idx ON challenge (status, start_date, end_date)`,
    );
    await queryRunner.query(`CREATE INDEX challenge_themes_idx ON challenge USING gin (themes)`);
    await queryRunner.query(`CREATE INDEX challenge_search_idx ON challenge USING gin (search)`);
    await queryRunner.query(`
      CREATE TABLE challenge_skill (
        challenge_id uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        PRIMARY KEY (challenge_id, skill_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX challenge_skill_skill_id_idx ON challenge_skill (skill_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind partnership_kind NOT NULL,
        minor_id uuid NOT NULL REFERENCES minor (id) ON DELETE CASCADE,
        slot_id uuid REFERENCES minor_partner_slot (id) ON DELETE CASCADE,
        challenge_id uuid REFERENCES challenge (id) ON DELETE CASCADE,
        proposer_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        recipient_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '' CONSTRAINT partnership_message_length CHECK (char_length(message) <= 2000),
        response_message text CONSTRAINT partnership_response_length CHECK (char_length(response_message) <= 2000),
        status partnership_status NOT NULL DEFAULT 'PROPOSED',
        proposed_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        responded_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        responded_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_kind_target CHECK (
          (kind = 'PARTNER_SLOT' AND slot_id IS NOT NULL AND challenge_id IS NULL) OR
          (kind = 'CHALLENGE_ADOPTION' AND challenge_id IS NOT NULL AND slot_id IS NULL)
        ),
        CONSTRAINT partnership_two_parties CHECK (proposer_organisation_id <> recipient_organisation_id)
      )`);
    // One live (proposed or accepted) partnership per slot and company, and per minor and challenge.
    await queryRunner.query(
      `CREATE UNIQUE INDEX partnership_live_slot_offer ON partnership (slot_id, proposer_organisation_id) WHERE status IN ('PROPOSED', 'ACCEPTED') AND kind = 'PARTNER_SLOT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX partnership_live_adoption ON partnership (minor_id, challenge_id) WHERE status IN ('PROPOSED', 'ACCEPTED') AND kind = 'CHALLENGE_ADOPTION'`,
    );
    await queryRunner.query(`CREATE INDEX partnership_minor_id_idx ON partnership (minor_id)`);
    await queryRunner.query(`CREATE INDEX partnership_slot_id_idx ON partnership (slot_id)`);
    await queryRunner.query(
      `CREATE INDEX partnership_challenge_id_idx ON partnership (challenge_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX partnership_proposer_idx ON partnership (proposer_organisation_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX partnership_recipient_idx ON partnership (recipient_organisation_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX partnership_proposed_by_id_idx ON partnership (proposed_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX partnership_responded_by_id_idx ON partnership (responded_by_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partnership`);
    await queryRunner.query(`DROP TABLE challenge_skill`);
    await queryRunner.query(`DROP TABLE challenge`);
    await queryRunner.query(`DROP TABLE minor_partner_slot`);
    await queryRunner.query(`DROP TABLE minor_skill`);
    await queryRunner.query(`DROP TABLE minor`);
    await queryRunner.query(`DROP TYPE partnership_status`);
    await queryRunner.query(`DROP TYPE partnership_kind`);
    await queryRunner.query(`DROP TYPE partner_role`);
    await queryRunner.query(`DROP TYPE minor_kind`);
  }
}
