import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { NotificationEntity } from './entities/notification.entity';

/** Kinds of in-app notification; the web translates each with its payload. */
export enum NotificationKind {
  CONVERSATION_POLL_OPENED = 'CONVERSATION_POLL_OPENED',
  CONVERSATION_CONFIRMED = 'CONVERSATION_CONFIRMED',
  CONVERSATION_RESCHEDULED = 'CONVERSATION_RESCHEDULED',
  CONVERSATION_CANCELLED = 'CONVERSATION_CANCELLED',
  CONVERSATION_REMINDER = 'CONVERSATION_REMINDER',
}

/**
 * In-app notifications: written in the transaction of the change that causes them (like the
 * mail outbox), read and marked read by their user only.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement for any number of recipients. */
  async notify(
    manager: EntityManager,
    userIds: string[],
    kind: NotificationKind,
    conversationId: string | null,
    payload: Record<string, unknown>,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO notification (user_id, kind, conversation_id, payload)
       SELECT u, $2, $3, $4 FROM unnest($1::uuid[]) AS u`,
      [userIds, kind, conversationId, JSON.stringify(payload)],
    );
  }

  async list(
    ctx: RequestContext,
    unreadOnly: boolean,
    skip: number,
    take: number,
  ): Promise<{ items: NotificationEntity[]; totalCount: number; unreadCount: number }> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const repository = this.dataSource.getRepository(NotificationEntity);
    const where = { userId: ctx.actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, totalCount] = await repository.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    const unreadCount = unreadOnly
      ? totalCount
      : await repository.countBy({ userId: ctx.actor.userId, readAt: IsNull() });
    return { items, totalCount, unreadCount };
  }

  async markRead(ctx: RequestContext, id: string): Promise<NotificationEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const repository = this.dataSource.getRepository(NotificationEntity);
    const notification = await repository.findOneBy({ id, userId: ctx.actor.userId });
    if (!notification) throw AppError.notFound('notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.update(
        { id, userId: ctx.actor.userId, readAt: IsNull() },
        { readAt: notification.readAt },
      );
    }
    return notification;
  }

  async markAllRead(ctx: RequestContext): Promise<number> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId: ctx.actor.userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
