import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  effectiveRoles,
  Helix,
  MembershipRole,
  OrganisationStatus,
  PlatformRole,
} from '@knooppunt/domain';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../app-config.token';
import type { AppConfig } from '../config';
import { Actor } from '../core/auth/actor';
import { hashToken, newToken } from '../core/auth/session-token';
import { SessionEntity } from './entities/session.entity';

const TOUCH_AFTER_MS = 5 * 60_000;

/** Sessions: created at login, resolved on every request, revoked at logout. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    userAgent: string | null,
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = newToken();
    const now = new Date();
    const session = await manager.getRepository(SessionEntity).save({
      userId,
      tokenHash: hashToken(token),
      userAgent,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionDays * 86_400_000),
    });
    return { token, session };
  }

  /** The actor of a session token, or null for an unknown, expired or revoked one. */
  async resolve(token: string): Promise<Actor | null> {
    // One statement on every signed-in request: the session, its user and the memberships.
    const rows: {
      session_id: string;
      last_used_at: Date;
      user_id: string;
      email: string;
      display_name: string;
      platform_role: PlatformRole | null;
      memberships: {
        organisation_id: string;
        role: MembershipRole;
        helix: Helix;
        status: OrganisationStatus;
      }[];
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_used_at, u.id AS user_id, u.email, u.display_name, u.platform_role,
              coalesce((SELECT json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role,
                                                         'helix', o.helix, 'status', o.status))
                          FROM membership m JOIN organisation o ON o.id = m.organisation_id
                         WHERE m.user_id = u.id), '[]'::json) AS memberships
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    const memberships = row.memberships;
    if (Date.now() - new Date(row.last_used_at).getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query('UPDATE user_session SET last_used_at = now() WHERE id = $1', [
        row.session_id,
      ]);
    }
    const active = memberships.filter((m) => m.status === OrganisationStatus.ACTIVE);
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      email: row.email,
      displayName: row.display_name,
      platformRole: row.platform_role,
      memberships: memberships.map((m) => ({
        organisationId: m.organisation_id,
        role: m.role,
        helix: m.helix,
        status: m.status,
      })),
      roles: effectiveRoles(
        row.platform_role,
        active.map((m) => m.helix),
      ),
    };
  }

  listOfUser(userId: string): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC', id: 'ASC' },
    });
  }
}
