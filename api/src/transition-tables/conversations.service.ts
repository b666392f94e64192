import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HELICES, Helix } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, isCoordinator, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { NotificationKind, NotificationsService } from '../notifications/notifications.service';
import { assertOrganiser, visibleConversation } from './access';
import { parseSlotStart, rangeLiteral } from './amsterdam';
import {
  AnswerAvailabilityInput,
  CreateConversationInput,
  UpdateConversationInput,
} from './dto/conversation.inputs';
import { HelixQuorumInput } from './dto/transition-table.inputs';
import { ConversationEntity } from './entities/conversation.entity';
import { TransitionTableEntity } from './entities/transition-table.entity';
import { AvailabilityMatrix, AvailabilityRow } from './models/transition-table.models';
import { slotRows } from './table-loaders';
import { PersonRow, SlotRow, toPerson, toSlot } from './transition-table.mappers';
import { AvailabilityAnswer, ConversationStatus, TableStatus } from './transition-tables.enums';
import { conversationErrors, quorumOf, tableErrors } from './transition-tables.errors';

const HALF: Record<AvailabilityAnswer, number> = { YES: 2, IF_NEED_BE: 1, NO: 0 };

/**
 * Conversations of a table and their availability poll. Coordinators create and change them
 * while they are drafts or polling; invitees answer for themselves until the conversation is
 * confirmed (the answer takes a share lock on the conversation, confirming an update lock, so
 * no answer slips in after a confirmation).
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<ConversationEntity> {
    return visibleConversation(this.dataSource.manager, ctx.actor, id);
  }

  async listOfTable(
    ctx: RequestContext,
    tableId: string,
    status: ConversationStatus | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: ConversationEntity[]; totalCount: number }> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const builder = this.dataSource
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .where('c.table_id = :tableId', { tableId });
    if (!isCoordinator(ctx.actor)) {
      builder.andWhere(`c.status <> 'DRAFT'`).andWhere(
        `(EXISTS (SELECT 1 FROM transition_table_member m WHERE m.table_id = c.table_id AND m.user_id = :me)
          OR EXISTS (SELECT 1 FROM conversation_invitee i WHERE i.conversation_id = c.id AND i.user_id = :me))`,
        { me: ctx.actor.userId },
      );
    }
    if (status) builder.andWhere('c.status = :status', { status });
    const [items, totalCount] = await builder
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** The conversations you are invited to (not drafts), newest first. */
  async myInvitations(
    ctx: RequestContext,
    status: ConversationStatus | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: ConversationEntity[]; totalCount: number }> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const builder = this.dataSource
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .where(
        'EXISTS (SELECT 1 FROM conversation_invitee i WHERE i.conversation_id = c.id AND i.user_id = :me)',
        { me: ctx.actor.userId },
      )
      .andWhere(`c.status <> 'DRAFT'`);
    if (status) builder.andWhere('c.status = :status', { status });
    const [items, totalCount] = await builder
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async create(ctx: RequestContext, input: CreateConversationInput): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    const result = await this.dataSource.transaction(async (manager) => {
      const table = await manager
        .getRepository(TransitionTableEntity)
        .findOneBy({ id: input.tableId });
      if (!table) throw AppError.notFound('transitionTable');
      if (table.status === TableStatus.CLOSED) throw tableErrors.tableClosed();
      const open = input.openPoll !== false;
      const ranges = this.ranges(input.slots ?? [], input.durationMinutes);
      await this.assertVenues(manager, input.venueIds ?? []);
      const invitees = await this.invitees(manager, table.id, input.inviteeIds ?? []);
      if (open) this.assertPollable(ranges.length, input.venueIds ?? [], invitees.length);
      const quorum = this.quorum(input.quorum, table);
      const conversation = await manager.getRepository(ConversationEntity).save({
        tableId: table.id,
        title: input.title.trim(),
        agenda: input.agenda ?? '',
        durationMinutes: input.durationMinutes,
        status: open ? ConversationStatus.POLLING : ConversationStatus.DRAFT,
        ...quorum,
        createdById: actor.userId,
      });
      await this.insertSlots(manager, conversation.id, ranges);
      await this.insertVenues(manager, conversation.id, input.venueIds ?? []);
      await this.insertInvitees(manager, conversation.id, invitees);
      if (open) await this.notifyPoll(manager, conversation, table, invitees);
      await this.audit.record(manager, ctx, {
        action: 'conversation.create',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: { tableId: table.id, title: conversation.title, slots: ranges.length },
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
    });
    return result;
  }

  async update(ctx: RequestContext, input: UpdateConversationInput): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    return this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, ctx.actor, input.id, true);
      if (
        conversation.status !== ConversationStatus.DRAFT &&
        conversation.status !== ConversationStatus.POLLING
      ) {
        throw conversationErrors.wrongStatus(conversation.status, 'update');
      }
      const duration = input.durationMinutes ?? conversation.durationMinutes;
      const changes: Partial<ConversationEntity> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.agenda !== undefined) changes.agenda = input.agenda;
      if (input.durationMinutes !== undefined) changes.durationMinutes = input.durationMinutes;
      if (input.quorum) {
        Object.assign(changes, {
          quorumBusiness: input.quorum.business,
          quorumEducation: input.quorum.education,
          quorumGovernment: input.quorum.government,
        });
      }
      if (Object.keys(changes).length > 0) {
        await manager.getRepository(ConversationEntity).update(conversation.id, changes);
      }
      if (input.slots) {
        const ranges = this.ranges(input.slots, duration);
        // Slots that stay keep their answers; the others go with theirs.
        await manager.query(
          `DELETE FROM conversation_slot WHERE conversation_id = $1
             AND lower(during) <> ALL($2::timestamptz[])`,
          [conversation.id, ranges.map(([start]) => start.toISOString())],
        );
        await manager.query(
          `UPDATE conversation_slot SET during = tstzrange(lower(during), lower(during) + make_interval(mins => $2), '[)')
            WHERE conversation_id = $1`,
          [conversation.id, duration],
        );
        await this.insertSlots(manager, conversation.id, ranges);
      } else if (input.durationMinutes !== undefined) {
        await manager.query(
          `UPDATE conversation_slot SET during = tstzrange(lower(during), lower(during) + make_interval(mins => $2), '[)')
            WHERE conversation_id = $1`,
          [conversation.id, duration],
        );
      }
      if (input.venueIds) {
        await this.assertVenues(manager, input.venueIds);
        await manager.query('DELETE FROM conversation_venue WHERE conversation_id = $1', [
          conversation.id,
        ]);
        await this.insertVenues(manager, conversation.id, input.venueIds);
      }
      if (input.inviteeIds) {
        const invitees = await this.invitees(manager, conversation.tableId, input.inviteeIds);
        await manager.query(
          'DELETE FROM conversation_invitee WHERE conversation_id = $1 AND user_id <> ALL($2::uuid[])',
          [conversation.id, invitees.map((i) => i.userId)],
        );
        await this.insertInvitees(manager, conversation.id, invitees);
      }
      if (conversation.status === ConversationStatus.POLLING) {
        await this.assertStillPollable(manager, conversation.id);
      }
      await this.audit.record(manager, ctx, {
        action: 'conversation.update',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: {
          fields: Object.keys(input).filter((key) => key !== 'id'),
        },
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id: conversation.id });
    });
  }

  async openPoll(ctx: RequestContext, id: string): Promise<ConversationEntity> {
    assertOrganiser(ctx.actor);
    return this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, ctx.actor, id, true);
      if (conversation.status !== ConversationStatus.DRAFT) {
        throw conversationErrors.wrongStatus(conversation.status, 'openPoll');
      }
      await this.assertStillPollable(manager, id);
      await manager
        .getRepository(ConversationEntity)
        .update(id, { status: ConversationStatus.POLLING });
      const table = await manager
        .getRepository(TransitionTableEntity)
        .findOneByOrFail({ id: conversation.tableId });
      const invitees: { userId: string }[] = await manager.query(
        'SELECT user_id AS "userId" FROM conversation_invitee WHERE conversation_id = $1',
        [id],
      );
      await this.notifyPoll(manager, conversation, table, invitees);
      await this.audit.record(manager, ctx, {
        action: 'conversation.openPoll',
        entityType: 'conversation',
        entityId: id,
      });
      return manager.getRepository(ConversationEntity).findOneByOrFail({ id });
    });
  }

  /** An invitee's answers; changeable until the conversation is confirmed. */
  async answer(ctx: RequestContext, input: AnswerAvailabilityInput): Promise<ConversationEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const actor: Actor = ctx.actor;
    return this.dataSource.transaction(async (manager) => {
      const conversation = await visibleConversation(manager, actor, input.conversationId);
      // A share lock: confirming (an update lock) waits for this answer or makes it wait.
      await manager.query('SELECT 1 FROM conversation WHERE id = $1 FOR SHARE', [conversation.id]);
      const [current]: { status: ConversationStatus }[] = await manager.query(
        'SELECT status FROM conversation WHERE id = $1',
        [conversation.id],
      );
      const invited: unknown[] = await manager.query(
        'SELECT 1 FROM conversation_invitee WHERE conversation_id = $1 AND user_id = $2',
        [conversation.id, actor.userId],
      );
      if (invited.length === 0) throw conversationErrors.notInvitee();
      if (current.status !== ConversationStatus.POLLING) {
        throw conversationErrors.pollClosed(current.status);
      }
      const slotIds = new Set(
        (
          (await manager.query('SELECT id FROM conversation_slot WHERE conversation_id = $1', [
            conversation.id,
          ])) as { id: string }[]
        ).map((row) => row.id),
      );
      const seen = new Set<string>();
      input.answers.forEach((answer, i) => {
        if (!slotIds.has(answer.slotId)) throw conversationErrors.answerSlotUnknown(i);
        if (seen.has(answer.slotId)) throw tableErrors.duplicate(`answers[${i}].slotId`);
        seen.add(answer.slotId);
      });
      await manager.query(
        `INSERT INTO availability (conversation_id, slot_id, user_id, answer, comment)
         SELECT $1, s, $2, a::availability_answer, NULLIF(btrim(c), '')
           FROM unnest($3::uuid[], $4::text[], $5::text[]) AS x(s, a, c)
         ON CONFLICT (slot_id, user_id)
         DO UPDATE SET answer = EXCLUDED.answer, comment = EXCLUDED.comment, updated_at = now()`,
        [
          conversation.id,
          actor.userId,
          input.answers.map((a) => a.slotId),
          input.answers.map((a) => a.answer),
          input.answers.map((a) => a.comment ?? ''),
        ],
      );
      await this.audit.record(manager, ctx, {
        action: 'conversation.answer',
        entityType: 'conversation',
        entityId: conversation.id,
        summary: { answers: input.answers.map((a) => [a.slotId, a.answer]) },
      });
      return conversation;
    });
  }

  /** Invitees × slots grouped by helix, with tallies: three statements whatever the size. */
  async matrix(conversation: ConversationEntity): Promise<AvailabilityMatrix> {
    const slots = await slotRows(this.dataSource, 'conversation_id', [conversation.id]);
    const people: PersonRow[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.display_name, o.id AS organisation_id, o.helix
         FROM conversation_invitee i JOIN user_account u ON u.id = i.user_id
         JOIN organisation o ON o.id = i.organisation_id
        WHERE i.conversation_id = $1 ORDER BY u.display_name, u.id`,
      [conversation.id],
    );
    const answers: {
      slot_id: string;
      user_id: string;
      answer: AvailabilityAnswer;
      comment: string | null;
    }[] = await this.dataSource.query(
      'SELECT slot_id, user_id, answer, comment FROM availability WHERE conversation_id = $1',
      [conversation.id],
    );
    return buildMatrix(conversation, slots, people, answers);
  }

  private ranges(starts: string[], durationMinutes: number): [Date, Date][] {
    const now = Date.now();
    const seen = new Set<number>();
    const ranges: [Date, Date][] = [];
    starts.forEach((text, i) => {
      const parsed = parseSlotStart(text.trim());
      if (!parsed.ok) {
        throw parsed.reason === 'skipped'
          ? conversationErrors.slotSkipped(i)
          : conversationErrors.slotFormat(i);
      }
      if (parsed.ms <= now) throw conversationErrors.slotInPast(i);
      if (seen.has(parsed.ms)) throw tableErrors.duplicate(`slots[${i}]`);
      seen.add(parsed.ms);
      ranges.push([new Date(parsed.ms), new Date(parsed.ms + durationMinutes * 60_000)]);
    });
    return ranges;
  }

  private async assertVenues(manager: EntityManager, ids: string[]): Promise<void> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw tableErrors.duplicate(`venueIds[${i}]`);
      seen.add(id);
    });
    if (ids.length === 0) return;
    const rows: { id: string }[] = await manager.query('SELECT id FROM venue WHERE id = ANY($1)', [
      ids,
    ]);
    const known = new Set(rows.map((row) => row.id));
    const bad = ids.findIndex((id) => !known.has(id));
    if (bad >= 0) throw conversationErrors.unknownVenue(bad);
  }

  /** Invitees are members of the table, invited through the organisation they sit there for. */
  private async invitees(
    manager: EntityManager,
    tableId: string,
    ids: string[],
  ): Promise<{ userId: string; organisationId: string }[]> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw tableErrors.duplicate(`inviteeIds[${i}]`);
      seen.add(id);
    });
    if (ids.length === 0) return [];
    const rows: { user_id: string; organisation_id: string }[] = await manager.query(
      'SELECT user_id, organisation_id FROM transition_table_member WHERE table_id = $1 AND user_id = ANY($2)',
      [tableId, ids],
    );
    const byUser = new Map(rows.map((row) => [row.user_id, row.organisation_id]));
    return ids.map((userId, i) => {
      const organisationId = byUser.get(userId);
      if (!organisationId) throw conversationErrors.inviteeNotMember(i);
      return { userId, organisationId };
    });
  }

  private assertPollable(slots: number, venues: string[], invitees: number): void {
    if (slots === 0) throw conversationErrors.slotsRequired();
    if (venues.length === 0) throw conversationErrors.venuesRequired();
    if (invitees === 0) throw conversationErrors.inviteesRequired();
  }

  private async assertStillPollable(manager: EntityManager, id: string): Promise<void> {
    const [counts]: { slots: number; venues: number; invitees: number }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM conversation_slot WHERE conversation_id = $1) AS slots,
              (SELECT count(*)::int FROM conversation_venue WHERE conversation_id = $1) AS venues,
              (SELECT count(*)::int FROM conversation_invitee WHERE conversation_id = $1) AS invitees`,
      [id],
    );
    this.assertPollable(counts.slots, counts.venues > 0 ? ['x'] : [], counts.invitees);
  }

  private quorum(
    input: HelixQuorumInput | undefined,
    table: TransitionTableEntity,
  ): Pick<ConversationEntity, 'quorumBusiness' | 'quorumEducation' | 'quorumGovernment'> {
    return {
      quorumBusiness: input?.business ?? table.quorumBusiness,
      quorumEducation: input?.education ?? table.quorumEducation,
      quorumGovernment: input?.government ?? table.quorumGovernment,
    };
  }

  private async insertSlots(
    manager: EntityManager,
    conversationId: string,
    ranges: [Date, Date][],
  ): Promise<void> {
    if (ranges.length === 0) return;
    await manager.query(
      `INSERT INTO conversation_slot (conversation_id, during)
       SELECT $1, r::tstzrange FROM unnest($2::text[]) AS r
       ON CONFLICT (conversation_id, during) DO NOTHING`,
      [conversationId, ranges.map(([start, end]) => rangeLiteral(start, end))],
    );
  }

  private async insertVenues(
    manager: EntityManager,
    conversationId: string,
    venueIds: string[],
  ): Promise<void> {
    if (venueIds.length === 0) return;
    await manager.query(
      `INSERT INTO conversation_venue (conversation_id, venue_id)
       SELECT $1, v FROM unnest($2::uuid[]) AS v ON CONFLICT DO NOTHING`,
      [conversationId, venueIds],
    );
  }

  private async insertInvitees(
    manager: EntityManager,
    conversationId: string,
    invitees: { userId: string; organisationId: string }[],
  ): Promise<void> {
    if (invitees.length === 0) return;
    await manager.query(
      `INSERT INTO conversation_invitee (conversation_id, user_id, organisation_id)
       SELECT $1, u, o FROM unnest($2::uuid[], $3::uuid[]) AS x(u, o)
       ON CONFLICT (conversation_id, user_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id`,
      [conversationId, invitees.map((i) => i.userId), invitees.map((i) => i.organisationId)],
    );
  }

  private async notifyPoll(
    manager: EntityManager,
    conversation: ConversationEntity,
    table: TransitionTableEntity,
    invitees: { userId: string }[],
  ): Promise<void> {
    await this.notifications.notify(
      manager,
      invitees.map((i) => i.userId),
      NotificationKind.CONVERSATION_POLL_OPENED,
      conversation.id,
      { title: conversation.title, table: table.name },
    );
  }
}

/** Pure: the matrix from its three result sets (rows by helix, then name). */
export function buildMatrix(
  conversation: ConversationEntity,
  slots: SlotRow[],
  people: PersonRow[],
  answers: {
    slot_id: string;
    user_id: string;
    answer: AvailabilityAnswer;
    comment: string | null;
  }[],
): AvailabilityMatrix {
  const quorum = quorumOf(conversation);
  const byKey = new Map(answers.map((a) => [`${a.user_id}:${a.slot_id}`, a]));
  const rows = new Map<Helix, AvailabilityRow[]>(HELICES.map((h) => [h, []]));
  for (const person of people) {
    rows.get(person.helix ?? Helix.BUSINESS)?.push({
      person: toPerson(person),
      answers: slots.map((slot) => {
        const found = byKey.get(`${person.user_id}:${slot.id}`);
        return { slotId: slot.id, answer: found?.answer ?? null, comment: found?.comment ?? null };
      }),
    });
  }
  const tallies = slots.map((slot) => {
    let [yes, ifNeedBe, no, half] = [0, 0, 0, 0];
    const available: Record<Helix, number> = { BUSINESS: 0, EDUCATION: 0, GOVERNMENT: 0 };
    for (const person of people) {
      const found = byKey.get(`${person.user_id}:${slot.id}`);
      if (!found) continue;
      if (found.answer === AvailabilityAnswer.YES) yes += 1;
      else if (found.answer === AvailabilityAnswer.IF_NEED_BE) ifNeedBe += 1;
      else no += 1;
      half += HALF[found.answer];
      if (found.answer !== AvailabilityAnswer.NO && person.helix) available[person.helix] += 1;
    }
    return {
      slotId: slot.id,
      yes,
      ifNeedBe,
      no,
      unanswered: people.length - yes - ifNeedBe - no,
      score: half / 2,
      available: {
        business: available.BUSINESS,
        education: available.EDUCATION,
        government: available.GOVERNMENT,
      },
      meetsQuorum: HELICES.every((h) => available[h] >= quorum[h]),
    };
  });
  return {
    slots: slots.map(toSlot),
    groups: HELICES.map((helix) => ({
      helix,
      quorum: quorum[helix],
      rows: rows.get(helix) ?? [],
    })),
    tallies,
  };
}
