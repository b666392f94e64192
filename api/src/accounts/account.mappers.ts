import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { Session, User } from './models/account.models';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    displayName: entity.displayName,
    email: entity.email,
    emailVerified: entity.emailVerifiedAt !== null,
    platformRole: entity.platformRole,
    createdAt: entity.createdAt,
  };
}

export function toSession(entity: SessionEntity, currentSessionId: string | undefined): Session {
  return {
    id: entity.id,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    expiresAt: entity.expiresAt,
    userAgent: entity.userAgent,
    current: entity.id === currentSessionId,
  };
}
