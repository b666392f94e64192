import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { membershipOf, RequestContext, isCoordinator } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { assertOrganiser, visibleConversation } from './access';
import {
  CreateActionItemInput,
  PlanNextConversationInput,
  SaveMinutesInput,
  UpdateActionItemInput,
} from './dto/conversation.inputs';
import { ActionItemEntity, ConversationEntity } from './entities/conversation.entity';
import { ActionItemStatus, ConversationStatus } from './transition-tables.enums';
import { conversationErrors } from './transition-tables.errors';

/**
 * After a conversation: minutes (Markdown, stored as written — the web sanitises when it
 * displays them), action items with an owner organisation and a due date, and the next
 * conversation planned from what is still open.
 */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async saveMinutes(ctx: RequestContext, input: SaveMinutesInput): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    return this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, actor, input.id, true);
      this.assertConfirmed(conversation, 'minutes');
      await manager.getRepository(ConversationEntity).update(conversation.id, {
        minutes: input.minutes,
        minutesUpdatedAt: new Date(),
        minutesUpdatedById: actor.userId,
      });
      await this.audit.record(manager, ctx, {
        action: 'conversation.minutes',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: { length: input.minutes.length },
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
    });
  }

  async createActionItem(
    ctx: RequestContext,
    input: CreateActionItemInput,
  ): Promise<ActionItemEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    return this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, actor, input.conversationId, true);
      this.assertConfirmed(conversation, 'actionItem');
      await this.assertOrganisation(manager, input.ownerOrganisationId);
      const item = await manager.getRepository(ActionItemEntity).save({
        conversationId: conversation.id,
        description: input.description.trim(),
        ownerOrganisationId: input.ownerOrganisationId,
        dueDate: input.dueDate,
        createdById: actor.userId,
      });
      await this.audit.record(manager, ctx, {
        action: 'actionItem.create',
        entityType: 'action_item',
        entityId: item.id,
        summary: { conversationId: conversation.id },
      });
      return manager.getRepository(ActionItemEntity).findOneByOrFail({ id: item.id });
    });
  }

  /** Coordinators change everything; members of the owner organisation only the status. */
  async updateActionItem(
    ctx: RequestContext,
    input: UpdateActionItemInput,
  ): Promise<ActionItemEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const actor = ctx.actor;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ActionItemEntity);
      const item = await repository.findOne({
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item) throw AppError.notFound('actionItem');
      await visibleConversation(manager, actor, item.conversationId);
      const owner = !!membershipOf(actor, item.ownerOrganisationId);
      if (!isCoordinator(actor)) {
        const onlyStatus =
          input.description === undefined &&
          input.ownerOrganisationId === undefined &&
          input.dueDate === undefined;
        if (!owner || !onlyStatus) {
          throw AppError.forbidden(
            'errors.actionItems.notOwner',
            'Coordinators change action items; members of the owner organisation mark theirs done.',
          );
        }
      }
      const changes: Partial<ActionItemEntity> = {};
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.ownerOrganisationId !== undefined) {
        await this.assertOrganisation(manager, input.ownerOrganisationId);
        changes.ownerOrganisationId = input.ownerOrganisationId;
      }
      if (input.dueDate !== undefined) changes.dueDate = input.dueDate;
      if (input.status !== undefined && input.status !== item.status) {
        changes.status = input.status;
        changes.doneAt = input.status === ActionItemStatus.DONE ? new Date() : null;
      }
      if (Object.keys(changes).length > 0) await repository.update(item.id, changes);
      await this.audit.record(manager, ctx, {
        action: 'actionItem.update',
        entityType: 'action_item',
        entityId: item.id,
        summary: { fields: Object.keys(changes) },
      });
      return repository.findOneByOrFail({ id: item.id });
    });
  }

  /**
   * A draft conversation of the same table: same duration, quorum, candidate venues and the
   * invitees still at the table; its agenda lists the table's open action items.
   */
  async planNext(
    ctx: RequestContext,
    input: PlanNextConversationInput,
  ): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    return this.dataSource.transaction(async (manager) => {
      const previous = await visibleConversation(manager, actor, input.id);
      const open: { description: string; organisation: string; due_date: string }[] =
        await manager.query(
          `SELECT a.description, o.name AS organisation, to_char(a.due_date, 'YYYY-MM-DD') AS due_date
             FROM action_item a JOIN conversation c ON c.id = a.conversation_id
             JOIN organisation o ON o.id = a.owner_organisation_id
            WHERE c.table_id = $1 AND a.status = 'OPEN'
            ORDER BY a.due_date, a.created_at, a.id`,
          [previous.tableId],
        );
      const conversation = await manager.getRepository(ConversationEntity).save({
        tableId: previous.tableId,
        title: input.title?.trim() ?? previous.title,
        agenda: nextAgenda(previous.title, open),
        durationMinutes: previous.durationMinutes,
        status: ConversationStatus.DRAFT,
        quorumBusiness: previous.quorumBusiness,
        quorumEducation: previous.quorumEducation,
        quorumGovernment: previous.quorumGovernment,
        previousConversationId: previous.id,
        createdById: actor.userId,
      });
      await manager.query(
        `INSERT INTO conversation_venue (conversation_id, venue_id)
         SELECT $1, venue_id FROM conversation_venue WHERE conversation_id = $2`,
        [conversation.id, previous.id],
      );
      await manager.query(
        `INSERT INTO conversation_invitee (conversation_id, user_id, organisation_id)
         SELECT $1, m.user_id, m.organisation_id FROM conversation_invitee i
           JOIN transition_table_member m ON m.table_id = $3 AND m.user_id = i.user_id
          WHERE i.conversation_id = $2`,
        [conversation.id, previous.id, previous.tableId],
      );
      await this.audit.record(manager, ctx, {
        action: 'conversation.planNext',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: { previousId: previous.id, openActionItems: open.length },
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
    });
  }

  private assertConfirmed(conversation: ConversationEntity, action: string): void {
    if (conversation.status !== ConversationStatus.CONFIRMED) {
      throw conversationErrors.wrongStatus(conversation.status, action);
    }
  }

  private async assertOrganisation(manager: EntityManager, id: string): Promise<void> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM organisation WHERE id = $1', [id]);
    if (rows.length === 0) throw conversationErrors.ownerOrganisationUnknown();
  }
}

/** The agenda of the next conversation (Markdown, Dutch like the rest of the region's texts). */
export function nextAgenda(
  previousTitle: string,
  open: { description: string; organisation: string; due_date: string }[],
): string {
  const items = open.length
    ? open.map((a) => `- [ ] ${a.description} — ${a.organisation}, uiterlijk ${a.due_date}`)
    : ['- Geen openstaande actiepunten.'];
  return [
    `## Vervolg op: ${previousTitle}`,
    '',
    '### Openstaande actiepunten',
    '',
    ...items,
    '',
    '### Rondvraag',
    '',
  ].join('\n');
}
