import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NeedStatus } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import {
  CohortFilter,
  CohortSort,
  CreateCohortInput,
  UpdateCohortInput,
} from './dto/cohort.inputs';
import { CohortEntity } from './entities/cohort.entity';
import {
  applyEcosystemFilter,
  applyListingFilters,
  assertMunicipality,
  assertPoster,
  SCHOOLS,
  changedFields,
  checkPeriod,
  CLEARED_TEXT,
  ListingTable,
  orderListing,
  pageOfListing,
  replaceSkillLinks,
  changeListingStatus,
  findListing,
  lockOwnListing,
} from './listing-rules';

const COHORT_TABLE: ListingTable = {
  alias: 'cohort',
  municipalityColumn: 'municipality_code',
  skillTable: 'cohort_skill',
  skillOwnerColumn: 'cohort_id',
};

const COHORT_SORT_COLUMN: Record<CohortSort, string> = {
  [CohortSort.RELEVANCE]: 'RELEVANCE',
  [CohortSort.NEWEST]: 'NEWEST',
  [CohortSort.START_DATE]: 'start_date',
  [CohortSort.PROGRAMME]: 'programme_name',
};

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

  /** Drafts only for their own organisation and coordinators; the rest for every signed-in user. */
  get(ctx: RequestContext, id: string): Promise<CohortEntity> {
    return findListing(this.dataSource.manager, CohortEntity, ctx, id, 'cohort');
  }

  async create(ctx: RequestContext, input: CreateCohortInput): Promise<CohortEntity> {
    checkPeriod(input.startDate, input.endDate);
    return this.dataSource.transaction(async (manager) => {
      await assertPoster(manager, ctx, input.organisationId, SCHOOLS);
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
      await replaceSkillLinks(manager, COHORT_TABLE, cohort.id, input.skillIds ?? []);
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
      const cohort = await lockOwnListing(manager, CohortEntity, ctx, input.id, 'cohort');
      if (cohort.status !== NeedStatus.DRAFT && cohort.status !== NeedStatus.OPEN) {
        throw AppError.conflict(
          'errors.cohorts.notEditable',
          'Only draft and open cohorts can be changed.',
        );
      }
      const { changes, summary } = changedFields(cohort, input, EDITABLE, CLEARED_TEXT);
      checkPeriod(changes.startDate ?? cohort.startDate, changes.endDate ?? cohort.endDate);
      if (Object.keys(changes).length > 0)
        await manager.getRepository(CohortEntity).update(cohort.id, changes);
      if (input.skillIds) {
        await replaceSkillLinks(manager, COHORT_TABLE, cohort.id, input.skillIds);
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

  changeStatus(ctx: RequestContext, id: string, status: NeedStatus): Promise<CohortEntity> {
    return this.dataSource.transaction((manager) =>
      changeListingStatus(
        manager,
        this.audit,
        ctx,
        { entity: CohortEntity, entityType: 'cohort', posters: SCHOOLS },
        id,
        status,
      ),
    );
  }

  async list(
    ctx: RequestContext,
    filter: CohortFilter = {},
    sort: CohortSort | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: CohortEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(CohortEntity).createQueryBuilder('cohort');
    const query = applyListingFilters(builder, COHORT_TABLE, ctx, filter);
    if (filter.level) builder.andWhere('cohort.level = :level', { level: filter.level });
    applyEcosystemFilter(builder, 'cohort', filter.ecosystem);
    orderListing(builder, 'cohort', query, sort && COHORT_SORT_COLUMN[sort]);
    return pageOfListing(builder, 'cohort', skip, take);
  }
}
