import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

/** PROPOSED until both sides accept (ACCEPTED, a placement) or either declines (DECLINED). */
export enum IntroductionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** One side's answer. */
export enum IntroductionAnswer {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** A published round's proposal: `count` students of a cohort for an internship need. */
@Entity({ name: 'introduction' })
export class IntroductionEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ name: 'company_organisation_id', type: 'uuid' })
  companyOrganisationId!: string;

  @Column({ name: 'school_organisation_id', type: 'uuid' })
  schoolOrganisationId!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb', default: {} })
  explanation!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: IntroductionStatus,
    enumName: 'introduction_status',
    default: IntroductionStatus.PROPOSED,
  })
  status!: IntroductionStatus;

  @Column({
    name: 'company_answer',
    type: 'enum',
    enum: IntroductionAnswer,
    enumName: 'introduction_answer',
    default: IntroductionAnswer.PENDING,
  })
  companyAnswer!: IntroductionAnswer;

  @Column({ name: 'company_message', type: 'text', nullable: true })
  companyMessage!: string | null;

  @Column({ name: 'company_answered_by_id', type: 'uuid', nullable: true })
  companyAnsweredById!: string | null;

  @Column({ name: 'company_answered_at', type: 'timestamptz', nullable: true })
  companyAnsweredAt!: Date | null;

  @Column({
    name: 'school_answer',
    type: 'enum',
    enum: IntroductionAnswer,
    enumName: 'introduction_answer',
    default: IntroductionAnswer.PENDING,
  })
  schoolAnswer!: IntroductionAnswer;

  @Column({ name: 'school_message', type: 'text', nullable: true })
  schoolMessage!: string | null;

  @Column({ name: 'school_answered_by_id', type: 'uuid', nullable: true })
  schoolAnsweredById!: string | null;

  @Column({ name: 'school_answered_at', type: 'timestamptz', nullable: true })
  schoolAnsweredAt!: Date | null;
}

/** An accepted introduction: `count` places of the need taken by students of the cohort. */
@Entity({ name: 'placement' })
export class PlacementEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'introduction_id', type: 'uuid' })
  introductionId!: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'integer' })
  count!: number;
}
