import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlatformRole } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { UserEntity } from './entities/user.entity';

/** Users as admins manage them. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  byId(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async list(
    search: string | undefined,
    skip: number,
    take: number,
  ): Promise<{ items: UserEntity[]; totalCount: number }> {
    const builder = this.dataSource.getRepository(UserEntity).createQueryBuilder('user');
    const text = search?.trim();
    if (text) {
      builder.where('(user.email ILIKE :pattern OR user.display_name ILIKE :pattern)', {
        pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, totalCount] = await builder
      .orderBy('user.display_name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalCount };
  }

  async setPlatformRole(
    ctx: RequestContext,
    userId: string,
    role: PlatformRole | null,
  ): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOne({
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw AppError.notFound('user');
      if (user.id === ctx.actor?.userId && role !== PlatformRole.ADMIN) {
        throw AppError.conflict(
          'errors.users.selfDemotion',
          'Admins cannot take away their own admin role.',
        );
      }
      const before = user.platformRole;
      await users.update(user.id, { platformRole: role });
      await this.audit.record(manager, ctx, {
        action: 'user.setPlatformRole',
        entityType: 'user',
        entityId: user.id,
        summary: { platformRole: [before, role] },
      });
      return { ...user, platformRole: role };
    });
  }
}
