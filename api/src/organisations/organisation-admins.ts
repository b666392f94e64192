import { MembershipRole } from '@knooppunt/domain';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { MembershipEntity } from './entities/membership.entity';

/** The organisation admins of an organisation: who is mailed about it. */
export function adminsOf(manager: EntityManager, organisationId: string): Promise<UserEntity[]> {
  return manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .innerJoin(MembershipEntity, 'm', 'm.user_id = user.id')
    .where('m.organisation_id = :organisationId AND m.role = :role', {
      organisationId,
      role: MembershipRole.ORGANISATION_ADMIN,
    })
    .getMany();
}
