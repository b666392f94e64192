import { MembershipRole } from '@knooppunt/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'membership' })
export class MembershipEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Index('membership_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({
    type: 'enum',
    enum: MembershipRole,
    enumName: 'membership_role',
    default: MembershipRole.MEMBER,
  })
  role!: MembershipRole;
}
