import { PlatformRole } from '@knooppunt/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'user_account' })
export class UserEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({
    name: 'platform_role',
    type: 'enum',
    enum: PlatformRole,
    enumName: 'platform_role',
    nullable: true,
  })
  platformRole!: PlatformRole | null;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale!: 'nl' | 'en';

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
