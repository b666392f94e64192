import { NeedStatus, Theme } from '@knooppunt/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

/** A company's or government body's real question for a minor or a student team. */
@Entity({ name: 'challenge' })
export class ChallengeEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('challenge_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'team_size_min', type: 'smallint' })
  teamSizeMin!: number;

  @Column({ name: 'team_size_max', type: 'smallint' })
  teamSizeMax!: number;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'enum', enum: Theme, enumName: 'theme', array: true, default: [] })
  themes!: Theme[];

  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.DRAFT })
  status!: NeedStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

@Entity({ name: 'challenge_skill' })
export class ChallengeSkillEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;
}
