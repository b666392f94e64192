import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Ecosystem,
  helixOfKind,
  MembershipRole,
  OrganisationKind,
  OrganisationStatus,
} from '@knooppunt/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { isCoordinator, membershipOf, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { Mail, mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import {
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './dto/organisation.inputs';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { adminsOf } from './organisation-admins';

const NEEDS_KVK = new Set([OrganisationKind.COMPANY]);
const NEEDS_BRIN = new Set([
  OrganisationKind.SCHOOL_MBO,
  OrganisationKind.SCHOOL_HBO,
  OrganisationKind.UNIVERSITY,
]);
const EDITABLE = [
  'name',
  'municipalityCode',
  'ecosystem',
  'themes',
  'address',
  'website',
  'description',
  'kvkNumber',
  'brinCode',
] as const;

/** Organisations: registration, the coordinator's approval, profiles and visibility. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Active organisations are public; pending and rejected ones only to their members and coordinators. */
  async get(ctx: RequestContext, id: string): Promise<OrganisationEntity> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation || !this.canSee(ctx, organisation)) throw AppError.notFound('organisation');
    return organisation;
  }

  canSee(ctx: RequestContext, organisation: OrganisationEntity): boolean {
    return (
      organisation.status === OrganisationStatus.ACTIVE ||
      isCoordinator(ctx.actor) ||
      membershipOf(ctx.actor, organisation.id) !== undefined
    );
  }

  async list(
    ctx: RequestContext,
    filter: OrganisationFilter = {},
    skip: number,
    take: number,
  ): Promise<{ items: OrganisationEntity[]; totalCount: number }> {
    const status = filter.status ?? OrganisationStatus.ACTIVE;
    if (status !== OrganisationStatus.ACTIVE && !isCoordinator(ctx.actor)) {
      throw AppError.forbidden(
        'errors.organisations.statusFilter',
        'Only coordinators see pending or rejected organisations.',
      );
    }
    const builder = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where('organisation.status = :status', { status });
    const search = filter.search?.trim();
    if (search) {
      builder.andWhere('organisation.name ILIKE :pattern', {
        pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.helix) builder.andWhere('organisation.helix = :helix', { helix: filter.helix });
    if (filter.municipalityCode) {
      builder.andWhere('organisation.municipality_code = :code', { code: filter.municipalityCode });
    }
    const [items, totalCount] = await builder
      .orderBy(
        status === OrganisationStatus.PENDING ? 'organisation.created_at' : 'organisation.name',
        'ASC',
      )
      .addOrderBy('organisation.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async create(ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const actor = ctx.actor;
    if (!actor) throw AppError.unauthenticated();
    this.checkIdentifiers(input.kind, input.kvkNumber, input.brinCode);
    const organisation = await this.dataSource.transaction(async (manager) => {
      await this.assertMunicipality(manager, input.municipalityCode);
      const saved = await this.saveUnique(manager, {
        name: input.name.trim(),
        kind: input.kind,
        helix: helixOfKind(input.kind),
        status: OrganisationStatus.PENDING,
        municipalityCode: input.municipalityCode,
        ecosystem: input.ecosystem ?? Ecosystem.OTHER,
        themes: input.themes ?? [],
        address: input.address?.trim() || null,
        website: input.website?.trim() || null,
        description: input.description?.trim() || null,
        kvkNumber: input.kvkNumber ?? null,
        brinCode: input.brinCode ?? null,
        createdById: actor.userId,
      });
      await manager.getRepository(MembershipEntity).insert({
        userId: actor.userId,
        organisationId: saved.id,
        role: MembershipRole.ORGANISATION_ADMIN,
      });
      await this.audit.record(manager, ctx, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: saved.id,
        summary: { name: saved.name, kind: saved.kind, municipalityCode: saved.municipalityCode },
      });
      return saved;
    });
    return organisation;
  }

  async update(ctx: RequestContext, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockForAdmin(manager, ctx, input.id);
      const changes: Partial<OrganisationEntity> = {};
      const summary: Record<string, [unknown, unknown]> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value === undefined) continue;
        const next = typeof value === 'string' ? value.trim() || null : value;
        if (JSON.stringify(organisation[key]) === JSON.stringify(next)) continue;
        (changes as Record<string, unknown>)[key] = next;
        summary[key] = [organisation[key], next];
      }
      if (changes.name === null)
        throw AppError.badInput('name', 'validation.required', 'Enter a name.');
      if (changes.municipalityCode)
        await this.assertMunicipality(manager, changes.municipalityCode);
      this.checkIdentifiers(
        organisation.kind,
        'kvkNumber' in changes ? changes.kvkNumber : organisation.kvkNumber,
        'brinCode' in changes ? changes.brinCode : organisation.brinCode,
      );
      if (Object.keys(changes).length === 0) return organisation;
      const updated = { ...organisation, ...changes } as OrganisationEntity;
      await this.saveUnique(manager, updated);
      await this.audit.record(manager, ctx, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: organisation.id,
        summary,
      });
      return manager.getRepository(OrganisationEntity).findOneByOrFail({ id: organisation.id });
    });
  }

  approve(ctx: RequestContext, id: string): Promise<OrganisationEntity> {
    return this.review(ctx, id, OrganisationStatus.ACTIVE, null);
  }

  reject(ctx: RequestContext, id: string, reason: string): Promise<OrganisationEntity> {
    const trimmed = reason.trim();
    if (trimmed.length < 3)
      throw AppError.badInput('reason', 'validation.reason.required', 'Give a reason.');
    return this.review(ctx, id, OrganisationStatus.REJECTED, trimmed);
  }

  private async review(
    ctx: RequestContext,
    id: string,
    status: OrganisationStatus.ACTIVE | OrganisationStatus.REJECTED,
    reason: string | null,
  ): Promise<OrganisationEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      const organisation = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw AppError.notFound('organisation');
      if (organisation.status !== OrganisationStatus.PENDING) {
        throw AppError.conflict(
          'errors.organisations.notPending',
          'Only a pending organisation can be approved or rejected.',
        );
      }
      await repository.update(id, {
        status,
        rejectionReason: reason,
        reviewedAt: new Date(),
        reviewedById: ctx.actor?.userId ?? null,
      });
      await this.audit.record(manager, ctx, {
        action:
          status === OrganisationStatus.ACTIVE ? 'organisation.approve' : 'organisation.reject',
        entityType: 'organisation',
        entityId: id,
        summary: { status: [organisation.status, status], ...(reason ? { reason } : {}) },
      });
      const admins = await adminsOf(manager, id);
      for (const admin of admins) {
        const mail: Mail =
          status === OrganisationStatus.ACTIVE
            ? mailTemplates.organisationApproved(
                admin.locale,
                organisation.name,
                `${this.config.appUrl}/organisaties/${id}`,
              )
            : mailTemplates.organisationRejected(admin.locale, organisation.name, reason ?? '');
        await this.mail.enqueue(manager, admin.email, mail);
      }
      return repository.findOneByOrFail({ id });
    });
    void this.mail.deliver();
    return result;
  }

  /** Locks the organisation row for a change by one of its organisation admins. */
  async lockForAdmin(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<OrganisationEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const organisation = await manager
      .getRepository(OrganisationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!organisation || !this.canSee(ctx, organisation)) throw AppError.notFound('organisation');
    const membership = await manager
      .getRepository(MembershipEntity)
      .findOneBy({ organisationId: id, userId: ctx.actor.userId });
    if (membership?.role !== MembershipRole.ORGANISATION_ADMIN) {
      throw AppError.forbidden(
        'errors.organisations.notAdmin',
        'Only admins of this organisation may do this.',
      );
    }
    return organisation;
  }

  private checkIdentifiers(
    kind: OrganisationKind,
    kvk: string | null | undefined,
    brin: string | null | undefined,
  ): void {
    if (NEEDS_KVK.has(kind) && !kvk) {
      throw AppError.badInput(
        'kvkNumber',
        'validation.kvkNumber.required',
        'Companies need their KvK number (8 digits).',
      );
    }
    if (!NEEDS_KVK.has(kind) && kvk) {
      throw AppError.badInput(
        'kvkNumber',
        'validation.kvkNumber.onlyCompanies',
        'Only companies have a KvK number here.',
      );
    }
    if (NEEDS_BRIN.has(kind) && !brin) {
      throw AppError.badInput(
        'brinCode',
        'validation.brinCode.required',
        'Schools need their BRIN code.',
      );
    }
    if (helixOfKind(kind) !== 'EDUCATION' && brin) {
      throw AppError.badInput(
        'brinCode',
        'validation.brinCode.onlySchools',
        'Only schools have a BRIN code.',
      );
    }
  }

  private async assertMunicipality(manager: EntityManager, code: string): Promise<void> {
    const [row] = await manager.query('SELECT 1 FROM municipality WHERE code = $1', [code]);
    if (!row) {
      throw AppError.badInput(
        'municipalityCode',
        'validation.municipalityCode.unknown',
        'Choose one of the six municipalities.',
      );
    }
  }

  /** Saves, turning the unique-name violation into a clear CONFLICT. */
  private async saveUnique(
    manager: EntityManager,
    organisation: Partial<OrganisationEntity>,
  ): Promise<OrganisationEntity> {
    try {
      return await manager.getRepository(OrganisationEntity).save(organisation);
    } catch (error) {
      const driverError = (
        error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }
      ).driverError;
      if (
        error instanceof QueryFailedError &&
        driverError?.code === '23505' &&
        driverError.constraint === 'organisation_name_unique'
      ) {
        throw new AppError(
          'CONFLICT',
          'errors.organisations.nameTaken',
          'An organisation with this name exists already.',
          [
            {
              field: 'name',
              messageKey: 'errors.organisations.nameTaken',
              message: 'An organisation with this name exists already.',
            },
          ],
        );
      }
      throw error;
    }
  }
}
