import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canChangeNeedStatus, Helix, NeedStatus } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isCoordinator, membershipOf, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import {
  CohortFilter,
  CohortSort,
  CreateCohortInput,
  UpdateCohortInput,
} from './dto/cohort.inputs';
import { CohortEntity, CohortSkillEntity } from './entities/cohort.entity';
import {
  applySearch,
  assertMunicipality,
  assertPoster,
  assertSkills,
  checkPeriod,
} from './listing-rules';

const EDITABLE = [
  'programmeName',
  'description',
  'students',
  'startDate',
  'endDate',
  'maxTravelMinutes',
] as const;

/** Schools' cohorts: posted by their members, read by everyone signed in. Counts only, no student names. */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id });
    if (!cohort || !this.canSee(ctx, cohort)) throw AppError.notFound('cohort');
    return cohort;
  }

  private canSee(ctx: RequestContext, cohort: CohortEntity): boolean {
    return (
      cohort.status !== NeedStatus.DRAFT ||
      isCoordinator(ctx.actor) ||
      !!membershipOf(ctx.actor, cohort.organisationId)
    );
  }

  async create(ctx: RequestContext, input: CreateCohortInput): Promise<CohortEntity> {
    checkPeriod(input.startDate, input.endDate);
    return this.dataSource.transaction(async (manager) => {
      await assertPoster(manager, ctx, input.organisationId, Helix.EDUCATION);
      await assertMunicipality(manager, input.municipalityCode, 'municipalityCode');
      const cohort = await manager.getRepository(CohortEntity).save({
        organisationId: input.organisationId,
        programmeName: input.programmeName.trim(),
        programmeCode: input.programmeCode,
        description: input.description?.trim() ?? '',
        level: input.level,
        students: input.students,
        startDate: input.startDate,
        endDate: input.endDate,
        municipalityCode: input.municipalityCode,
        maxTravelMinutes: input.maxTravelMinutes ?? 45,
        status: NeedStatus.DRAFT,
        createdById: ctx.actor?.userId ?? null,
      });
      await this.replaceSkills(manager, cohort.id, input.skillIds ?? []);
      await this.audit.record(manager, ctx, {
        action: 'cohort.create',
        entityType: 'cohort',
        entityId: cohort.id,
        summary: { programmeName: cohort.programmeName, students: cohort.students },
      });
      return cohort;
    });
  }

  async update(ctx: RequestContext, input: UpdateCohortInput): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockOwn(manager, ctx, input.id);
      if (cohort.status !== NeedStatus.DRAFT && cohort.status !== NeedStatus.OPEN) {
        throw AppError.conflict(
          'errors.cohorts.notEditable',
          'Only draft and open cohorts can be changed.',
        );
      }
      const changes: Partial<CohortEntity> = {};
      const summary: Record<string, [unknown, unknown]> = {};
      for (const key of EDITABLE) {
        const raw = input[key];
        if (raw === undefined) continue;
        const value = typeof raw === 'string' ? raw.trim() : raw;
        if (cohort[key] === value) continue;
        (changes as Record<string, unknown>)[key] = value;
        summary[key] = [cohort[key], value];
      }
      checkPeriod(changes.startDate ?? cohort.startDate, changes.endDate ?? cohort.endDate);
      if (Object.keys(changes).length > 0)
        await manager.getRepository(CohortEntity).update(cohort.id, changes);
      if (input.skillIds) {
        await this.replaceSkills(manager, cohort.id, input.skillIds);
        summary['skills'] = [null, input.skillIds.length];
      }
      if (Object.keys(summary).length > 0) {
        await this.audit.record(manager, ctx, {
          action: 'cohort.update',
          entityType: 'cohort',
          entityId: cohort.id,
          summary,
        });
      }
      return manager.getRepository(CohortEntity).findOneByOrFail({ id: cohort.id });
    });
  }

  async changeStatus(ctx: RequestContext, id: string, status: NeedStatus): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockOwn(manager, ctx, id);
      if (!canChangeNeedStatus(cohort.status, status)) {
        throw AppError.conflict(
          'errors.cohorts.statusChange',
          `A ${cohort.status.toLowerCase()} cohort cannot become ${status.toLowerCase()}.`,
        );
      }
      if (status === NeedStatus.OPEN)
        await assertPoster(manager, ctx, cohort.organisationId, Helix.EDUCATION);
      await manager.getRepository(CohortEntity).update(cohort.id, { status });
      await this.audit.record(manager, ctx, {
        action: 'cohort.changeStatus',
        entityType: 'cohort',
        entityId: cohort.id,
        summary: { status: [cohort.status, status] },
      });
      return { ...cohort, status };
    });
  }

  async list(
    ctx: RequestContext,
    filter: CohortFilter = {},
    sort: CohortSort | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: CohortEntity[]; totalCount: number }> {
    const status = filter.status ?? NeedStatus.OPEN;
    if (status === NeedStatus.DRAFT && !isCoordinator(ctx.actor)) {
      if (!filter.organisationId || !membershipOf(ctx.actor, filter.organisationId)) {
        throw AppError.forbidden(
          'errors.cohorts.drafts',
          'Drafts are visible to their own school only.',
        );
      }
    }
    const builder = this.dataSource
      .getRepository(CohortEntity)
      .createQueryBuilder('cohort')
      .where('cohort.status = :status', { status });
    if (filter.organisationId)
      builder.andWhere('cohort.organisation_id = :organisationId', {
        organisationId: filter.organisationId,
      });
    if (filter.level) builder.andWhere('cohort.level = :level', { level: filter.level });
    if (filter.municipalityCode)
      builder.andWhere('cohort.municipality_code = :code', { code: filter.municipalityCode });
    if (filter.periodFrom)
      builder.andWhere('cohort.end_date >= :periodFrom', { periodFrom: filter.periodFrom });
    if (filter.periodTo)
      builder.andWhere('cohort.start_date <= :periodTo', { periodTo: filter.periodTo });
    if (filter.skillIds?.length) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM cohort_skill s WHERE s.cohort_id = cohort.id AND s.skill_id IN (:...skillIds))',
        { skillIds: filter.skillIds },
      );
    }
    const query = applySearch(builder, 'cohort', filter.search);
    switch (sort ?? (query ? CohortSort.RELEVANCE : CohortSort.NEWEST)) {
      case CohortSort.RELEVANCE:
        if (query)
          builder.addSelect(`ts_rank(cohort.search, ${query})`, 'rank').orderBy('rank', 'DESC');
        else builder.orderBy('cohort.created_at', 'DESC');
        break;
      case CohortSort.NEWEST:
        builder.orderBy('cohort.created_at', 'DESC');
        break;
      case CohortSort.START_DATE:
        builder.orderBy('cohort.start_date', 'ASC');
        break;
      case CohortSort.PROGRAMME:
        builder.orderBy('cohort.programme_name', 'ASC');
        break;
    }
    const [items, totalCount] = await builder
      .addOrderBy('cohort.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  private async lockOwn(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<CohortEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cohort || !this.canSee(ctx, cohort)) throw AppError.notFound('cohort');
    if (!membershipOf(ctx.actor, cohort.organisationId)) {
      throw AppError.forbidden(
        'errors.marketplace.notMember',
        'Only members of this organisation may change it.',
      );
    }
    return cohort;
  }

  private async replaceSkills(
    manager: EntityManager,
    cohortId: string,
    skillIds: string[],
  ): Promise<void> {
    await assertSkills(manager, skillIds);
    await manager.getRepository(CohortSkillEntity).delete({ cohortId });
    if (skillIds.length > 0) {
      await manager
        .getRepository(CohortSkillEntity)
        .insert(skillIds.map((skillId) => ({ cohortId, skillId })));
    }
  }
}
