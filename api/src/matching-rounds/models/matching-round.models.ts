import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Cohort } from '../../marketplace/models/cohort.models';
import { InternshipNeed } from '../../marketplace/models/internship-need.models';
import {
  MatchingPolicy,
  MatchingRoundStatus,
  MatchingRuleKind,
  MatchingSide,
  UnassignedReason,
} from '../entities/matching-round.entity';

@ObjectType({ description: 'The weights of the score components a round uses.' })
export class MatchingWeights {
  @Field(() => Float, { description: 'Skills.' })
  skills!: number;
  @Field(() => Float, { description: 'Education level.' })
  level!: number;
  @Field(() => Float, { description: 'Period overlap.' })
  period!: number;
  @Field(() => Float, { description: 'Reach by public transport.' })
  reach!: number;
  @Field(() => Float, { description: 'Ecosystem and themes.' })
  theme!: number;
}

@ObjectType({
  description:
    "A coordinator's matching round: which needs and cohorts, the policy and weights, its run and draft.",
})
export class MatchingRound {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => MatchingPolicy, { description: 'OPTIMAL or STABLE.' })
  policy!: MatchingPolicy;

  @Field(() => MatchingWeights, { description: 'Weights of the score components.' })
  weights!: MatchingWeights;

  @Field(() => GraphQLJSON, { description: 'The filter choosing the open internship needs.' })
  needFilter!: Record<string, unknown>;

  @Field(() => GraphQLJSON, { description: 'The filter choosing the open cohorts.' })
  cohortFilter!: Record<string, unknown>;

  @Field(() => MatchingRoundStatus, { description: 'Where the round is in its lifecycle.' })
  status!: MatchingRoundStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Stage of a run: QUEUED, LOADING, SCORING, SOLVING, SAVING, DONE.',
  })
  stage!: string | null;

  @Field(() => Int, { description: 'Progress of the run, 0–100.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Why the last run failed.' })
  error!: string | null;

  @Field(() => Int, { description: 'How many times the round was run.' })
  runCount!: number;

  @Field({
    description: 'Settings, pins or forbids changed since the last run: re-run before publishing.',
  })
  stale!: boolean;

  @Field(() => Int, { nullable: true, description: 'Needs with places left in the last run.' })
  needCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Cohorts with students left in the last run.' })
  cohortCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Admissible candidate pairs of the last run.' })
  pairCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Students assigned by the last run.' })
  assignedCount!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Σ score × count of the draft, pinned students included.',
  })
  totalScore!: number | null;

  @Field({ description: 'Created.' })
  createdAt!: Date;

  @Field({ description: 'Last changed.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the last run was queued.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last run ended.' })
  finishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the round was published.' })
  publishedAt!: Date | null;
}

@ObjectType({ description: 'A page of matching rounds.' })
export class MatchingRoundList {
  @Field(() => [MatchingRound], { description: 'The rounds, newest first.' })
  items!: MatchingRound[];
  @Field(() => Int, { description: 'All rounds matching the filter.' })
  totalCount!: number;
}

@ObjectType({ description: 'A pin or forbid of a pair in a round.' })
export class MatchingPairRule {
  @Field(() => MatchingRuleKind, { description: 'PIN or FORBID.' })
  kind!: MatchingRuleKind;
  @Field(() => Int, { nullable: true, description: 'For a pin: students at least.' })
  count!: number | null;
  @Field(() => InternshipNeed, { description: 'The internship need.' })
  need!: InternshipNeed;
  @Field(() => Cohort, { description: 'The cohort.' })
  cohort!: Cohort;
}

@ObjectType({ description: 'A draft assignment: students of a cohort for an internship need.' })
export class MatchingAssignment {
  companyOrganisationId!: string;
  schoolOrganisationId!: string;

  @Field(() => InternshipNeed, { description: 'The internship need.' })
  need!: InternshipNeed;
  @Field(() => Cohort, { description: 'The cohort.' })
  cohort!: Cohort;
  @Field(() => Int, { description: 'Students assigned.' })
  count!: number;
  @Field(() => Int, { description: 'Of which forced by a pin.' })
  pinnedCount!: number;
  @Field(() => Float, { description: 'Score of the pair in [0, 1].' })
  score!: number;
  @Field(() => GraphQLJSON, {
    description: 'Why this match: components, weights, matched and missing skills, barriers.',
  })
  explanation!: Record<string, unknown>;
}

@ObjectType({ description: 'A page of draft assignments.' })
export class MatchingAssignmentList {
  @Field(() => [MatchingAssignment], { description: 'Assignments, best score first.' })
  items!: MatchingAssignment[];
  @Field(() => Int, { description: 'All assignments matching the filter.' })
  totalCount!: number;
}

@ObjectType({ description: 'Places of a need or students of a cohort left unassigned, and why.' })
export class MatchingUnassigned {
  organisationId!: string;

  @Field(() => MatchingSide, { description: 'A need or a cohort.' })
  side!: MatchingSide;
  @Field(() => InternshipNeed, { nullable: true, description: 'The need (side NEED).' })
  need!: InternshipNeed | null;
  @Field(() => Cohort, { nullable: true, description: 'The cohort (side COHORT).' })
  cohort!: Cohort | null;
  @Field(() => Int, { description: 'Places or students left unassigned.' })
  count!: number;
  @Field(() => UnassignedReason, { description: 'Why.' })
  reason!: UnassignedReason;
}

@ObjectType({ description: 'A page of unassigned needs and cohorts.' })
export class MatchingUnassignedList {
  @Field(() => [MatchingUnassigned], { description: 'Needs first, then cohorts.' })
  items!: MatchingUnassigned[];
  @Field(() => Int, { description: 'All matching the filter.' })
  totalCount!: number;
}

@ObjectType({ description: "One organisation's part in a round's draft." })
export class MatchingRoundOrganisation {
  organisationId!: string;

  @Field(() => MatchingSide, { description: 'NEED for a company, COHORT for a school.' })
  side!: MatchingSide;
  @Field(() => Int, { description: 'Its pairs in the draft.' })
  pairs!: number;
  @Field(() => Int, { description: 'Students assigned to or from it.' })
  assigned!: number;
  @Field(() => Int, { description: 'Its places or students left unassigned.' })
  unassigned!: number;
}
