import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipRole, normaliseEmail } from '@knooppunt/domain';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import { AuditService } from '../audit/audit.service';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import type { AppConfig } from '../config';
import { RequestContext } from '../core/auth/actor';
import { hashToken, newToken } from '../core/auth/session-token';
import { AppError } from '../core/errors';
import { mailTemplates } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { InvitationEntity } from '../organisations/entities/invitation.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { OneTimeTokenEntity, TokenPurpose } from './entities/one-time-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

const VERIFY_HOURS = 48;
const RESET_HOURS = 1;

export interface RegisterCommand {
  email: string;
  password: string;
  displayName: string;
  locale?: 'nl' | 'en';
}

/** Accounts: registration, verification, sign-in, passwords, sessions and the user's own data. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async register(ctx: RequestContext, command: RegisterCommand): Promise<{ email: string }> {
    const email = normaliseEmail(command.email);
    const displayName = command.displayName.trim();
    if (!displayName)
      throw AppError.badInput('displayName', 'validation.required', 'Enter a name.');
    checkPasswordPolicy(command.password, email);
    const passwordHash = await hashPassword(command.password);
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      if (await users.exists({ where: { email } })) {
        throw AppError.conflict(
          'errors.auth.emailTaken',
          'An account with this email address exists already.',
        );
      }
      const user = await users.save({
        email,
        displayName,
        passwordHash,
        locale: command.locale ?? 'nl',
      });
      await this.audit.record(manager, ctx, {
        actorId: user.id,
        action: 'user.register',
        entityType: 'user',
        entityId: user.id,
      });
      await this.sendVerification(manager, user);
    });
    void this.mail.deliver();
    return { email };
  }

  async verifyEmail(ctx: RequestContext, token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.useToken(manager, token, TokenPurpose.VERIFY_EMAIL);
      await manager
        .getRepository(UserEntity)
        .update({ id: record.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      await this.audit.record(manager, ctx, {
        actorId: record.userId,
        action: 'user.verifyEmail',
        entityType: 'user',
        entityId: record.userId,
      });
    });
  }

  /** Sends a new verification link to an unverified account; silent otherwise (no account probing). */
  async resendVerification(ctx: RequestContext, email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .findOneBy({ email: normaliseEmail(email) });
      if (!user || user.emailVerifiedAt) return;
      await this.sendVerification(manager, user);
      await this.audit.record(manager, ctx, {
        actorId: null,
        action: 'user.requestVerification',
        entityType: 'user',
        entityId: user.id,
      });
    });
    void this.mail.deliver();
  }

  async login(
    ctx: RequestContext,
    email: string,
    password: string,
  ): Promise<{ user: UserEntity; token: string; session: SessionEntity }> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email: normaliseEmail(email) });
    // Verify against a dummy hash when the account does not exist: the same work either way.
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid) {
      throw new AppError(
        'UNAUTHENTICATED',
        'errors.auth.invalidCredentials',
        'Email address or password is wrong.',
      );
    }
    if (!user.emailVerifiedAt) {
      throw AppError.forbidden(
        'errors.auth.emailNotVerified',
        'Confirm your email address first; we sent you a link.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const { token, session } = await this.sessions.create(manager, user.id, ctx.userAgent);
      await this.audit.record(manager, ctx, {
        actorId: user.id,
        action: 'session.create',
        entityType: 'session',
        entityId: session.id,
      });
      return { user, token, session };
    });
  }

  async logout(ctx: RequestContext): Promise<void> {
    const actor = this.required(ctx);
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(SessionEntity)
        .update({ id: actor.sessionId }, { revokedAt: new Date() });
      await this.audit.record(manager, ctx, {
        action: 'session.revoke',
        entityType: 'session',
        entityId: actor.sessionId,
      });
    });
  }

  async logoutEverywhere(ctx: RequestContext): Promise<number> {
    const actor = this.required(ctx);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(SessionEntity)
        .update({ userId: actor.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, ctx, {
        action: 'session.revokeAll',
        entityType: 'user',
        entityId: actor.userId,
        summary: { sessions: result.affected ?? 0 },
      });
      return result.affected ?? 0;
    });
  }

  async revokeSession(ctx: RequestContext, sessionId: string): Promise<void> {
    const actor = this.required(ctx);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(SessionEntity)
        .update(
          { id: sessionId, userId: actor.userId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
      // Another user's session id is indistinguishable from an unknown one.
      if (!result.affected) throw AppError.notFound('session');
      await this.audit.record(manager, ctx, {
        action: 'session.revoke',
        entityType: 'session',
        entityId: sessionId,
      });
    });
  }

  async requestPasswordReset(ctx: RequestContext, email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .findOneBy({ email: normaliseEmail(email) });
      if (!user) return;
      await this.audit.record(manager, ctx, {
        actorId: null,
        action: 'user.requestPasswordReset',
        entityType: 'user',
        entityId: user.id,
      });
      const token = await this.issueToken(
        manager,
        user.id,
        TokenPurpose.RESET_PASSWORD,
        RESET_HOURS,
      );
      const link = `${this.config.appUrl}/wachtwoord-herstellen?token=${token}`;
      await this.mail.enqueue(
        manager,
        user.email,
        mailTemplates.resetPassword(user.locale, user.displayName, link),
      );
    });
    void this.mail.deliver();
  }

  async resetPassword(ctx: RequestContext, token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.useToken(manager, token, TokenPurpose.RESET_PASSWORD);
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: record.userId });
      checkPasswordPolicy(password, user.email);
      // Following the link proves the address too.
      await manager.getRepository(UserEntity).update(user.id, {
        passwordHash: await hashPassword(password),
        emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
      });
      // A reset signs out every session: whoever knew the old password is out.
      await manager
        .getRepository(SessionEntity)
        .update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(manager, ctx, {
        actorId: user.id,
        action: 'user.resetPassword',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  async changePassword(ctx: RequestContext, current: string, next: string): Promise<void> {
    const actor = this.required(ctx);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw AppError.badInput(
        'currentPassword',
        'validation.password.wrong',
        'The current password is wrong.',
      );
    }
    checkPasswordPolicy(next, user.email, 'newPassword');
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, { passwordHash });
      // Other sessions end; this one stays.
      await manager
        .getRepository(SessionEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: actor.sessionId,
        })
        .execute();
      await this.audit.record(manager, ctx, {
        action: 'user.changePassword',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  /**
   * Deletes the account: sessions and memberships go; what the user wrote for
   * an organisation stays with it, without their name (foreign keys SET NULL).
   */
  async deleteMyAccount(ctx: RequestContext, password: string): Promise<void> {
    const actor = this.required(ctx);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw AppError.badInput('password', 'validation.password.wrong', 'The password is wrong.');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.assertNotLastAdminOfOthers(manager, user.id);
      await this.audit.record(manager, ctx, {
        actorId: null,
        action: 'user.delete',
        entityType: 'user',
        entityId: user.id,
      });
      await manager.getRepository(UserEntity).delete(user.id);
    });
  }

  /** Everything stored about the signed-in user, as one document (AVG/GDPR art. 15 and 20). */
  async exportMyData(ctx: RequestContext): Promise<Record<string, unknown>> {
    const actor = this.required(ctx);
    const manager = this.dataSource.manager;
    const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    const memberships = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(OrganisationEntity, 'o', 'o.id = m.organisation_id')
      .select([
        'm.id AS id',
        'm.role AS role',
        'm.created_at AS "createdAt"',
        'o.id AS "organisationId"',
        'o.name AS "organisationName"',
      ])
      .where('m.user_id = :id', { id: user.id })
      .getRawMany();
    const sessions = await manager
      .getRepository(SessionEntity)
      .find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
    const invitationsSent = await manager
      .getRepository(InvitationEntity)
      .find({ where: { invitedById: user.id } });
    const organisationsCreated = await manager
      .getRepository(OrganisationEntity)
      .find({ where: { createdById: user.id } });
    const activity = await manager
      .getRepository(AuditEntryEntity)
      .find({ where: { actorId: user.id }, order: { createdAt: 'ASC' } });
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: user.locale,
        platformRole: user.platformRole,
        emailVerifiedAt: user.emailVerifiedAt,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      memberships,
      sessions: sessions.map((s) => ({
        id: s.id,
        userAgent: s.userAgent,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
      })),
      invitationsSent: invitationsSent.map((i) => ({
        id: i.id,
        organisationId: i.organisationId,
        email: i.email,
        role: i.role,
        createdAt: i.createdAt,
        acceptedAt: i.acceptedAt,
        revokedAt: i.revokedAt,
      })),
      organisationsCreated: organisationsCreated.map((o) => ({
        id: o.id,
        name: o.name,
        status: o.status,
        createdAt: o.createdAt,
      })),
      activity: activity.map((a) => ({
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        summary: a.summary,
        at: a.createdAt,
      })),
    };
  }

  private required(ctx: RequestContext) {
    if (!ctx.actor) throw AppError.unauthenticated();
    return ctx.actor;
  }

  private async sendVerification(manager: EntityManager, user: UserEntity): Promise<void> {
    const token = await this.issueToken(manager, user.id, TokenPurpose.VERIFY_EMAIL, VERIFY_HOURS);
    const link = `${this.config.appUrl}/verifieer-email?token=${token}`;
    await this.mail.enqueue(
      manager,
      user.email,
      mailTemplates.verifyEmail(user.locale, user.displayName, link),
    );
  }

  private async issueToken(
    manager: EntityManager,
    userId: string,
    purpose: TokenPurpose,
    hours: number,
  ): Promise<string> {
    const token = newToken();
    await manager.getRepository(OneTimeTokenEntity).insert({
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + hours * 3_600_000),
    });
    return token;
  }

  /** Marks a one-time token used; unknown, used, expired or wrong-purpose tokens are refused alike. */
  private async useToken(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<OneTimeTokenEntity> {
    const repository = manager.getRepository(OneTimeTokenEntity);
    const record = await repository.findOne({
      where: {
        tokenHash: hashToken(token),
        purpose,
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) {
      throw AppError.badInput(
        'token',
        'errors.auth.invalidToken',
        'This link is invalid or has expired.',
      );
    }
    await repository.update(record.id, { usedAt: new Date() });
    return record;
  }

  /** An organisation with other members must keep an admin: hand the role over first. */
  private async assertNotLastAdminOfOthers(manager: EntityManager, userId: string): Promise<void> {
    const rows: { name: string }[] = await manager.query(
      `SELECT o.name FROM membership mine JOIN organisation o ON o.id = mine.organisation_id
        WHERE mine.user_id = $1 AND mine.role = $2
          AND NOT EXISTS (SELECT 1 FROM membership other WHERE other.organisation_id = mine.organisation_id
                          AND other.user_id <> $1 AND other.role = $2)
          AND EXISTS (SELECT 1 FROM membership other WHERE other.organisation_id = mine.organisation_id AND other.user_id <> $1)`,
      [userId, MembershipRole.ORGANISATION_ADMIN],
    );
    if (rows.length > 0) {
      throw AppError.conflict(
        'errors.account.lastAdmin',
        `You are the only admin of ${rows.map((r) => r.name).join(', ')}: make another member admin first.`,
      );
    }
  }
}
