import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MinorKind, NeedStatus, PartnershipStatus } from '@knooppunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import {
  CreateMinorInput,
  MinorFilter,
  MinorSort,
  PartnerSlotInput,
  UpdateMinorInput,
} from './dto/minor.inputs';
import { MinorEntity, MinorPartnerSlotEntity } from './entities/minor.entity';
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
  findListing,
  ListingTable,
  lockOwnListing,
  orderListing,
  pageOfListing,
  replaceSkillLinks,
  SCHOOLS,
  unique,
} from './listing-rules';

export const MINOR_TABLE: ListingTable = {
  alias: 'minor',
  municipalityColumn: 'municipality_code',
  skillTable: 'minor_skill',
  skillOwnerColumn: 'minor_id',
};

const MINOR_SORT_COLUMN: Record<MinorSort, string> = {
  [MinorSort.RELEVANCE]: 'RELEVANCE',
  [MinorSort.NEWEST]: 'NEWEST',
  [MinorSort.START_DATE]: 'start_date',
  [MinorSort.TITLE]: 'title',
};

const EDITABLE = [
  'title',
  'description',
  'credits',
  'capacity',
  'startDate',
  'endDate',
  'municipalityCode',
  'themes',
] as const;

/** Schools' minors, retraining programmes and masterclasses, with the partners they want per role. */
@Injectable()
export class MinorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<MinorEntity> {
    return findListing(this.dataSource.manager, MinorEntity, ctx, id, 'minor');
  }

  async create(ctx: RequestContext, input: CreateMinorInput): Promise<MinorEntity> {
    checkPeriod(input.startDate, input.endDate);
    return this.dataSource.transaction(async (manager) => {
      await assertPoster(manager, ctx, input.organisationId, SCHOOLS);
      await assertMunicipality(manager, input.municipalityCode, 'municipalityCode');
      const minor = await manager.getRepository(MinorEntity).save({
        organisationId: input.organisationId,
        kind: input.kind ?? MinorKind.MINOR,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        level: input.level,
        credits: input.credits,
        capacity: input.capacity,
        startDate: input.startDate,
        endDate: input.endDate,
        municipalityCode: input.municipalityCode,
        themes: unique(input.themes ?? []),
        status: NeedStatus.DRAFT,
        createdById: ctx.actor?.userId ?? null,
      });
      await replaceSkillLinks(manager, MINOR_TABLE, minor.id, input.skillIds ?? []);
      await this.replaceSlots(manager, minor.id, input.partnerSlots ?? []);
      await this.audit.record(manager, ctx, {
        action: 'minor.create',
        entityType: 'minor',
        entityId: minor.id,
        summary: { title: minor.title, kind: minor.kind },
      });
      return minor;
    });
  }

  async update(ctx: RequestContext, input: UpdateMinorInput): Promise<MinorEntity> {
    return this.dataSource.transaction(async (manager) => {
      const minor = await lockOwnListing(manager, MinorEntity, ctx, input.id, 'minor');
      if (minor.status !== NeedStatus.DRAFT && minor.status !== NeedStatus.OPEN) {
        throw AppError.conflict(
          'errors.minors.notEditable',
          'Only draft and open minors can be changed.',
        );
      }
      const { changes, summary } = changedFields(minor, input, EDITABLE, CLEARED_TEXT);
      checkPeriod(changes.startDate ?? minor.startDate, changes.endDate ?? minor.endDate);
      if (changes.municipalityCode)
        await assertMunicipality(manager, changes.municipalityCode, 'municipalityCode');
      if (Object.keys(changes).length > 0)
        await manager.getRepository(MinorEntity).update(minor.id, changes);
      if (input.skillIds) {
        await replaceSkillLinks(manager, MINOR_TABLE, minor.id, input.skillIds);
        summary['skills'] = [null, input.skillIds.length];
      }
      if (input.partnerSlots) {
        await this.replaceSlots(manager, minor.id, input.partnerSlots);
        summary['partnerSlots'] = [null, input.partnerSlots];
      }
      if (Object.keys(summary).length > 0) {
        await this.audit.record(manager, ctx, {
          action: 'minor.update',
          entityType: 'minor',
          entityId: minor.id,
          summary,
        });
      }
      return manager.getRepository(MinorEntity).findOneByOrFail({ id: minor.id });
    });
  }

  changeStatus(ctx: RequestContext, id: string, status: NeedStatus): Promise<MinorEntity> {
    return this.dataSource.transaction((manager) =>
      changeListingStatus(
        manager,
        this.audit,
        ctx,
        { entity: MinorEntity, entityType: 'minor', posters: SCHOOLS },
        id,
        status,
      ),
    );
  }

  async list(
    ctx: RequestContext,
    filter: MinorFilter = {},
    sort: MinorSort | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: MinorEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(MinorEntity).createQueryBuilder('minor');
    const query = applyListingFilters(builder, MINOR_TABLE, ctx, filter);
    if (filter.kind) builder.andWhere('minor.kind = :kind', { kind: filter.kind });
    if (filter.level) builder.andWhere('minor.level = :level', { level: filter.level });
    applyThemeFilter(builder, 'minor', filter.theme);
    applyEcosystemFilter(builder, 'minor', filter.ecosystem);
    if (filter.partnerRole || filter.openSlotsOnly) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM minor_partner_slot slot WHERE slot.minor_id = minor.id${
          filter.partnerRole ? ' AND slot.role = :partnerRole' : ''
        }${filter.openSlotsOnly ? ' AND slot.filled < slot.wanted' : ''})`,
        { partnerRole: filter.partnerRole },
      );
    }
    orderListing(builder, 'minor', query, sort && MINOR_SORT_COLUMN[sort]);
    return pageOfListing(builder, 'minor', skip, take);
  }

  /**
   * Sets the partners wanted per role: new roles are added, changed ones kept
   * with their partners, and a role disappears only without live partnerships.
   */
  private async replaceSlots(
    manager: EntityManager,
    minorId: string,
    slots: PartnerSlotInput[],
  ): Promise<void> {
    if (new Set(slots.map((slot) => slot.role)).size !== slots.length) {
      throw AppError.badInput(
        'partnerSlots',
        'validation.partnerSlots.duplicate',
        'Each partner role may appear once.',
      );
    }
    const repository = manager.getRepository(MinorPartnerSlotEntity);
    const existing = await repository.find({
      where: { minorId },
      lock: { mode: 'pessimistic_write' },
    });
    for (const slot of existing) {
      const wanted = slots.find((s) => s.role === slot.role)?.wanted;
      if (wanted === undefined) {
        const [{ live }]: { live: number }[] = await manager.query(
          `SELECT count(*)::int AS live FROM partnership WHERE slot_id = $1 AND status IN ($2, $3)`,
          [slot.id, PartnershipStatus.PROPOSED, PartnershipStatus.ACCEPTED],
        );
        if (live > 0) {
          throw AppError.conflict(
            'errors.minors.slotInUse',
            'A partner role with proposed or accepted partners cannot be removed.',
          );
        }
        await repository.delete(slot.id);
      } else if (wanted !== slot.wanted) {
        if (wanted < slot.filled) {
          throw AppError.badInput(
            'partnerSlots',
            'validation.partnerSlots.belowFilled',
            'A role cannot want fewer partners than it already has.',
          );
        }
        await repository.update(slot.id, { wanted });
      }
    }
    const added = slots.filter((s) => !existing.some((slot) => slot.role === s.role));
    if (added.length > 0)
      await repository.insert(added.map((s) => ({ minorId, role: s.role, wanted: s.wanted })));
  }
}
