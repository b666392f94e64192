import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, one-time tokens, memberships, invitations, the mail outbox and the audit log. */
export class CreateAccounts1764547200002 implements MigrationInterface {
  name = 'CreateAccounts1764547200002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE platform_role AS ENUM ('COORDINATOR', 'ADMIN')`);
    await queryRunner.query(`CREATE TYPE membership_role AS ENUM ('MEMBER', 'ORGANISATION_ADMIN')`);
    await queryRunner.query(`CREATE TYPE token_purpose AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD')`);
    await queryRunner.query(
      `CREATE TYPE mail_status AS ENUM ('PENDING', 'SENT', 'LOGGED', 'FAILED')`,
    );

    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL
          CONSTRAINT user_account_email_format CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND char_length(email) <= 254),
        display_name text NOT NULL
          CONSTRAINT user_account_display_name_length CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 100),
        password_hash text NOT NULL,
        email_verified_at timestamptz,
        platform_role platform_role,
        locale varchar(2) NOT NULL DEFAULT 'nl' CONSTRAINT user_account_locale CHECK (locale IN ('nl', 'en')),
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_account_email_unique ON user_account (email)`,
    );

    await queryRunner.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL CONSTRAINT user_session_token_hash_unique UNIQUE,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT user_session_expiry CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id)`);

    await queryRunner.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        purpose token_purpose NOT NULL,
        token_hash char(64) NOT NULL CONSTRAINT one_time_token_hash_unique UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX one_time_token_user_id_idx ON one_time_token (user_id)`);

    await queryRunner.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        role membership_role NOT NULL DEFAULT 'MEMBER',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_user_organisation_unique UNIQUE (user_id, organisation_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX membership_organisation_id_idx ON membership (organisation_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        email text NOT NULL CONSTRAINT invitation_email_format CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        role membership_role NOT NULL DEFAULT 'MEMBER',
        invited_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        token_hash char(64) NOT NULL CONSTRAINT invitation_token_hash_unique UNIQUE,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitation_open_unique ON invitation (organisation_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX invitation_organisation_id_idx ON invitation (organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX invitation_invited_by_id_idx ON invitation (invited_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status mail_status NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT mail_outbox_attempts CHECK (attempts >= 0),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX mail_outbox_status_idx ON mail_outbox (status, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        action varchar(64) NOT NULL,
        entity_type varchar(64) NOT NULL,
        entity_id text,
        summary jsonb NOT NULL DEFAULT '{}',
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_actor_id_idx ON audit_log (actor_id, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX audit_log_created_at_idx ON audit_log (created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);

    await queryRunner.query(`
      ALTER TABLE organisation
        ADD COLUMN rejection_reason text,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN reviewed_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ADD COLUMN created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        ADD CONSTRAINT organisation_rejection_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))`);
    await queryRunner.query(
      `CREATE INDEX organisation_reviewed_by_id_idx ON organisation (reviewed_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX organisation_created_by_id_idx ON organisation (created_by_id)`,
    );
    await queryRunner.query(`CREATE INDEX organisation_status_idx ON organisation (status)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organisation_status_idx`);
    await queryRunner.query(`DROP INDEX organisation_created_by_id_idx`);
    await queryRunner.query(`DROP INDEX organisation_reviewed_by_id_idx`);
    await queryRunner.query(`
      ALTER TABLE organisation
        DROP CONSTRAINT organisation_rejection_reason,
        DROP COLUMN created_by_id,
        DROP COLUMN reviewed_by_id,
        DROP COLUMN reviewed_at,
        DROP COLUMN rejection_reason`);
    await queryRunner.query(`DROP TABLE rate_limit`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE mail_outbox`);
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP TABLE one_time_token`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE user_account`);
    await queryRunner.query(`DROP TYPE mail_status`);
    await queryRunner.query(`DROP TYPE token_purpose`);
    await queryRunner.query(`DROP TYPE membership_role`);
    await queryRunner.query(`DROP TYPE platform_role`);
  }
}
