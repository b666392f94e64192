import { EducationLevel, NeedStatus, SkillImportance, Theme, WorkMode } from '@knooppunt/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

@Entity({ name: 'internship_need' })
export class InternshipNeedEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('internship_need_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'field_of_study', type: 'text' })
  fieldOfStudy!: string;

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', array: true })
  levels!: EducationLevel[];

  /** yyyy-mm-dd */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** yyyy-mm-dd, after startDate */
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'hours_per_week', type: 'smallint' })
  hoursPerWeek!: number;

  @Column({ type: 'integer' })
  places!: number;

  @Column({ name: 'site_municipality_code', type: 'varchar', length: 6 })
  siteMunicipalityCode!: string;

  @Column({
    name: 'work_mode',
    type: 'enum',
    enum: WorkMode,
    enumName: 'work_mode',
    default: WorkMode.ON_SITE,
  })
  workMode!: WorkMode;

  /** numeric(8,2); pg returns it as a string. */
  @Column({ name: 'monthly_compensation', type: 'numeric', precision: 8, scale: 2, nullable: true })
  monthlyCompensation!: string | null;

  @Column({ type: 'enum', enum: Theme, enumName: 'theme', array: true, default: [] })
  themes!: Theme[];

  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status', default: NeedStatus.DRAFT })
  status!: NeedStatus;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

@Entity({ name: 'internship_need_skill' })
export class InternshipNeedSkillEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId!: string;

  @Column({ type: 'enum', enum: SkillImportance, enumName: 'skill_importance' })
  importance!: SkillImportance;
}
