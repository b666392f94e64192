import type {
  BarrierCode,
  IntroductionAnswer,
  IntroductionStatus,
  MatchingPolicy,
  MatchingRoundStatus,
  MatchingSide,
  UnassignedReason,
} from '../generated/graphql';
import type { ComponentName } from './explanation';

// Records over the generated enums: a value the API adds fails the build until it has a text.
export const componentLabelKeys: Readonly<Record<ComponentName, string>> = {
  skills: 'matching.component.skills',
  level: 'matching.component.level',
  period: 'matching.component.period',
  reach: 'matching.component.reach',
  theme: 'matching.component.theme',
};

export const barrierLabelKeys: Readonly<Record<BarrierCode, string>> = {
  UNREACHABLE: 'matching.barrier.UNREACHABLE',
  REACH_UNKNOWN: 'matching.barrier.REACH_UNKNOWN',
  NO_COMPENSATION: 'matching.barrier.NO_COMPENSATION',
  PERIOD_GAP: 'matching.barrier.PERIOD_GAP',
  LANGUAGE: 'matching.barrier.LANGUAGE',
};

export const policyLabelKeys: Readonly<Record<MatchingPolicy, string>> = {
  OPTIMAL: 'rounds.policy.OPTIMAL',
  STABLE: 'rounds.policy.STABLE',
};

export const roundStatusLabelKeys: Readonly<Record<MatchingRoundStatus, string>> = {
  DRAFT: 'rounds.status.DRAFT',
  RUNNING: 'rounds.status.RUNNING',
  REVIEW: 'rounds.status.REVIEW',
  FAILED: 'rounds.status.FAILED',
  PUBLISHED: 'rounds.status.PUBLISHED',
  CANCELLED: 'rounds.status.CANCELLED',
};

export const roundStatusBadgeClass: Readonly<Record<MatchingRoundStatus, string>> = {
  DRAFT: 'badge--pending',
  RUNNING: 'badge--pending',
  REVIEW: 'badge--mail-logged',
  FAILED: 'badge--rejected',
  PUBLISHED: 'badge--active',
  CANCELLED: 'badge--rejected',
};

export const roundStatuses: readonly MatchingRoundStatus[] = [
  'DRAFT',
  'RUNNING',
  'REVIEW',
  'FAILED',
  'PUBLISHED',
  'CANCELLED',
];

export const sideLabelKeys: Readonly<Record<MatchingSide, string>> = {
  NEED: 'rounds.side.NEED',
  COHORT: 'rounds.side.COHORT',
};

export const unassignedReasonLabelKeys: Readonly<Record<UnassignedReason, string>> = {
  NO_ADMISSIBLE_PAIR: 'rounds.reason.NO_ADMISSIBLE_PAIR',
  OUTSIDE_CANDIDATES: 'rounds.reason.OUTSIDE_CANDIDATES',
  FORBIDDEN: 'rounds.reason.FORBIDDEN',
  PARTNERS_FULL: 'rounds.reason.PARTNERS_FULL',
  NO_GAIN: 'rounds.reason.NO_GAIN',
};

/** Stages of a run (MatchingRound.stage is a string; unknown ones show as "busy"). */
export const stageLabelKeys: Readonly<Record<string, string>> = {
  QUEUED: 'rounds.stage.QUEUED',
  LOADING: 'rounds.stage.LOADING',
  SCORING: 'rounds.stage.SCORING',
  SOLVING: 'rounds.stage.SOLVING',
  SAVING: 'rounds.stage.SAVING',
  DONE: 'rounds.stage.DONE',
};

export const introductionStatusLabelKeys: Readonly<Record<IntroductionStatus, string>> = {
  PROPOSED: 'introductions.status.PROPOSED',
  ACCEPTED: 'introductions.status.ACCEPTED',
  DECLINED: 'introductions.status.DECLINED',
};

export const introductionStatuses: readonly IntroductionStatus[] = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
];

export const answerLabelKeys: Readonly<Record<IntroductionAnswer, string>> = {
  PENDING: 'introductions.answer.PENDING',
  ACCEPTED: 'introductions.answer.ACCEPTED',
  DECLINED: 'introductions.answer.DECLINED',
};
