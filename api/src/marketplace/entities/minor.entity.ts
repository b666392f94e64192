import { EducationLevel, MinorKind, NeedStatus, PartnerRole, Theme } from '@knooppunt/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

/** A school's minor, retraining programme or masterclass that seeks company partners. */
@Entity({ name: 'minor' })
export class MinorEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('minor_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'enum', enum: MinorKind, enumName: 'minor_kind', default: MinorKind.MINOR })
  kind!: MinorKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level' })
  level!: EducationLevel;

  /** European credits (EC); 0 for a masterclass without credits. */
  @Column({ type: 'smallint' })
  credits!: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** How many students can take part. */
  @Column({ type: 'integer' })
  capacity!: number;

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

@Entity({ name: 'minor_skill' })
export class MinorSkillEntity {
  @PrimaryColumn({ name: 'minor_id', type: 'uuid' })
  minorId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;
}

/** How many company partners a minor wants in one role, and how many it has. */
@Entity({ name: 'minor_partner_slot' })
export class MinorPartnerSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'minor_id', type: 'uuid' })
  minorId!: string;

  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role!: PartnerRole;

  @Column({ type: 'smallint' })
  wanted!: number;

  /** Accepted partnerships; a CHECK keeps it at most `wanted`. */
  @Column({ type: 'smallint', default: 0 })
  filled!: number;
}
