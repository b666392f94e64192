import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { isCoordinator, RequestContext } from '../core/auth/actor';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: Record<string, unknown>;
  /** Defaults to the signed-in user of the request. */
  actorId?: string | null;
}

export interface AuditQuery {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  skip: number;
  take: number;
}

/** Who changed what, when: written in the transaction of the change itself. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert({
      actorId: record.actorId === undefined ? (ctx.actor?.userId ?? null) : record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      summary: (record.summary ?? {}) as never,
      requestId: ctx.requestId,
    });
  }

  /** Coordinators and admins browse everything; everyone else sees only their own entries. */
  async list(
    ctx: RequestContext,
    query: AuditQuery,
  ): Promise<{ items: AuditEntryEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (!isCoordinator(ctx.actor)) {
      builder.andWhere('entry.actor_id = :self', { self: ctx.actor?.userId });
    } else if (query.actorId) {
      builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    }
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.entityType)
      builder.andWhere('entry.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId)
      builder.andWhere('entry.entity_id = :entityId', { entityId: query.entityId });
    if (query.from || query.to) {
      builder.andWhere(
        new Brackets((where) => {
          if (query.from) where.andWhere('entry.created_at >= :from', { from: query.from });
          if (query.to) where.andWhere('entry.created_at <= :to', { to: query.to });
        }),
      );
    }
    const [items, totalCount] = await builder
      .orderBy('entry.created_at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip(query.skip)
      .take(query.take)
      .getManyAndCount();
    return { items, totalCount };
  }
}
