import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mail in the outbox may carry a calendar invitation (RFC 5545 text, iTIP
 * method REQUEST or CANCEL): it is sent as the text/calendar part calendar
 * apps offer to add, update or remove.
 */
export class AddMailCalendarInvitations1764547200020 implements MigrationInterface {
  name = 'AddMailCalendarInvitations1764547200020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN calendar_method text
          CONSTRAINT mail_outbox_calendar_method CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
        ADD COLUMN calendar text,
        ADD CONSTRAINT mail_outbox_calendar_complete
          CHECK ((calendar_method IS NULL) = (calendar IS NULL))
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mail_outbox
        DROP CONSTRAINT mail_outbox_calendar_complete,
        DROP COLUMN calendar,
        DROP COLUMN calendar_method
    `);
  }
}
