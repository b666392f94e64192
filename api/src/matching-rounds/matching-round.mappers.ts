import { DEFAULT_WEIGHTS } from '@knooppunt/matching';
import { toCohort } from '../marketplace/cohorts.resolver';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import { toInternshipNeed } from '../marketplace/internship-needs.resolver';
import { Cohort } from '../marketplace/models/cohort.models';
import { InternshipNeed } from '../marketplace/models/internship-need.models';
import { IntroductionEntity, PlacementEntity } from './entities/introduction.entity';
import {
  MatchingAssignmentEntity,
  MatchingRoundEntity,
  MatchingRuleEntity,
  MatchingSide,
  MatchingUnassignedEntity,
} from './entities/matching-round.entity';
import type { Listings } from './matching-round-review.service';
import { Introduction } from './models/introduction.models';
import {
  MatchingAssignment,
  MatchingPairRule,
  MatchingRound,
  MatchingUnassigned,
} from './models/matching-round.models';

export function toMatchingRound(entity: MatchingRoundEntity): MatchingRound {
  return {
    id: entity.id,
    name: entity.name,
    policy: entity.policy,
    weights: { ...DEFAULT_WEIGHTS, ...entity.weights },
    needFilter: entity.needFilter,
    cohortFilter: entity.cohortFilter,
    status: entity.status,
    stage: entity.stage,
    progress: entity.progress,
    error: entity.error,
    runCount: entity.runCount,
    stale: entity.stale,
    needCount: entity.needCount,
    cohortCount: entity.cohortCount,
    pairCount: entity.pairCount,
    assignedCount: entity.assignedCount,
    totalScore: entity.totalScore,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    startedAt: entity.startedAt,
    finishedAt: entity.finishedAt,
    publishedAt: entity.publishedAt,
  };
}

function needOf(listings: Listings, id: string): InternshipNeed {
  const need: InternshipNeedEntity | undefined = listings.needs.get(id);
  if (!need) throw new Error(`Internship need ${id} vanished`);
  return toInternshipNeed(need);
}

function cohortOf(listings: Listings, id: string): Cohort {
  const cohort: CohortEntity | undefined = listings.cohorts.get(id);
  if (!cohort) throw new Error(`Cohort ${id} vanished`);
  return toCohort(cohort);
}

export function toPairRule(entity: MatchingRuleEntity, listings: Listings): MatchingPairRule {
  return {
    kind: entity.kind,
    count: entity.count,
    need: needOf(listings, entity.needId),
    cohort: cohortOf(listings, entity.cohortId),
  };
}

export function toAssignment(
  entity: MatchingAssignmentEntity,
  listings: Listings,
): MatchingAssignment {
  return {
    companyOrganisationId: entity.companyOrganisationId,
    schoolOrganisationId: entity.schoolOrganisationId,
    need: needOf(listings, entity.needId),
    cohort: cohortOf(listings, entity.cohortId),
    count: entity.count,
    pinnedCount: entity.pinnedCount,
    score: entity.score,
    explanation: entity.explanation,
  };
}

export function toUnassigned(
  entity: MatchingUnassignedEntity,
  listings: Listings,
): MatchingUnassigned {
  const isNeed = entity.side === MatchingSide.NEED;
  return {
    organisationId: entity.organisationId,
    side: entity.side,
    need: isNeed ? needOf(listings, entity.listingId) : null,
    cohort: isNeed ? null : cohortOf(listings, entity.listingId),
    count: entity.count,
    reason: entity.reason,
  };
}

export function toIntroduction(
  entity: IntroductionEntity,
  listings: Listings,
  placement: PlacementEntity | undefined,
): Introduction {
  return {
    companyOrganisationId: entity.companyOrganisationId,
    schoolOrganisationId: entity.schoolOrganisationId,
    id: entity.id,
    roundId: entity.roundId,
    status: entity.status,
    count: entity.count,
    score: entity.score,
    explanation: entity.explanation,
    need: needOf(listings, entity.needId),
    cohort: cohortOf(listings, entity.cohortId),
    companyAnswer: entity.companyAnswer,
    companyMessage: entity.companyMessage,
    companyAnsweredAt: entity.companyAnsweredAt,
    schoolAnswer: entity.schoolAnswer,
    schoolMessage: entity.schoolMessage,
    schoolAnsweredAt: entity.schoolAnsweredAt,
    placement: placement
      ? { id: placement.id, count: placement.count, createdAt: placement.createdAt }
      : null,
    createdAt: entity.createdAt,
  };
}
