import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NeedStatus } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import {
  ChallengeFilter,
  ChallengeSort,
  CreateChallengeInput,
  UpdateChallengeInput,
} from './dto/challenge.inputs';
import { ChallengeEntity } from './entities/challenge.entity';
import {
  applyEcosystemFilter,
  applyListingFilters,
  applyThemeFilter,
  assertMunicipality,
  assertPoster,
  changedFields,
  CLEARED_TEXT,
  changeListingStatus,
  checkPeriod,
  COMPANIES_AND_GOVERNMENT,
  findListing,
  ListingTable,
  lockOwnListing,
  orderListing,
  pageOfListing,
  replaceSkillLinks,
  unique,
} from './listing-rules';

export const CHALLENGE_TABLE: ListingTable = {
  alias: 'challenge',
  municipalityColumn: 'municipality_code',
  skillTable: 'challenge_skill',
  skillOwnerColumn: 'challenge_id',
};

const CHALLENGE_SORT_COLUMN: Record<ChallengeSort, string> = {
  [ChallengeSort.RELEVANCE]: 'RELEVANCE',
  [ChallengeSort.NEWEST]: 'NEWEST',
  [ChallengeSort.START_DATE]: 'start_date',
  [ChallengeSort.TITLE]: 'title',
};

const EDITABLE = [
  'title',
  'description',
  'startDate',
  'endDate',
  'teamSizeMin',
  'teamSizeMax',
  'municipalityCode',
  'themes',
] as const;

function checkTeamSize(min: number, max: number): void {
  if (max < min) {
    throw AppError.badInput(
      'teamSizeMax',
      'validation.teamSize.maxBelowMin',
      'The largest team cannot be smaller than the smallest.',
    );
  }
}

/** Challenges: real questions of companies and government bodies for minors and student teams. */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<ChallengeEntity> {
    return findListing(this.dataSource.manager, ChallengeEntity, ctx, id, 'challenge');
  }

  async create(ctx: RequestContext, input: CreateChallengeInput): Promise<ChallengeEntity> {
    checkPeriod(input.startDate, input.endDate);
    checkTeamSize(input.teamSizeMin, input.teamSizeMax);
    return this.dataSource.transaction(async (manager) => {
      await assertPoster(manager, ctx, input.organisationId, COMPANIES_AND_GOVERNMENT);
      await assertMunicipality(manager, input.municipalityCode, 'municipalityCode');
      const challenge = await manager.getRepository(ChallengeEntity).save({
        organisationId: input.organisationId,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        startDate: input.startDate,
        endDate: input.endDate,
        teamSizeMin: input.teamSizeMin,
        teamSizeMax: input.teamSizeMax,
        municipalityCode: input.municipalityCode,
        themes: unique(input.themes ?? []),
        status: NeedStatus.DRAFT,
        createdById: ctx.actor?.userId ?? null,
      });
      await replaceSkillLinks(manager, CHALLENGE_TABLE, challenge.id, input.skillIds ?? []);
      await this.audit.record(manager, ctx, {
        action: 'challenge.create',
        entityType: 'challenge',
        entityId: challenge.id,
        summary: { title: challenge.title, organisationId: challenge.organisationId },
      });
      return challenge;
    });
  }

  async update(ctx: RequestContext, input: UpdateChallengeInput): Promise<ChallengeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await lockOwnListing(manager, ChallengeEntity, ctx, input.id, 'challenge');
      if (challenge.status !== NeedStatus.DRAFT && challenge.status !== NeedStatus.OPEN) {
        throw AppError.conflict(
          'errors.challenges.notEditable',
          'Only draft and open challenges can be changed.',
        );
      }
      const { changes, summary } = changedFields(challenge, input, EDITABLE, CLEARED_TEXT);
      checkPeriod(changes.startDate ?? challenge.startDate, changes.endDate ?? challenge.endDate);
      checkTeamSize(
        changes.teamSizeMin ?? challenge.teamSizeMin,
        changes.teamSizeMax ?? challenge.teamSizeMax,
      );
      if (changes.municipalityCode)
        await assertMunicipality(manager, changes.municipalityCode, 'municipalityCode');
      if (Object.keys(changes).length > 0)
        await manager.getRepository(ChallengeEntity).update(challenge.id, changes);
      if (input.skillIds) {
        await replaceSkillLinks(manager, CHALLENGE_TABLE, challenge.id, input.skillIds);
        summary['skills'] = [null, input.skillIds.length];
      }
      if (Object.keys(summary).length > 0) {
        await this.audit.record(manager, ctx, {
          action: 'challenge.update',
          entityType: 'challenge',
          entityId: challenge.id,
          summary,
        });
      }
      return manager.getRepository(ChallengeEntity).findOneByOrFail({ id: challenge.id });
    });
  }

  changeStatus(ctx: RequestContext, id: string, status: NeedStatus): Promise<ChallengeEntity> {
    return this.dataSource.transaction((manager) =>
      changeListingStatus(
        manager,
        this.audit,
        ctx,
        { entity: ChallengeEntity, entityType: 'challenge', posters: COMPANIES_AND_GOVERNMENT },
        id,
        status,
      ),
    );
  }

  async list(
    ctx: RequestContext,
    filter: ChallengeFilter = {},
    sort: ChallengeSort | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: ChallengeEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(ChallengeEntity).createQueryBuilder('challenge');
    const query = applyListingFilters(builder, CHALLENGE_TABLE, ctx, filter);
    applyThemeFilter(builder, 'challenge', filter.theme);
    applyEcosystemFilter(builder, 'challenge', filter.ecosystem);
    if (filter.helix) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM organisation o WHERE o.id = challenge.organisation_id AND o.helix = :helix)',
        { helix: filter.helix },
      );
    }
    orderListing(builder, 'challenge', query, sort && CHALLENGE_SORT_COLUMN[sort]);
    return pageOfListing(builder, 'challenge', skip, take);
  }
}
