import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { assertMunicipality } from '../marketplace/listing-rules';
import { assertOrganiser } from './access';
import { CreateVenueInput, UpdateVenueInput, VenueFilter } from './dto/transition-table.inputs';
import { VenueEntity } from './entities/venue.entity';
import { pgError } from './transition-tables.errors';

/** Venues: coordinators and admins keep the list; every signed-in user may read it. */
@Injectable()
export class VenuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<VenueEntity> {
    const venue = await this.dataSource.getRepository(VenueEntity).findOneBy({ id });
    if (!venue) throw AppError.notFound('venue');
    return venue;
  }

  async list(
    filter: VenueFilter = {},
    skip: number,
    take: number,
  ): Promise<{ items: VenueEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(VenueEntity).createQueryBuilder('v');
    if (filter.search?.trim()) {
      builder.andWhere('(v.name ILIKE :search OR v.address ILIKE :search)', {
        search: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.municipalityCode) {
      builder.andWhere('v.municipality_code = :code', { code: filter.municipalityCode });
    }
    if (filter.minCapacity) {
      builder.andWhere('v.capacity >= :min', { min: filter.minCapacity });
    }
    if (filter.wheelchairAccessible) builder.andWhere('v.wheelchair_accessible');
    if (filter.publicTransportAccess) builder.andWhere('v.public_transport_access');
    const [items, totalCount] = await builder
      .orderBy('v.name', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async create(ctx: RequestContext, input: CreateVenueInput): Promise<VenueEntity> {
    assertOrganiser(ctx.actor);
    const actor = ctx.actor;
    return this.write(async (manager) => {
      await assertMunicipality(manager, input.municipalityCode, 'municipalityCode');
      await this.assertHost(manager, input.hostOrganisationId);
      const venue = await manager.getRepository(VenueEntity).save({
        name: input.name.trim(),
        municipalityCode: input.municipalityCode,
        address: input.address.trim(),
        capacity: input.capacity,
        hostOrganisationId: input.hostOrganisationId ?? null,
        wheelchairAccessible: input.wheelchairAccessible ?? false,
        publicTransportAccess: input.publicTransportAccess ?? false,
        publicTransportNote: input.publicTransportNote?.trim() || null,
        createdById: actor.userId,
      });
      await this.audit.record(manager, ctx, {
        action: 'venue.create',
        entityType: 'venue',
        entityId: venue.id,
        summary: { name: venue.name },
      });
      return manager.getRepository(VenueEntity).findOneByOrFail({ id: venue.id });
    });
  }

  async update(ctx: RequestContext, input: UpdateVenueInput): Promise<VenueEntity> {
    assertOrganiser(ctx.actor);
    return this.write(async (manager) => {
      const repository = manager.getRepository(VenueEntity);
      const venue = await repository.findOneBy({ id: input.id });
      if (!venue) throw AppError.notFound('venue');
      if (input.municipalityCode) {
        await assertMunicipality(manager, input.municipalityCode, 'municipalityCode');
      }
      await this.assertHost(manager, input.hostOrganisationId);
      const changes: Partial<VenueEntity> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.municipalityCode) changes.municipalityCode = input.municipalityCode;
      if (input.address !== undefined) changes.address = input.address.trim();
      if (input.capacity !== undefined) changes.capacity = input.capacity;
      if (input.hostOrganisationId !== undefined) {
        changes.hostOrganisationId = input.hostOrganisationId;
      }
      if (input.wheelchairAccessible !== undefined) {
        changes.wheelchairAccessible = input.wheelchairAccessible;
      }
      if (input.publicTransportAccess !== undefined) {
        changes.publicTransportAccess = input.publicTransportAccess;
      }
      if (input.publicTransportNote !== undefined) {
        changes.publicTransportNote = input.publicTransportNote.trim() || null;
      }
      if (Object.keys(changes).length > 0) await repository.update(venue.id, changes);
      await this.audit.record(manager, ctx, {
        action: 'venue.update',
        entityType: 'venue',
        entityId: venue.id,
        summary: { fields: Object.keys(changes) },
      });
      return repository.findOneByOrFail({ id: venue.id });
    });
  }

  private async assertHost(manager: EntityManager, id: string | undefined): Promise<void> {
    if (!id) return;
    const rows: unknown[] = await manager.query('SELECT 1 FROM organisation WHERE id = $1', [id]);
    if (rows.length === 0) {
      throw AppError.badInput(
        'hostOrganisationId',
        'validation.venue.hostOrganisationId.unknown',
        'Choose an existing organisation as host.',
      );
    }
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const pg = pgError(error);
      if (pg?.code === '23505' && pg.constraint === 'venue_name_unique') {
        throw AppError.badInput(
          'name',
          'validation.venue.nameTaken',
          'A venue with this name already exists in this municipality.',
        );
      }
      throw error;
    }
  }
}
