import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NeedStatus, WorkMode } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import {
  CreateInternshipNeedInput,
  InternshipNeedFilter,
  NeedSkillInput,
  NeedSort,
  UpdateInternshipNeedInput,
} from './dto/internship-need.inputs';
import { InternshipNeedEntity, InternshipNeedSkillEntity } from './entities/internship-need.entity';
import {
  applyListingFilters,
  assertMunicipality,
  assertPoster,
  COMPANIES,
  assertSkills,
  checkPeriod,
  ListingTable,
  orderListing,
  pageOfListing,
  unique,
  changeListingStatus,
  findListing,
  lockOwnListing,
} from './listing-rules';

const NEED_TABLE: ListingTable = {
  alias: 'need',
  municipalityColumn: 'site_municipality_code',
  skillTable: 'internship_need_skill',
  skillOwnerColumn: 'need_id',
};

const NEED_SORT_COLUMN: Record<NeedSort, string> = {
  [NeedSort.RELEVANCE]: 'RELEVANCE',
  [NeedSort.NEWEST]: 'NEWEST',
  [NeedSort.START_DATE]: 'start_date',
  [NeedSort.TITLE]: 'title',
};

const SCALARS = [
  'title',
  'description',
  'fieldOfStudy',
  'levels',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'places',
  'siteMunicipalityCode',
  'workMode',
  'monthlyCompensation',
  'themes',
] as const;

/** A company's internship needs: posted by its members, read by everyone signed in. */
@Injectable()
export class InternshipNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Drafts only for their own organisation and coordinators; the rest for every signed-in user. */
  get(ctx: RequestContext, id: string): Promise<InternshipNeedEntity> {
    return findListing(this.dataSource.manager, InternshipNeedEntity, ctx, id, 'internshipNeed');
  }

  async create(
    ctx: RequestContext,
    input: CreateInternshipNeedInput,
  ): Promise<InternshipNeedEntity> {
    checkPeriod(input.startDate, input.endDate);
    return this.dataSource.transaction(async (manager) => {
      await assertPoster(manager, ctx, input.organisationId, COMPANIES);
      await assertMunicipality(manager, input.siteMunicipalityCode, 'siteMunicipalityCode');
      const need = await manager.getRepository(InternshipNeedEntity).save({
        organisationId: input.organisationId,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        fieldOfStudy: input.fieldOfStudy.trim(),
        levels: unique(input.levels),
        startDate: input.startDate,
        endDate: input.endDate,
        hoursPerWeek: input.hoursPerWeek,
        places: input.places,
        siteMunicipalityCode: input.siteMunicipalityCode,
        workMode: input.workMode ?? WorkMode.ON_SITE,
        monthlyCompensation:
          input.monthlyCompensation === undefined || input.monthlyCompensation === null
            ? null
            : input.monthlyCompensation.toFixed(2),
        themes: unique(input.themes ?? []),
        status: NeedStatus.DRAFT,
        createdById: ctx.actor?.userId ?? null,
      });
      await this.replaceSkills(manager, need.id, input.skills ?? []);
      await this.audit.record(manager, ctx, {
        action: 'internshipNeed.create',
        entityType: 'internshipNeed',
        entityId: need.id,
        summary: { title: need.title, organisationId: need.organisationId },
      });
      return need;
    });
  }

  async update(
    ctx: RequestContext,
    input: UpdateInternshipNeedInput,
  ): Promise<InternshipNeedEntity> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockOwnListing(
        manager,
        InternshipNeedEntity,
        ctx,
        input.id,
        'internshipNeed',
      );
      if (need.status !== NeedStatus.DRAFT && need.status !== NeedStatus.OPEN) {
        throw AppError.conflict(
          'errors.internshipNeeds.notEditable',
          'Only draft and open needs can be changed.',
        );
      }
      const changes: Partial<InternshipNeedEntity> = {};
      const summary: Record<string, [unknown, unknown]> = {};
      for (const key of SCALARS) {
        // null clears the description and the compensation; other fields stay as they are.
        const raw = input[key] === null && key === 'description' ? '' : input[key];
        if (raw === undefined || (raw === null && key !== 'monthlyCompensation')) continue;
        const value =
          key === 'monthlyCompensation'
            ? raw === null
              ? null
              : (raw as number).toFixed(2)
            : typeof raw === 'string'
              ? raw.trim()
              : raw;
        if (JSON.stringify(need[key]) === JSON.stringify(value)) continue;
        (changes as Record<string, unknown>)[key] = value;
        summary[key] = [need[key], value];
      }
      checkPeriod(changes.startDate ?? need.startDate, changes.endDate ?? need.endDate);
      if (changes.siteMunicipalityCode)
        await assertMunicipality(manager, changes.siteMunicipalityCode, 'siteMunicipalityCode');
      if (Object.keys(changes).length > 0)
        await manager.getRepository(InternshipNeedEntity).update(need.id, changes);
      if (input.skills) {
        await this.replaceSkills(manager, need.id, input.skills);
        summary['skills'] = [null, input.skills.length];
      }
      if (Object.keys(summary).length > 0) {
        await this.audit.record(manager, ctx, {
          action: 'internshipNeed.update',
          entityType: 'internshipNeed',
          entityId: need.id,
          summary,
        });
      }
      return manager.getRepository(InternshipNeedEntity).findOneByOrFail({ id: need.id });
    });
  }

  changeStatus(ctx: RequestContext, id: string, status: NeedStatus): Promise<InternshipNeedEntity> {
    return this.dataSource.transaction((manager) =>
      changeListingStatus(
        manager,
        this.audit,
        ctx,
        { entity: InternshipNeedEntity, entityType: 'internshipNeed', posters: COMPANIES },
        id,
        status,
      ),
    );
  }

  async list(
    ctx: RequestContext,
    filter: InternshipNeedFilter = {},
    sort: NeedSort | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: InternshipNeedEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(InternshipNeedEntity).createQueryBuilder('need');
    const query = applyListingFilters(builder, NEED_TABLE, ctx, filter);
    if (filter.level) builder.andWhere(':level = ANY(need.levels)', { level: filter.level });
    if (filter.theme) builder.andWhere(':theme = ANY(need.themes)', { theme: filter.theme });
    if (filter.ecosystem) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM organisation o WHERE o.id = need.organisation_id AND o.ecosystem = :ecosystem)',
        { ecosystem: filter.ecosystem },
      );
    }
    orderListing(builder, 'need', query, sort && NEED_SORT_COLUMN[sort]);
    return pageOfListing(builder, 'need', skip, take);
  }

  /** Locks a need of the actor's own organisation; others' needs are NOT_FOUND or FORBIDDEN. */
  private async replaceSkills(
    manager: EntityManager,
    needId: string,
    skills: NeedSkillInput[],
  ): Promise<void> {
    await assertSkills(
      manager,
      skills.map((skill) => skill.skillId),
    );
    await manager.getRepository(InternshipNeedSkillEntity).delete({ needId });
    if (skills.length > 0) {
      await manager
        .getRepository(InternshipNeedSkillEntity)
        .insert(
          skills.map((skill) => ({ needId, skillId: skill.skillId, importance: skill.importance })),
        );
    }
  }
}
