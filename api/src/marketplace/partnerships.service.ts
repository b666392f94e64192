import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canChangePartnershipStatus,
  NeedStatus,
  PartnershipKind,
  PartnershipStatus,
} from '@knooppunt/domain';
import { Brackets, DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { isCoordinator, membershipOf, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { adminsOf } from '../organisations/organisation-admins';
import {
  OfferPartnershipInput,
  PartnershipDirection,
  PartnershipFilter,
  ProposeChallengeAdoptionInput,
} from './dto/partnership.inputs';
import { ChallengeEntity } from './entities/challenge.entity';
import { MinorEntity, MinorPartnerSlotEntity } from './entities/minor.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { assertPoster, COMPANIES, findListing, SCHOOLS } from './listing-rules';

/**
 * Partnerships between minors and companies: a company offers to fill a
 * minor's partner slot (the school answers), or a school proposes that its
 * minor takes on a challenge (the challenge's owner answers). Accepting a slot
 * offer raises the slot's `filled` in one conditional UPDATE, so concurrent
 * acceptances can never fill a slot beyond `wanted`.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Accepted partnerships for every signed-in user; the rest for both parties and coordinators. */
  async get(ctx: RequestContext, id: string): Promise<PartnershipEntity> {
    const partnership = await this.dataSource.getRepository(PartnershipEntity).findOneBy({ id });
    if (!partnership || !this.canSee(ctx, partnership)) throw AppError.notFound('partnership');
    return partnership;
  }

  async offer(ctx: RequestContext, input: OfferPartnershipInput): Promise<PartnershipEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const slot = await manager
        .getRepository(MinorPartnerSlotEntity)
        .findOneBy({ id: input.slotId });
      if (!slot) throw AppError.notFound('partnerSlot');
      const minor = await findListing(manager, MinorEntity, ctx, slot.minorId, 'minor');
      const company = await assertPoster(manager, ctx, input.organisationId, COMPANIES);
      this.assertOpen(minor.status, 'minorId');
      if (slot.filled >= slot.wanted) {
        throw AppError.conflict(
          'errors.partnerships.slotFull',
          'This partner role has all the partners it wants.',
        );
      }
      const partnership = await this.insert(manager, {
        kind: PartnershipKind.PARTNER_SLOT,
        minorId: minor.id,
        slotId: slot.id,
        challengeId: null,
        proposerOrganisationId: company.id,
        recipientOrganisationId: minor.organisationId,
        message: input.message?.trim() ?? '',
        proposedById: ctx.actor?.userId ?? null,
      });
      await this.audit.record(manager, ctx, {
        action: 'partnership.offer',
        entityType: 'partnership',
        entityId: partnership.id,
        summary: { minorId: minor.id, role: slot.role, organisationId: company.id },
      });
      await this.mailProposal(manager, partnership, company, minor.title);
      return partnership;
    });
    void this.mail.deliver();
    return result;
  }

  async proposeAdoption(
    ctx: RequestContext,
    input: ProposeChallengeAdoptionInput,
  ): Promise<PartnershipEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const minor = await findListing(manager, MinorEntity, ctx, input.minorId, 'minor');
      const challenge = await findListing(
        manager,
        ChallengeEntity,
        ctx,
        input.challengeId,
        'challenge',
      );
      const school = await assertPoster(manager, ctx, minor.organisationId, SCHOOLS, 'minorId');
      this.assertOpen(minor.status, 'minorId');
      this.assertOpen(challenge.status, 'challengeId');
      const partnership = await this.insert(manager, {
        kind: PartnershipKind.CHALLENGE_ADOPTION,
        minorId: minor.id,
        slotId: null,
        challengeId: challenge.id,
        proposerOrganisationId: school.id,
        recipientOrganisationId: challenge.organisationId,
        message: input.message?.trim() ?? '',
        proposedById: ctx.actor?.userId ?? null,
      });
      await this.audit.record(manager, ctx, {
        action: 'partnership.proposeAdoption',
        entityType: 'partnership',
        entityId: partnership.id,
        summary: { minorId: minor.id, challengeId: challenge.id },
      });
      await this.mailProposal(manager, partnership, school, challenge.title);
      return partnership;
    });
    void this.mail.deliver();
    return result;
  }

  /** The recipient accepts or declines a proposal. */
  async answer(
    ctx: RequestContext,
    id: string,
    status: PartnershipStatus.ACCEPTED | PartnershipStatus.DECLINED,
    message: string | undefined,
  ): Promise<PartnershipEntity> {
    const result = await this.dataSource.transaction(async (manager) => {
      const partnership = await this.lock(manager, ctx, id);
      if (!membershipOf(ctx.actor, partnership.recipientOrganisationId)) {
        throw AppError.forbidden(
          'errors.partnerships.notRecipient',
          'Only the organisation that received the proposal answers it.',
        );
      }
      this.assertTransition(partnership.status, status);
      if (status === PartnershipStatus.ACCEPTED && partnership.slotId) {
        // TypeORM returns [rows, affected] for an UPDATE on PostgreSQL.
        const [, raised]: [unknown[], number] = await manager.query(
          'UPDATE minor_partner_slot SET filled = filled + 1 WHERE id = $1 AND filled < wanted',
          [partnership.slotId],
        );
        if (raised === 0) {
          throw AppError.conflict(
            'errors.partnerships.slotFull',
            'This partner role has all the partners it wants.',
          );
        }
      }
      const changed = await this.setStatus(manager, ctx, partnership, status, message);
      const recipient = await manager
        .getRepository(OrganisationEntity)
        .findOneByOrFail({ id: partnership.recipientOrganisationId });
      const subject = await this.subjectOf(manager, partnership);
      for (const admin of await adminsOf(manager, partnership.proposerOrganisationId)) {
        await this.mail.enqueue(
          manager,
          admin.email,
          mailTemplates.partnershipAnswered(
            admin.locale,
            recipient.name,
            subject,
            status === PartnershipStatus.ACCEPTED,
            changed.responseMessage ?? '',
            `${this.config.appUrl}/partnerschappen`,
          ),
        );
      }
      return changed;
    });
    void this.mail.deliver();
    return result;
  }

  /** The proposer withdraws a proposal; either party ends an accepted partnership (freeing its slot). */
  async withdraw(
    ctx: RequestContext,
    id: string,
    message: string | undefined,
  ): Promise<PartnershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const partnership = await this.lock(manager, ctx, id);
      const isProposer = !!membershipOf(ctx.actor, partnership.proposerOrganisationId);
      const isRecipient = !!membershipOf(ctx.actor, partnership.recipientOrganisationId);
      const allowed =
        partnership.status === PartnershipStatus.ACCEPTED ? isProposer || isRecipient : isProposer;
      if (!allowed) {
        throw AppError.forbidden(
          'errors.partnerships.notProposer',
          'Only the organisation that proposed withdraws a proposal.',
        );
      }
      this.assertTransition(partnership.status, PartnershipStatus.WITHDRAWN);
      if (partnership.status === PartnershipStatus.ACCEPTED && partnership.slotId) {
        await manager.query(
          'UPDATE minor_partner_slot SET filled = filled - 1 WHERE id = $1 AND filled > 0',
          [partnership.slotId],
        );
      }
      return this.setStatus(manager, ctx, partnership, PartnershipStatus.WITHDRAWN, message);
    });
  }

  async list(
    ctx: RequestContext,
    filter: PartnershipFilter = {},
    skip: number,
    take: number,
  ): Promise<{ items: PartnershipEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(PartnershipEntity).createQueryBuilder('p');
    if (!isCoordinator(ctx.actor)) {
      const own = (ctx.actor?.memberships ?? []).map((m) => m.organisationId);
      builder.where(
        new Brackets((visible) => {
          visible.where('p.status = :accepted', { accepted: PartnershipStatus.ACCEPTED });
          if (own.length > 0) {
            visible
              .orWhere('p.proposer_organisation_id IN (:...own)', { own })
              .orWhere('p.recipient_organisation_id IN (:...own)', { own });
          }
        }),
      );
    }
    if (filter.minorId) builder.andWhere('p.minor_id = :minorId', { minorId: filter.minorId });
    if (filter.challengeId)
      builder.andWhere('p.challenge_id = :challengeId', { challengeId: filter.challengeId });
    if (filter.status) builder.andWhere('p.status = :status', { status: filter.status });
    if (filter.kind) builder.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.organisationId) {
      const column =
        filter.direction === PartnershipDirection.INCOMING
          ? 'p.recipient_organisation_id = :organisationId'
          : filter.direction === PartnershipDirection.OUTGOING
            ? 'p.proposer_organisation_id = :organisationId'
            : '(p.proposer_organisation_id = :organisationId OR p.recipient_organisation_id = :organisationId)';
      builder.andWhere(column, { organisationId: filter.organisationId });
    }
    builder.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC');
    const [items, totalCount] = await builder.skip(skip).take(take).getManyAndCount();
    return { items, totalCount };
  }

  private canSee(ctx: RequestContext, partnership: PartnershipEntity): boolean {
    return (
      partnership.status === PartnershipStatus.ACCEPTED ||
      isCoordinator(ctx.actor) ||
      !!membershipOf(ctx.actor, partnership.proposerOrganisationId) ||
      !!membershipOf(ctx.actor, partnership.recipientOrganisationId)
    );
  }

  private async lock(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<PartnershipEntity> {
    if (!ctx.actor) throw AppError.unauthenticated();
    const partnership = await manager
      .getRepository(PartnershipEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partnership || !this.canSee(ctx, partnership)) throw AppError.notFound('partnership');
    return partnership;
  }

  private assertOpen(status: NeedStatus, field: string): void {
    if (status !== NeedStatus.OPEN) {
      throw AppError.conflict(
        `errors.partnerships.${field === 'minorId' ? 'minorNotOpen' : 'challengeNotOpen'}`,
        field === 'minorId'
          ? 'Partnerships are made with open minors only.'
          : 'Only open challenges can be taken on.',
      );
    }
  }

  private assertTransition(from: PartnershipStatus, to: PartnershipStatus): void {
    if (!canChangePartnershipStatus(from, to)) {
      throw AppError.conflict(
        'errors.partnerships.statusChange',
        `A ${from.toLowerCase()} partnership cannot become ${to.toLowerCase()}.`,
      );
    }
  }

  private async insert(
    manager: EntityManager,
    values: Partial<PartnershipEntity>,
  ): Promise<PartnershipEntity> {
    try {
      return await manager.getRepository(PartnershipEntity).save(values);
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw AppError.conflict(
          'errors.partnerships.duplicate',
          'There already is a proposed or accepted partnership for this.',
        );
      }
      throw error;
    }
  }

  private async setStatus(
    manager: EntityManager,
    ctx: RequestContext,
    partnership: PartnershipEntity,
    status: PartnershipStatus,
    message: string | undefined,
  ): Promise<PartnershipEntity> {
    const changes = {
      status,
      responseMessage: message?.trim() || null,
      respondedById: ctx.actor?.userId ?? null,
      respondedAt: new Date(),
    };
    await manager.getRepository(PartnershipEntity).update(partnership.id, changes);
    await this.audit.record(manager, ctx, {
      action: `partnership.${status.toLowerCase()}`,
      entityType: 'partnership',
      entityId: partnership.id,
      summary: { status: [partnership.status, status] },
    });
    return { ...partnership, ...changes };
  }

  private async subjectOf(manager: EntityManager, partnership: PartnershipEntity): Promise<string> {
    const minor = await manager
      .getRepository(MinorEntity)
      .findOneByOrFail({ id: partnership.minorId });
    if (!partnership.challengeId) return minor.title;
    const challenge = await manager
      .getRepository(ChallengeEntity)
      .findOneByOrFail({ id: partnership.challengeId });
    return `${challenge.title} (${minor.title})`;
  }

  private async mailProposal(
    manager: EntityManager,
    partnership: PartnershipEntity,
    proposer: OrganisationEntity,
    subject: string,
  ): Promise<void> {
    for (const admin of await adminsOf(manager, partnership.recipientOrganisationId)) {
      await this.mail.enqueue(
        manager,
        admin.email,
        mailTemplates.partnershipProposed(
          admin.locale,
          proposer.name,
          subject,
          partnership.message,
          `${this.config.appUrl}/partnerschappen`,
        ),
      );
    }
  }
}
