import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import { feedCalendar, invitationCalendar } from '../calendar/ical';
import type { AppConfig } from '../config';
import { RequestContext } from '../core/auth/actor';
import { hashToken, newToken } from '../core/auth/session-token';
import { AppError } from '../core/errors';
import { CalendarFeedEntity } from '../notifications/entities/notification.entity';
import { calendarEventOf, conversationFacts } from './conversation-events';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Personal calendar feeds: `/ical/<token>.ics` lists the user's confirmed conversations.
 * Only the token's SHA-256 is stored, so the URL is shown once, when it is made; renewing
 * replaces the hash and the old URL stops working at once.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(ctx: RequestContext): Promise<CalendarFeedEntity | null> {
    if (!ctx.actor) throw AppError.unauthenticated();
    return this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOneBy({ userId: ctx.actor.userId });
  }

  /** A new secret URL; the previous one (if any) stops working. */
  async renew(ctx: RequestContext): Promise<{ url: string; createdAt: Date }> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const userId = ctx.actor.userId;
    const token = newToken();
    const createdAt = await this.dataSource.transaction(async (manager) => {
      const [row]: { created_at: Date }[] = await manager.query(
        `INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
         RETURNING created_at`,
        [userId, hashToken(token)],
      );
      await this.audit.record(manager, ctx, {
        action: 'calendarFeed.renew',
        entityType: 'calendar_feed',
        entityId: userId,
      });
      return row.created_at;
    });
    return { url: `${this.config.appUrl}/ical/${token}.ics`, createdAt };
  }

  /** The feed of a token, or null (the route answers 404) for an unknown or malformed one. */
  async feed(token: string): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    // TypeORM returns [rows, affected] for an UPDATE on PostgreSQL.
    const [[owner]]: [{ user_id: string; display_name: string }[], number] =
      await this.dataSource.query(
        `UPDATE calendar_feed f SET last_used_at = now() FROM user_account u
        WHERE f.token_hash = $1 AND u.id = f.user_id RETURNING f.user_id, u.display_name`,
        [hashToken(token)],
      );
    if (!owner) return null;
    const ids: { conversation_id: string }[] = await this.dataSource.query(
      `SELECT b.conversation_id FROM person_booking b WHERE b.user_id = $1
          AND upper(b.during) > now() - interval '180 days'`,
      [owner.user_id],
    );
    const facts = await conversationFacts(
      this.dataSource.manager,
      ids.map((row) => row.conversation_id),
    );
    return feedCalendar(
      `Knooppunt — ${owner.display_name}`,
      facts.map((f) => calendarEventOf(this.config, f, null)),
    );
  }

  /** The invitation (REQUEST) of one attendee, or the cancellation (CANCEL) once cancelled. */
  async invitation(
    conversationId: string,
    user: { userId: string; email: string; displayName: string },
  ): Promise<string | null> {
    const [booked]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM person_booking WHERE conversation_id = $1 AND user_id = $2`,
      [conversationId, user.userId],
    );
    const [facts] = await conversationFacts(this.dataSource.manager, [conversationId]);
    if (!facts || (!booked && facts.status !== 'CANCELLED')) return null;
    const cancelled = facts.status === 'CANCELLED';
    if (cancelled) {
      const [invited]: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM conversation_invitee WHERE conversation_id = $1 AND user_id = $2',
        [conversationId, user.userId],
      );
      if (!invited) return null;
    }
    return invitationCalendar(
      cancelled ? 'CANCEL' : 'REQUEST',
      calendarEventOf(this.config, facts, { name: user.displayName, email: user.email }),
    );
  }
}
