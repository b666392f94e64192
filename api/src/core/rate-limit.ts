import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';

const AUTH_RATE_LIMITED = 'knooppunt:auth-rate-limited';

/** Marks an operation (login, registration, reset…) for the stricter per-address limit. */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMITED, true);

/**
 * Two limits per client address: every GraphQL request counts against the
 * general one; operations marked @AuthRateLimit also against the strict one.
 */
export function throttlerOptions(
  config: AppConfig,
  dataSource: DataSource,
): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute },
      {
        name: 'auth',
        ttl: config.authRateWindowSeconds * 1000,
        limit: config.authRateLimit,
        skipIf: (context) =>
          context.getHandler() === undefined ||
          !Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()),
      },
    ],
    storage: new PostgresThrottlerStorage(dataSource),
    errorMessage: 'Too many attempts; wait a while and try again.',
  };
}

/**
 * Counts in PostgreSQL, so API processes side by side share one limit.
 * One upsert per check; expired windows restart at 1.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const rows: { hits: number; expires_at: Date; blocked_until: Date | null }[] =
      await this.dataSource.query(
        `INSERT INTO rate_limit AS r (key, hits, expires_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= now() THEN EXCLUDED.expires_at ELSE r.expires_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN (CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END) > $3
             THEN now() + $4 * interval '1 millisecond'
           ELSE NULL END
       RETURNING hits, expires_at, blocked_until`,
        [key, ttl, limit, blockDuration],
      );
    const row = rows[0];
    const now = Date.now();
    const blockedUntil = row.blocked_until ? new Date(row.blocked_until).getTime() : 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil((new Date(row.expires_at).getTime() - now) / 1000)),
      isBlocked: blockedUntil > now,
      timeToBlockExpire: Math.max(0, Math.ceil((blockedUntil - now) / 1000)),
    };
  }
}

/** Applies the limits to GraphQL operations (HTTP health checks are not limited). */
@Injectable()
export class GraphQLThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType<GqlContextType>() !== 'graphql';
  }

  protected override getRequestResponse(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context).getContext();
    return { req: gql.req, res: gql.res };
  }
}
