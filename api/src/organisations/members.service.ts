import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipRole, normaliseEmail } from '@knooppunt/domain';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config';
import { RequestContext } from '../core/auth/actor';
import { hashToken, newToken } from '../core/auth/session-token';
import { AppError } from '../core/errors';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationsService } from './organisations.service';

const INVITATION_DAYS = 14;

/** Members of organisations: invitations, roles, leaving. Organisation admins manage; nobody acts for others. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async invite(
    ctx: RequestContext,
    organisationId: string,
    rawEmail: string,
    role: MembershipRole,
  ): Promise<InvitationEntity> {
    const email = normaliseEmail(rawEmail);
    const invitation = await this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.lockForAdmin(manager, ctx, organisationId);
      const alreadyMember: unknown[] = await manager.query(
        `SELECT 1 FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2`,
        [organisationId, email],
      );
      if (alreadyMember.length > 0) {
        throw AppError.conflict('errors.members.alreadyMember', 'This person is a member already.');
      }
      const open = await manager.getRepository(InvitationEntity).findOneBy({
        organisationId,
        email,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      });
      if (open)
        throw AppError.conflict(
          'errors.members.alreadyInvited',
          'This address has an open invitation already.',
        );
      const token = newToken();
      const saved = await manager.getRepository(InvitationEntity).save({
        organisationId,
        email,
        role,
        invitedById: ctx.actor?.userId ?? null,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      const invitee = await manager.getRepository(UserEntity).findOneBy({ email });
      await this.mail.enqueue(
        manager,
        email,
        mailTemplates.invitation(
          invitee?.locale ?? 'nl',
          organisation.name,
          ctx.actor?.displayName ?? 'Knooppunt',
          `${this.config.appUrl}/uitnodiging?token=${token}`,
        ),
      );
      await this.audit.record(manager, ctx, {
        action: 'invitation.create',
        entityType: 'organisation',
        entityId: organisationId,
        summary: { invitationId: saved.id, email, role },
      });
      return saved;
    });
    void this.mail.deliver();
    return invitation;
  }

  async revokeInvitation(ctx: RequestContext, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .findOneBy({ id: invitationId });
      if (!invitation) throw AppError.notFound('invitation');
      await this.organisations.lockForAdmin(manager, ctx, invitation.organisationId);
      if (invitation.acceptedAt || invitation.revokedAt) {
        throw AppError.conflict(
          'errors.members.invitationClosed',
          'This invitation is no longer open.',
        );
      }
      await manager
        .getRepository(InvitationEntity)
        .update(invitation.id, { revokedAt: new Date() });
      await this.audit.record(manager, ctx, {
        action: 'invitation.revoke',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        summary: { invitationId: invitation.id, email: invitation.email },
      });
    });
  }

  /** The signed-in user accepts an invitation sent to their own address. */
  async accept(ctx: RequestContext, token: string): Promise<MembershipEntity> {
    const actor = ctx.actor;
    if (!actor) throw AppError.unauthenticated();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(InvitationEntity).findOne({
        where: {
          tokenHash: hashToken(token),
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) {
        throw AppError.badInput(
          'token',
          'errors.members.invalidInvitation',
          'This invitation is invalid, used or expired.',
        );
      }
      if (invitation.email !== actor.email) {
        throw AppError.forbidden(
          'errors.members.otherAddress',
          'This invitation was sent to another email address.',
        );
      }
      const memberships = manager.getRepository(MembershipEntity);
      if (
        await memberships.exists({
          where: { organisationId: invitation.organisationId, userId: actor.userId },
        })
      ) {
        throw AppError.conflict('errors.members.alreadyMember', 'You are a member already.');
      }
      const membership = await memberships.save({
        organisationId: invitation.organisationId,
        userId: actor.userId,
        role: invitation.role,
      });
      await manager
        .getRepository(InvitationEntity)
        .update(invitation.id, { acceptedAt: new Date() });
      await this.audit.record(manager, ctx, {
        action: 'invitation.accept',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        summary: {
          invitationId: invitation.id,
          membershipId: membership.id,
          role: membership.role,
        },
      });
      return membership;
    });
  }

  /** Organisation admins remove members; every member may leave. The last admin stays. */
  async remove(ctx: RequestContext, membershipId: string): Promise<void> {
    const actor = ctx.actor;
    if (!actor) throw AppError.unauthenticated();
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.findVisible(manager, ctx, membershipId);
      if (membership.userId !== actor.userId) {
        await this.organisations.lockForAdmin(manager, ctx, membership.organisationId);
      } else {
        await manager.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [
          membership.organisationId,
        ]);
      }
      await this.assertKeepsAnAdmin(manager, membership, null);
      await manager.getRepository(MembershipEntity).delete(membership.id);
      await this.audit.record(manager, ctx, {
        action: membership.userId === actor.userId ? 'membership.leave' : 'membership.remove',
        entityType: 'organisation',
        entityId: membership.organisationId,
        summary: { membershipId: membership.id, userId: membership.userId },
      });
    });
  }

  async changeRole(
    ctx: RequestContext,
    membershipId: string,
    role: MembershipRole,
  ): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.findVisible(manager, ctx, membershipId);
      await this.organisations.lockForAdmin(manager, ctx, membership.organisationId);
      if (membership.role === role) return membership;
      await this.assertKeepsAnAdmin(manager, membership, role);
      await manager.getRepository(MembershipEntity).update(membership.id, { role });
      await this.audit.record(manager, ctx, {
        action: 'membership.changeRole',
        entityType: 'organisation',
        entityId: membership.organisationId,
        summary: {
          membershipId: membership.id,
          userId: membership.userId,
          role: [membership.role, role],
        },
      });
      return { ...membership, role };
    });
  }

  /** A membership of an organisation the actor belongs to; anything else is NOT_FOUND (no id probing). */
  private async findVisible(
    manager: EntityManager,
    ctx: RequestContext,
    membershipId: string,
  ): Promise<MembershipEntity> {
    const membership = await manager
      .getRepository(MembershipEntity)
      .findOneBy({ id: membershipId });
    const ownOrganisation = ctx.actor?.memberships.some(
      (m) => m.organisationId === membership?.organisationId,
    );
    if (!membership || !ownOrganisation) throw AppError.notFound('membership');
    return membership;
  }

  private async assertKeepsAnAdmin(
    manager: EntityManager,
    membership: MembershipEntity,
    newRole: MembershipRole | null,
  ): Promise<void> {
    if (
      membership.role !== MembershipRole.ORGANISATION_ADMIN ||
      newRole === MembershipRole.ORGANISATION_ADMIN
    )
      return;
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM membership WHERE organisation_id = $1 AND role = $2 AND id <> $3`,
      [membership.organisationId, MembershipRole.ORGANISATION_ADMIN, membership.id],
    );
    if (count === 0) {
      throw AppError.conflict(
        'errors.members.lastAdmin',
        'An organisation keeps at least one admin: make someone else admin first.',
      );
    }
  }
}
