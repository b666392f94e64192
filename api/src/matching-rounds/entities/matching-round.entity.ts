import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../core/database/base.entity';

export enum MatchingPolicy {
  OPTIMAL = 'OPTIMAL',
  STABLE = 'STABLE',
}

/** DRAFT → RUNNING → REVIEW → PUBLISHED; a run may end FAILED; anything unpublished may be CANCELLED. */
export enum MatchingRoundStatus {
  DRAFT = 'DRAFT',
  RUNNING = 'RUNNING',
  REVIEW = 'REVIEW',
  PUBLISHED = 'PUBLISHED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export enum MatchingRuleKind {
  PIN = 'PIN',
  FORBID = 'FORBID',
}

export enum MatchingSide {
  NEED = 'NEED',
  COHORT = 'COHORT',
}

/** Why (part of) a need's places or a cohort's students stayed unassigned. */
export enum UnassignedReason {
  /** No partner in the round is admissible (level family, no period overlap). */
  NO_ADMISSIBLE_PAIR = 'NO_ADMISSIBLE_PAIR',
  /** Admissible needs exist, but the cohort is in no need's candidate list (the cap per need). */
  OUTSIDE_CANDIDATES = 'OUTSIDE_CANDIDATES',
  /** Every admissible pair of it was forbidden by the coordinator. */
  FORBIDDEN = 'FORBIDDEN',
  /** Its partners' capacity went to pairs the policy preferred. */
  PARTNERS_FULL = 'PARTNERS_FULL',
  /** Partners have room, but the policy gains nothing from the pair (a score of 0). */
  NO_GAIN = 'NO_GAIN',
}

export interface StoredWeights {
  skills: number;
  level: number;
  period: number;
  reach: number;
  theme: number;
}

@Entity({ name: 'matching_round' })
export class MatchingRoundEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: MatchingPolicy, enumName: 'matching_policy' })
  policy!: MatchingPolicy;

  @Column({ type: 'jsonb' })
  weights!: StoredWeights;

  @Column({ name: 'need_filter', type: 'jsonb', default: {} })
  needFilter!: Record<string, unknown>;

  @Column({ name: 'cohort_filter', type: 'jsonb', default: {} })
  cohortFilter!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: MatchingRoundStatus,
    enumName: 'matching_round_status',
    default: MatchingRoundStatus.DRAFT,
  })
  status!: MatchingRoundStatus;

  @Column({ type: 'text', nullable: true })
  stage!: string | null;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'run_count', type: 'integer', default: 0 })
  runCount!: number;

  /** Settings, pins or forbids changed since the last run: re-run before publishing. */
  @Column({ type: 'boolean', default: false })
  stale!: boolean;

  @Column({ name: 'need_count', type: 'integer', nullable: true })
  needCount!: number | null;

  @Column({ name: 'cohort_count', type: 'integer', nullable: true })
  cohortCount!: number | null;

  @Column({ name: 'pair_count', type: 'integer', nullable: true })
  pairCount!: number | null;

  @Column({ name: 'assigned_count', type: 'integer', nullable: true })
  assignedCount!: number | null;

  @Column({ name: 'total_score', type: 'double precision', nullable: true })
  totalScore!: number | null;

  /** The last run's round document (input, result and extras); read only for the export. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  document!: Record<string, unknown> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'run_by_id', type: 'uuid', nullable: true })
  runById!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

@Entity({ name: 'matching_round_rule' })
export class MatchingRuleEntity extends TimestampedEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'enum', enum: MatchingRuleKind, enumName: 'matching_rule_kind' })
  kind!: MatchingRuleKind;

  @Column({ type: 'integer', nullable: true })
  count!: number | null;
}

@Entity({ name: 'matching_assignment' })
export class MatchingAssignmentEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId!: string;

  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ name: 'company_organisation_id', type: 'uuid' })
  companyOrganisationId!: string;

  @Column({ name: 'school_organisation_id', type: 'uuid' })
  schoolOrganisationId!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ name: 'pinned_count', type: 'integer', default: 0 })
  pinnedCount!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb', default: {} })
  explanation!: Record<string, unknown>;
}

@Entity({ name: 'matching_unassigned' })
export class MatchingUnassignedEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ type: 'enum', enum: MatchingSide, enumName: 'matching_side' })
  side!: MatchingSide;

  @PrimaryColumn({ name: 'listing_id', type: 'uuid' })
  listingId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'enum', enum: UnassignedReason, enumName: 'matching_unassigned_reason' })
  reason!: UnassignedReason;
}
