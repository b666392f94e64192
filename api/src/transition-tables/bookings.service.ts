import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HELICES, Helix } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { RequestContext } from '../core/auth/actor';
import { JobQueue } from '../core/jobs/job-queue';
import { MailService } from '../mail/mail.service';
import { NotificationKind, NotificationsService } from '../notifications/notifications.service';
import { assertOrganiser, visibleConversation } from './access';
import { invitationCalendar } from '../calendar/ical';
import { conversationMails, formatWhen } from './conversation-mails';
import {
  calendarEventOf,
  conversationFacts,
  ConversationFacts,
  conversationLink,
  whereOf,
} from './conversation-events';
import { CancelConversationInput, ConfirmConversationInput } from './dto/conversation.inputs';
import { ConversationEntity } from './entities/conversation.entity';
import { AvailabilityAnswer, ConversationStatus } from './transition-tables.enums';
import {
  bookingConflict,
  conversationErrors,
  quorumOf,
  tableErrors,
} from './transition-tables.errors';

export const REMINDER_QUEUE = 'conversation-reminder';
/** Reminders go out this long before a conversation starts (at once when it is nearer). */
export const REMINDER_HOURS_BEFORE = 24;

interface Recipient {
  user_id: string;
  email: string;
  display_name: string;
  locale: 'nl' | 'en';
}

/**
 * Confirming, rescheduling and cancelling. Confirming books the venue and every attendee in
 * venue_booking / person_booking, whose EXCLUSION constraints refuse any overlap with another
 * confirmed conversation: of two concurrent confirmations sharing a venue or a person at
 * overlapping times exactly one commits; the other's INSERT fails with 23P01, its transaction
 * rolls back whole, and the caller gets CONFLICT. Rescheduling replaces the bookings and
 * cancelling releases them, each in one transaction; both raise `sequence`. Notifications,
 * mails and the reminder job are written in the same transaction.
 */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async confirm(
    ctx: RequestContext,
    input: ConfirmConversationInput,
    reschedule: boolean,
  ): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    let result: ConversationEntity;
    try {
      result = await this.dataSource.transaction((manager) =>
        this.book(manager, ctx, input, reschedule),
      );
    } catch (error) {
      bookingConflict(error);
    }
    void this.mail.deliver();
    this.jobs.kick();
    return result;
  }

  async cancel(ctx: RequestContext, input: CancelConversationInput): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    const result = await this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, ctx.actor, input.id, true);
      if (conversation.status === ConversationStatus.CANCELLED) {
        throw conversationErrors.wrongStatus(conversation.status, 'cancel');
      }
      const wasConfirmed = conversation.status === ConversationStatus.CONFIRMED;
      const attendees = wasConfirmed ? await this.attendees(manager, conversation.id) : [];
      await manager.query('DELETE FROM person_booking WHERE conversation_id = $1', [
        conversation.id,
      ]);
      await manager.query('DELETE FROM venue_booking WHERE conversation_id = $1', [
        conversation.id,
      ]);
      await manager.query(
        `UPDATE conversation SET status = 'CANCELLED', cancelled_at = now(), cancel_reason = $2,
                sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [conversation.id, input.reason?.trim() || null],
      );
      if (wasConfirmed) {
        const [facts] = await conversationFacts(manager, [conversation.id]);
        await this.tell(manager, facts, attendees, NotificationKind.CONVERSATION_CANCELLED);
      } else {
        const invitees: { user_id: string }[] = await manager.query(
          'SELECT user_id FROM conversation_invitee WHERE conversation_id = $1',
          [conversation.id],
        );
        await this.notifications.notify(
          manager,
          invitees.map((i) => i.user_id),
          NotificationKind.CONVERSATION_CANCELLED,
          conversation.id,
          { title: conversation.title, reason: input.reason?.trim() || null },
        );
      }
      await this.audit.record(manager, ctx, {
        action: 'conversation.cancel',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: { from: conversation.status, released: attendees.length },
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
    });
    void this.mail.deliver();
    return result;
  }

  private async book(
    manager: EntityManager,
    ctx: RequestContext,
    input: ConfirmConversationInput,
    reschedule: boolean,
  ): Promise<ConversationEntity> {
    const conversation = await visibleConversation(manager, ctx.actor, input.id, true);
    const expected = reschedule ? ConversationStatus.CONFIRMED : ConversationStatus.POLLING;
    if (conversation.status !== expected) {
      throw conversationErrors.wrongStatus(
        conversation.status,
        reschedule ? 'reschedule' : 'confirm',
      );
    }
    const [slot]: { id: string; start: Date; end: Date }[] = await manager.query(
      `SELECT id, lower(during) AS start, upper(during) AS "end" FROM conversation_slot
        WHERE id = $1 AND conversation_id = $2`,
      [input.slotId, conversation.id],
    );
    if (!slot) throw conversationErrors.slotNotCandidate();
    if (new Date(slot.start).getTime() <= Date.now()) throw conversationErrors.slotPassed();
    const [venue]: { id: string; capacity: number }[] = await manager.query(
      `SELECT v.id, v.capacity FROM conversation_venue cv JOIN venue v ON v.id = cv.venue_id
        WHERE cv.conversation_id = $1 AND cv.venue_id = $2`,
      [conversation.id, input.venueId],
    );
    if (!venue) throw conversationErrors.venueNotCandidate();
    const invitees: { user_id: string; helix: Helix; answer: AvailabilityAnswer | null }[] =
      await manager.query(
        `SELECT i.user_id, o.helix, a.answer FROM conversation_invitee i
           JOIN organisation o ON o.id = i.organisation_id
           LEFT JOIN availability a ON a.slot_id = $2 AND a.user_id = i.user_id
          WHERE i.conversation_id = $1`,
        [conversation.id, slot.id],
      );
    const byUser = new Map(invitees.map((i) => [i.user_id, i]));
    const attendeeIds =
      input.attendeeIds ??
      invitees.filter((i) => i.answer === 'YES' || i.answer === 'IF_NEED_BE').map((i) => i.user_id);
    const seen = new Set<string>();
    attendeeIds.forEach((id, i) => {
      if (!byUser.has(id)) throw conversationErrors.attendeeNotInvitee(i);
      if (seen.has(id)) throw tableErrors.duplicate(`attendeeIds[${i}]`);
      seen.add(id);
    });
    if (attendeeIds.length > venue.capacity) {
      throw conversationErrors.overCapacity(venue.capacity, attendeeIds.length);
    }
    const quorum = quorumOf(conversation);
    for (const helix of HELICES) {
      const have = attendeeIds.filter((id) => byUser.get(id)?.helix === helix).length;
      if (have < quorum[helix]) throw conversationErrors.quorumShort(helix, have, quorum[helix]);
    }

    const before = reschedule ? await this.attendees(manager, conversation.id) : [];
    if (reschedule) {
      await manager.query('DELETE FROM person_booking WHERE conversation_id = $1', [
        conversation.id,
      ]);
      await manager.query('DELETE FROM venue_booking WHERE conversation_id = $1', [
        conversation.id,
      ]);
    }
    const during = [new Date(slot.start).toISOString(), new Date(slot.end).toISOString()];
    // The guard: these INSERTs fail with 23P01 on any overlap with another booking.
    await manager.query(
      `INSERT INTO venue_booking (conversation_id, venue_id, during) VALUES ($1, $2, tstzrange($3, $4, '[)'))`,
      [conversation.id, venue.id, ...during],
    );
    if (attendeeIds.length > 0) {
      await manager.query(
        `INSERT INTO person_booking (conversation_id, user_id, during)
         SELECT $1, u, tstzrange($3, $4, '[)') FROM unnest($2::uuid[]) AS u`,
        [conversation.id, attendeeIds, ...during],
      );
    }
    await manager.query(
      `UPDATE conversation SET status = 'CONFIRMED', confirmed_slot_id = $2, confirmed_venue_id = $3,
              confirmed_at = now(), sequence = sequence + $4, updated_at = now() WHERE id = $1`,
      [conversation.id, slot.id, venue.id, reschedule ? 1 : 0],
    );
    const [facts] = await conversationFacts(manager, [conversation.id]);
    const attendees = await this.attendees(manager, conversation.id);
    const kept = new Set(attendees.map((a) => a.user_id));
    await this.tell(
      manager,
      facts,
      attendees,
      reschedule
        ? NotificationKind.CONVERSATION_RESCHEDULED
        : NotificationKind.CONVERSATION_CONFIRMED,
    );
    await this.tell(
      manager,
      facts,
      before.filter((b) => !kept.has(b.user_id)),
      NotificationKind.CONVERSATION_CANCELLED,
    );
    await this.scheduleReminder(manager, facts);
    await this.audit.record(manager, ctx, {
      action: reschedule ? 'conversation.reschedule' : 'conversation.confirm',
      entityType: 'conversation',
      entityId: conversation.id,
      summary: { slotId: slot.id, venueId: venue.id, attendees: attendeeIds.length },
    });
    return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
  }

  private attendees(manager: EntityManager, conversationId: string): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id AS user_id, u.email, u.display_name, u.locale FROM person_booking b
         JOIN user_account u ON u.id = b.user_id WHERE b.conversation_id = $1 ORDER BY u.id`,
      [conversationId],
    );
  }

  /** Notification and mail to each recipient, in their language. */
  async tell(
    manager: EntityManager,
    facts: ConversationFacts,
    recipients: Recipient[],
    kind: NotificationKind,
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.notifications.notify(
      manager,
      recipients.map((r) => r.user_id),
      kind,
      facts.id,
      {
        title: facts.title,
        table: facts.table,
        start: new Date(facts.start).toISOString(),
        end: new Date(facts.end).toISOString(),
        venue: whereOf(facts),
        sequence: facts.sequence,
      },
    );
    for (const recipient of recipients) {
      const locale = recipient.locale === 'en' ? 'en' : 'nl';
      const mailFacts = {
        title: facts.title,
        table: facts.table,
        when: formatWhen(locale, new Date(facts.start), new Date(facts.end)),
        where: whereOf(facts),
        link: conversationLink(this.config, facts.id),
        reason: null,
      };
      const mail =
        kind === NotificationKind.CONVERSATION_CANCELLED
          ? conversationMails.cancelled(locale, mailFacts)
          : kind === NotificationKind.CONVERSATION_REMINDER
            ? conversationMails.reminder(locale, mailFacts)
            : conversationMails.confirmed(
                locale,
                mailFacts,
                kind === NotificationKind.CONVERSATION_RESCHEDULED,
              );
      // Invitations and cancellations carry the calendar entry itself (RFC 5545, this
      // recipient as the only attendee); reminders only point to it.
      const method: 'REQUEST' | 'CANCEL' | null =
        kind === NotificationKind.CONVERSATION_REMINDER
          ? null
          : kind === NotificationKind.CONVERSATION_CANCELLED
            ? 'CANCEL'
            : 'REQUEST';
      const calendar = method && {
        method,
        content: invitationCalendar(
          method,
          calendarEventOf(
            this.config,
            facts,
            { name: recipient.display_name, email: recipient.email },
            method === 'CANCEL',
          ),
        ),
      };
      await this.mail.enqueue(manager, recipient.email, calendar ? { ...mail, calendar } : mail);
    }
  }

  /** A reminder job for this version of the conversation; a later change makes it a no-op. */
  private async scheduleReminder(manager: EntityManager, facts: ConversationFacts): Promise<void> {
    await manager.query(
      `INSERT INTO job (queue, payload, run_after)
       VALUES ($1, $2, greatest(now(), $3::timestamptz - make_interval(hours => $4)))`,
      [
        REMINDER_QUEUE,
        JSON.stringify({ conversationId: facts.id, sequence: facts.sequence }),
        new Date(facts.start).toISOString(),
        REMINDER_HOURS_BEFORE,
      ],
    );
  }

  /** Runs a reminder: only for a conversation still confirmed at the same sequence. */
  async remind(conversationId: string, sequence: number): Promise<boolean> {
    const sent = await this.dataSource.transaction(async (manager) => {
      const [row]: { status: string; sequence: number; start: Date }[] = await manager.query(
        `SELECT c.status, c.sequence, lower(s.during) AS start FROM conversation c
           LEFT JOIN conversation_slot s ON s.id = c.confirmed_slot_id WHERE c.id = $1 FOR UPDATE OF c`,
        [conversationId],
      );
      if (!row || row.status !== ConversationStatus.CONFIRMED || row.sequence !== sequence) {
        return false;
      }
      if (new Date(row.start).getTime() <= Date.now()) return false;
      const [facts] = await conversationFacts(manager, [conversationId]);
      const attendees = await this.attendees(manager, conversationId);
      await this.tell(manager, facts, attendees, NotificationKind.CONVERSATION_REMINDER);
      return true;
    });
    if (sent) void this.mail.deliver();
    return sent;
  }
}
