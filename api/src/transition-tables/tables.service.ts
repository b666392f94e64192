import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationStatus, PlatformRole } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isCoordinator, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { assertOrganiser, canSeeTable } from './access';
import {
  AddTableMembersInput,
  CreateTransitionTableInput,
  RemoveTableMemberInput,
  TransitionTableFilter,
  UpdateTransitionTableInput,
} from './dto/transition-table.inputs';
import {
  TableCoordinatorEntity,
  TableMemberEntity,
  TransitionTableEntity,
} from './entities/transition-table.entity';
import { pgError, tableErrors } from './transition-tables.errors';

/**
 * Transition tables: coordinators and admins create and run them; members (people through one
 * of their organisations) see them. Every change runs in one transaction with its audit entry.
 */
@Injectable()
export class TablesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<TransitionTableEntity> {
    const table = await this.dataSource.getRepository(TransitionTableEntity).findOneBy({ id });
    if (!table || !(await canSeeTable(this.dataSource.manager, ctx.actor, id))) {
      throw AppError.notFound('transitionTable');
    }
    return table;
  }

  async list(
    ctx: RequestContext,
    filter: TransitionTableFilter = {},
    skip: number,
    take: number,
  ): Promise<{ items: TransitionTableEntity[]; totalCount: number }> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const builder = this.dataSource.getRepository(TransitionTableEntity).createQueryBuilder('t');
    const memberOnly = filter.mine === true || !isCoordinator(ctx.actor);
    if (memberOnly) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM transition_table_member m WHERE m.table_id = t.id AND m.user_id = :me)',
        { me: ctx.actor.userId },
      );
    }
    if (filter.search?.trim()) {
      builder.andWhere('(t.name ILIKE :search OR t.description ILIKE :search)', {
        search: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.kind) builder.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.theme) builder.andWhere('t.theme = :theme', { theme: filter.theme });
    if (filter.ecosystem) {
      builder.andWhere('t.ecosystem = :ecosystem', { ecosystem: filter.ecosystem });
    }
    if (filter.status) builder.andWhere('t.status = :status', { status: filter.status });
    const [items, totalCount] = await builder
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async create(
    ctx: RequestContext,
    input: CreateTransitionTableInput,
  ): Promise<TransitionTableEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    return this.write(async (manager) => {
      const coordinatorIds = input.coordinatorIds ?? [actor.userId];
      await this.assertCoordinators(manager, coordinatorIds);
      const table = await manager.getRepository(TransitionTableEntity).save({
        kind: input.kind,
        name: input.name.trim(),
        theme: input.theme,
        ecosystem: input.ecosystem,
        description: input.description?.trim() ?? '',
        goals: input.goals?.trim() ?? '',
        quorumBusiness: input.quorum?.business ?? 1,
        quorumEducation: input.quorum?.education ?? 1,
        quorumGovernment: input.quorum?.government ?? 1,
        createdById: actor.userId,
      });
      await this.setCoordinators(manager, table.id, coordinatorIds);
      await this.audit.record(manager, ctx, {
        action: 'transitionTable.create',
        entityType: 'transition_table',
        entityId: table.id,
        summary: { name: table.name, kind: table.kind },
      });
      return manager.getRepository(TransitionTableEntity).findOneByOrFail({ id: table.id });
    });
  }

  async update(
    ctx: RequestContext,
    input: UpdateTransitionTableInput,
  ): Promise<TransitionTableEntity> {
    assertOrganiser(ctx.actor);
    return this.write(async (manager) => {
      const repository = manager.getRepository(TransitionTableEntity);
      const table = await repository.findOne({
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!table) throw AppError.notFound('transitionTable');
      const changes: Partial<TransitionTableEntity> = {};
      if (input.kind) changes.kind = input.kind;
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.theme) changes.theme = input.theme;
      if (input.ecosystem) changes.ecosystem = input.ecosystem;
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.goals !== undefined) changes.goals = input.goals.trim();
      if (input.status) changes.status = input.status;
      if (input.quorum) {
        changes.quorumBusiness = input.quorum.business;
        changes.quorumEducation = input.quorum.education;
        changes.quorumGovernment = input.quorum.government;
      }
      if (Object.keys(changes).length > 0) await repository.update(table.id, changes);
      if (input.coordinatorIds) {
        await this.assertCoordinators(manager, input.coordinatorIds);
        await manager.getRepository(TableCoordinatorEntity).delete({ tableId: table.id });
        await this.setCoordinators(manager, table.id, input.coordinatorIds);
      }
      await this.audit.record(manager, ctx, {
        action: 'transitionTable.update',
        entityType: 'transition_table',
        entityId: table.id,
        summary: {
          fields: [...Object.keys(changes), ...(input.coordinatorIds ? ['coordinators'] : [])],
        },
      });
      return repository.findOneByOrFail({ id: table.id });
    });
  }

  async addMembers(
    ctx: RequestContext,
    input: AddTableMembersInput,
  ): Promise<TransitionTableEntity> {
    assertOrganiser(ctx.actor);
    return this.write(async (manager) => {
      const table = await manager
        .getRepository(TransitionTableEntity)
        .findOne({ where: { id: input.tableId }, lock: { mode: 'pessimistic_write' } });
      if (!table) throw AppError.notFound('transitionTable');
      const seen = new Set<string>();
      input.members.forEach((member, i) => {
        if (seen.has(member.userId)) throw tableErrors.duplicate(`members[${i}].userId`);
        seen.add(member.userId);
      });
      // One statement: each requested (user, organisation) with its membership, if any.
      const rows: { i: number; member: boolean; status: OrganisationStatus | null }[] =
        await manager.query(
          `SELECT r.i::int AS i, (m.id IS NOT NULL) AS member, o.status
             FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS r(user_id, organisation_id, i)
             LEFT JOIN membership m ON m.user_id = r.user_id AND m.organisation_id = r.organisation_id
             LEFT JOIN organisation o ON o.id = r.organisation_id
            ORDER BY r.i`,
          [input.members.map((m) => m.userId), input.members.map((m) => m.organisationId)],
        );
      for (const row of rows) {
        if (!row.member) throw tableErrors.memberNotOfOrganisation(row.i - 1);
        if (row.status !== OrganisationStatus.ACTIVE) {
          throw tableErrors.organisationNotActive(row.i - 1);
        }
      }
      // A person already at the table moves to the organisation given now.
      await manager
        .createQueryBuilder()
        .insert()
        .into(TableMemberEntity)
        .values(input.members.map((m) => ({ tableId: table.id, ...m })))
        .orUpdate(['organisation_id'], ['table_id', 'user_id'])
        .execute();
      await manager.query('UPDATE transition_table SET updated_at = now() WHERE id = $1', [
        table.id,
      ]);
      await this.audit.record(manager, ctx, {
        action: 'transitionTable.addMembers',
        entityType: 'transition_table',
        entityId: table.id,
        summary: { members: input.members },
      });
      return table;
    });
  }

  async removeMember(
    ctx: RequestContext,
    input: RemoveTableMemberInput,
  ): Promise<TransitionTableEntity> {
    assertOrganiser(ctx.actor);
    return this.write(async (manager) => {
      const table = await manager
        .getRepository(TransitionTableEntity)
        .findOneBy({ id: input.tableId });
      if (!table) throw AppError.notFound('transitionTable');
      const result = await manager
        .getRepository(TableMemberEntity)
        .delete({ tableId: table.id, userId: input.userId });
      if (!result.affected) throw tableErrors.notTableMember();
      await this.audit.record(manager, ctx, {
        action: 'transitionTable.removeMember',
        entityType: 'transition_table',
        entityId: table.id,
        summary: { userId: input.userId },
      });
      return table;
    });
  }

  private async assertCoordinators(manager: EntityManager, ids: string[]): Promise<void> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw tableErrors.duplicate(`coordinatorIds[${i}]`);
      seen.add(id);
    });
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM user_account WHERE id = ANY($1) AND platform_role = ANY($2)',
      [ids, [PlatformRole.COORDINATOR, PlatformRole.ADMIN]],
    );
    const ok = new Set(rows.map((row) => row.id));
    const bad = ids.findIndex((id) => !ok.has(id));
    if (bad >= 0) throw tableErrors.coordinatorNotCoordinator(bad);
  }

  private async setCoordinators(
    manager: EntityManager,
    tableId: string,
    ids: string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .getRepository(TableCoordinatorEntity)
      .insert(ids.map((userId) => ({ tableId, userId })));
  }

  /** One transaction; a duplicate name becomes a field error. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const pg = pgError(error);
      if (pg?.code === '23505' && pg.constraint === 'transition_table_name_unique') {
        throw tableErrors.nameTaken();
      }
      throw error;
    }
  }
}
