import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transition tables and regional conversations (issue 6): tables with their coordinators and
 * members (people of organisations, counted in their organisation's helix), venues,
 * conversations with candidate slots (timestamptz ranges), candidate venues, invitees and the
 * availability poll; the bookings a confirmed conversation makes, guarded by EXCLUSION
 * constraints so that no venue and no person is ever in two overlapping confirmed conversations
 * (docs/transition-tables.md); action items, in-app notifications and personal calendar feeds.
 */
export class CreateTransitionTables1764547200009 implements MigrationInterface {
  name = 'CreateTransitionTables1764547200009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Loaded by the embedded PGlite at start; shipped with PostgreSQL's contrib on a server.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TYPE transition_table_kind AS ENUM ('TRANSITION_TABLE', 'THEME_TABLE')`,
    );
    await queryRunner.query(
      `CREATE TYPE transition_table_status AS ENUM ('ACTIVE', 'PAUSED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TYPE conversation_status AS ENUM ('DRAFT', 'POLLING', 'CONFIRMED', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE TYPE availability_answer AS ENUM ('YES', 'IF_NEED_BE', 'NO')`);
    await queryRunner.query(`CREATE TYPE action_item_status AS ENUM ('OPEN', 'DONE')`);

    await queryRunner.query(`
      CREATE TABLE transition_table (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind transition_table_kind NOT NULL,
        name text NOT NULL CONSTRAINT transition_table_name_length CHECK (char_length(btrim(name)) BETWEEN 3 AND 200),
        theme theme NOT NULL,
        ecosystem ecosystem NOT NULL,
        description text NOT NULL DEFAULT '' CONSTRAINT transition_table_description_length CHECK (char_length(description) <= 5000),
        goals text NOT NULL DEFAULT '' CONSTRAINT transition_table_goals_length CHECK (char_length(goals) <= 5000),
        status transition_table_status NOT NULL DEFAULT 'ACTIVE',
        quorum_business smallint NOT NULL DEFAULT 1 CONSTRAINT transition_table_quorum_business CHECK (quorum_business BETWEEN 0 AND 50),
        quorum_education smallint NOT NULL DEFAULT 1 CONSTRAINT transition_table_quorum_education CHECK (quorum_education BETWEEN 0 AND 50),
        quorum_government smallint NOT NULL DEFAULT 1 CONSTRAINT transition_table_quorum_government CHECK (quorum_government BETWEEN 0 AND 50),
        is_demo boolean NOT NULL DEFAULT false,
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX transition_table_name_unique ON transition_table (lower(btrim(name)))`,
    );
    await queryRunner.query(
      `CREATE INDEX transition_table_status_idx ON transition_table (status, created_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX transition_table_created_by_id_idx ON transition_table (created_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE transition_table_coordinator (
        table_id uuid NOT NULL REFERENCES transition_table (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (table_id, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX transition_table_coordinator_user_id_idx ON transition_table_coordinator (user_id)`,
    );

    // A member is a person through one of their organisations: removing the membership
    // removes them from the table.
    await queryRunner.query(`
      CREATE TABLE transition_table_member (
        table_id uuid NOT NULL REFERENCES transition_table (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (table_id, user_id),
        CONSTRAINT transition_table_member_membership FOREIGN KEY (user_id, organisation_id)
          REFERENCES membership (user_id, organisation_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX transition_table_member_user_idx ON transition_table_member (user_id, organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX transition_table_member_organisation_idx ON transition_table_member (organisation_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE venue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT venue_name_length CHECK (char_length(btrim(name)) BETWEEN 2 AND 200),
        municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        address text NOT NULL CONSTRAINT venue_address_length CHECK (char_length(btrim(address)) BETWEEN 3 AND 300),
        capacity integer NOT NULL CONSTRAINT venue_capacity CHECK (capacity BETWEEN 1 AND 10000),
        host_organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        wheelchair_accessible boolean NOT NULL DEFAULT false,
        public_transport_access boolean NOT NULL DEFAULT false,
        public_transport_note text CONSTRAINT venue_public_transport_note_length CHECK (char_length(public_transport_note) <= 300),
        is_demo boolean NOT NULL DEFAULT false,
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX venue_name_unique ON venue (municipality_code, lower(btrim(name)))`,
    );
    await queryRunner.query(
      `CREATE INDEX venue_host_organisation_id_idx ON venue (host_organisation_id)`,
    );
    await queryRunner.query(`CREATE INDEX venue_created_by_id_idx ON venue (created_by_id)`);

    await queryRunner.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        table_id uuid NOT NULL REFERENCES transition_table (id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT conversation_title_length CHECK (char_length(btrim(title)) BETWEEN 3 AND 200),
        agenda text NOT NULL DEFAULT '' CONSTRAINT conversation_agenda_length CHECK (char_length(agenda) <= 10000),
        duration_minutes integer NOT NULL CONSTRAINT conversation_duration CHECK (duration_minutes BETWEEN 15 AND 720),
        status conversation_status NOT NULL DEFAULT 'POLLING',
        quorum_business smallint NOT NULL DEFAULT 1 CONSTRAINT conversation_quorum_business CHECK (quorum_business BETWEEN 0 AND 50),
        quorum_education smallint NOT NULL DEFAULT 1 CONSTRAINT conversation_quorum_education CHECK (quorum_education BETWEEN 0 AND 50),
        quorum_government smallint NOT NULL DEFAULT 1 CONSTRAINT conversation_quorum_government CHECK (quorum_government BETWEEN 0 AND 50),
        sequence integer NOT NULL DEFAULT 0 CONSTRAINT conversation_sequence CHECK (sequence >= 0),
        confirmed_slot_id uuid,
        confirmed_venue_id uuid REFERENCES venue (id),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text CONSTRAINT conversation_cancel_reason_length CHECK (char_length(cancel_reason) <= 1000),
        minutes text CONSTRAINT conversation_minutes_length CHECK (char_length(minutes) <= 50000),
        minutes_updated_at timestamptz,
        minutes_updated_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        previous_conversation_id uuid REFERENCES conversation (id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT conversation_confirmed_choice CHECK (
          status <> 'CONFIRMED' OR (confirmed_slot_id IS NOT NULL AND confirmed_venue_id IS NOT NULL AND confirmed_at IS NOT NULL)
        ),
        CONSTRAINT conversation_cancelled_at CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX conversation_table_idx ON conversation (table_id, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX conversation_status_idx ON conversation (status)`);
    await queryRunner.query(
      `CREATE INDEX conversation_confirmed_venue_id_idx ON conversation (confirmed_venue_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX conversation_confirmed_slot_id_idx ON conversation (confirmed_slot_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX conversation_previous_conversation_id_idx ON conversation (previous_conversation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX conversation_created_by_id_idx ON conversation (created_by_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX conversation_minutes_updated_by_id_idx ON conversation (minutes_updated_by_id)`,
    );

    // A slot is [start, end), finite; Europe/Amsterdam is applied when it is written and shown.
    await queryRunner.query(`
      CREATE TABLE conversation_slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        during tstzrange NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT conversation_slot_bounds CHECK (
          NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)
          AND NOT lower_inf(during) AND NOT upper_inf(during)
        ),
        CONSTRAINT conversation_slot_once UNIQUE (conversation_id, during),
        CONSTRAINT conversation_slot_of_conversation UNIQUE (id, conversation_id)
      )`);
    await queryRunner.query(`
      ALTER TABLE conversation ADD CONSTRAINT conversation_confirmed_slot
        FOREIGN KEY (confirmed_slot_id, id) REFERENCES conversation_slot (id, conversation_id)`);

    await queryRunner.query(`
      CREATE TABLE conversation_venue (
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        venue_id uuid NOT NULL REFERENCES venue (id),
        PRIMARY KEY (conversation_id, venue_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX conversation_venue_venue_id_idx ON conversation_venue (venue_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE conversation_invitee (
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id),
        CONSTRAINT conversation_invitee_membership FOREIGN KEY (user_id, organisation_id)
          REFERENCES membership (user_id, organisation_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX conversation_invitee_user_idx ON conversation_invitee (user_id, organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX conversation_invitee_organisation_idx ON conversation_invitee (organisation_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE availability (
        conversation_id uuid NOT NULL,
        slot_id uuid NOT NULL,
        user_id uuid NOT NULL,
        answer availability_answer NOT NULL,
        comment text CONSTRAINT availability_comment_length CHECK (char_length(comment) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (slot_id, user_id),
        CONSTRAINT availability_slot FOREIGN KEY (slot_id, conversation_id)
          REFERENCES conversation_slot (id, conversation_id) ON DELETE CASCADE,
        CONSTRAINT availability_invitee FOREIGN KEY (conversation_id, user_id)
          REFERENCES conversation_invitee (conversation_id, user_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX availability_invitee_idx ON availability (conversation_id, user_id)`,
    );
    await queryRunner.query(`CREATE INDEX availability_user_id_idx ON availability (user_id)`);

    // The bookings of confirmed conversations. The EXCLUSION constraints are the guard:
    // two transactions that book one venue or one person at overlapping times cannot both
    // commit (SQLSTATE 23P01), whatever the code above them checked.
    await queryRunner.query(`
      CREATE TABLE venue_booking (
        conversation_id uuid PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
        venue_id uuid NOT NULL REFERENCES venue (id),
        during tstzrange NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT venue_booking_bounds CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
        CONSTRAINT venue_booking_no_overlap EXCLUDE USING gist (venue_id WITH =, during WITH &&)
      )`);
    await queryRunner.query(`
      CREATE TABLE person_booking (
        conversation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        during tstzrange NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id),
        CONSTRAINT person_booking_invitee FOREIGN KEY (conversation_id, user_id)
          REFERENCES conversation_invitee (conversation_id, user_id) ON DELETE CASCADE,
        CONSTRAINT person_booking_bounds CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
        CONSTRAINT person_booking_no_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&)
      )`);

    await queryRunner.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        description text NOT NULL CONSTRAINT action_item_description_length CHECK (char_length(btrim(description)) BETWEEN 3 AND 1000),
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        due_date date NOT NULL,
        status action_item_status NOT NULL DEFAULT 'OPEN',
        done_at timestamptz,
        created_by_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_item_done_at CHECK ((status = 'DONE') = (done_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX action_item_conversation_idx ON action_item (conversation_id, due_date)`,
    );
    await queryRunner.query(
      `CREATE INDEX action_item_owner_organisation_id_idx ON action_item (owner_organisation_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX action_item_created_by_id_idx ON action_item (created_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT notification_kind_format CHECK (kind ~ '^[A-Z_]{3,60}$'),
        conversation_id uuid REFERENCES conversation (id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_conversation_id_idx ON notification (conversation_id)`,
    );

    // Only the SHA-256 of a feed token is kept; renewing replaces it, so the old URL stops.
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT calendar_feed_token_hash_unique UNIQUE,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feed`);
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`DROP TABLE action_item`);
    await queryRunner.query(`DROP TABLE person_booking`);
    await queryRunner.query(`DROP TABLE venue_booking`);
    await queryRunner.query(`DROP TABLE availability`);
    await queryRunner.query(`DROP TABLE conversation_invitee`);
    await queryRunner.query(`DROP TABLE conversation_venue`);
    await queryRunner.query(`ALTER TABLE conversation DROP CONSTRAINT conversation_confirmed_slot`);
    await queryRunner.query(`DROP TABLE conversation_slot`);
    await queryRunner.query(`DROP TABLE conversation`);
    await queryRunner.query(`DROP TABLE venue`);
    await queryRunner.query(`DROP TABLE transition_table_member`);
    await queryRunner.query(`DROP TABLE transition_table_coordinator`);
    await queryRunner.query(`DROP TABLE transition_table`);
    await queryRunner.query(`DROP TYPE action_item_status`);
    await queryRunner.query(`DROP TYPE availability_answer`);
    await queryRunner.query(`DROP TYPE conversation_status`);
    await queryRunner.query(`DROP TYPE transition_table_status`);
    await queryRunner.query(`DROP TYPE transition_table_kind`);
    // btree_gist stays: other schemas of the database may use it.
  }
}
