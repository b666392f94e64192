import { EducationLevel, NeedStatus } from '@knooppunt/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

/** A school's group of students of one programme who need internships in a period (counts, not names). */
@Entity({ name: 'cohort' })
export class CohortEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('cohort_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'programme_name', type: 'text' })
  programmeName!: string;

  /** CREBO (MBO) or CROHO (HBO/WO) code: five digits. */
  @Column({ name: 'programme_code', type: 'varchar', length: 5 })
  programmeCode!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level' })
  level!: EducationLevel;

  @Column({ type: 'integer' })
  students!: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'max_travel_minutes', type: 'smallint', default: 45 })
  maxTravelMinutes!: number;

  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.DRAFT })
  status!: NeedStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

@Entity({ name: 'cohort_skill' })
export class CohortSkillEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;
}
