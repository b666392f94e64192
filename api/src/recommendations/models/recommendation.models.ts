import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SkillImportance } from '@knooppunt/domain';
import { Challenge } from '../../marketplace/models/challenge.models';
import { Cohort } from '../../marketplace/models/cohort.models';
import { InternshipNeed } from '../../marketplace/models/internship-need.models';
import { Minor } from '../../marketplace/models/minor.models';
import { Organisation } from '../../organisations/models/organisation.models';

/** The barriers of the matching engine (libs/matching `Barrier['code']`). */
export enum BarrierCode {
  UNREACHABLE = 'UNREACHABLE',
  REACH_UNKNOWN = 'REACH_UNKNOWN',
  NO_COMPENSATION = 'NO_COMPENSATION',
  PERIOD_GAP = 'PERIOD_GAP',
  LANGUAGE = 'LANGUAGE',
}

registerEnumType(BarrierCode, {
  name: 'BarrierCode',
  description: 'Why a match comes with reservations; the match still counts.',
  valuesMap: {
    UNREACHABLE: { description: "Public transport takes longer than the students' travel limit." },
    REACH_UNKNOWN: { description: 'A municipality is not in the travel table.' },
    NO_COMPENSATION: { description: 'The internship offers no compensation.' },
    PERIOD_GAP: { description: 'The periods overlap only partly.' },
    LANGUAGE: { description: 'A language the work needs is not spoken.' },
  },
});

@ObjectType({ description: 'The five components of a score, each in [0, 1].' })
export class MatchComponents {
  @Field(() => Float, { nullable: true, description: 'Required skills brought; null: n/a.' })
  skills!: number | null;

  @Field(() => Float, { nullable: true, description: 'Education level fit; null: n/a.' })
  level!: number | null;

  @Field(() => Float, { nullable: true, description: 'Period overlap; null: n/a.' })
  period!: number | null;

  @Field(() => Float, { nullable: true, description: 'Reach by public transport; null: n/a.' })
  reach!: number | null;

  @Field(() => Float, { nullable: true, description: 'Shared ecosystem and themes; null: n/a.' })
  theme!: number | null;
}

@ObjectType({
  description: 'The weights used, normalised over the components that apply (0 for the others).',
})
export class MatchWeights {
  @Field(() => Float, { description: 'Weight of skills.' })
  skills!: number;

  @Field(() => Float, { description: 'Weight of level.' })
  level!: number;

  @Field(() => Float, { description: 'Weight of period.' })
  period!: number;

  @Field(() => Float, { description: 'Weight of reach.' })
  reach!: number;

  @Field(() => Float, { description: 'Weight of theme.' })
  theme!: number;
}

@ObjectType({ description: 'A skill the asking side wants, in an explanation.' })
export class MatchSkill {
  skillId!: string;

  @Field(() => SkillImportance, {
    nullable: true,
    description:
      'Must-have or nice-to-have; null when the listing does not rank its skills (challenges).',
  })
  importance!: SkillImportance | null;
}

@ObjectType({ description: 'A reservation about a match: listed, not hidden.' })
export class Barrier {
  @Field(() => BarrierCode, { description: 'What kind of barrier.' })
  code!: BarrierCode;

  @Field(() => Int, { nullable: true, description: 'UNREACHABLE: minutes by public transport.' })
  travelMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "UNREACHABLE: the students' travel limit." })
  maxTravelMinutes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'REACH_UNKNOWN: the municipality (CBS code) without travel data.',
  })
  municipalityCode!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "PERIOD_GAP: days of the asker's period not covered.",
  })
  uncoveredDemandDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PERIOD_GAP: days of the other period not covered.',
  })
  uncoveredSupplyDays!: number | null;

  @Field(() => [String], { nullable: true, description: 'LANGUAGE: the languages missing.' })
  missingLanguages!: string[] | null;
}

@ObjectType({
  description: 'Why two listings match: components, skills, barriers (product.md §5).',
})
export class MatchExplanation {
  @Field(() => MatchComponents, { description: 'Each component in [0, 1], or null.' })
  components!: MatchComponents;

  @Field(() => MatchWeights, { description: 'The weights used.' })
  weights!: MatchWeights;

  @Field(() => [MatchSkill], { description: 'Required skills the other side has.' })
  matchedSkills!: MatchSkill[];

  @Field(() => [MatchSkill], {
    description:
      'Required skills missing, with another skill of the same category (partial credit).',
  })
  partialSkills!: MatchSkill[];

  @Field(() => [MatchSkill], { description: 'Required skills missing without any credit.' })
  missingSkills!: MatchSkill[];

  @Field(() => [Barrier], { description: 'Reservations; the match still counts.' })
  barriers!: Barrier[];

  @Field(() => Int, { nullable: true, description: 'Minutes by public transport (an estimate).' })
  travelMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes by bike (shown, not scored).' })
  bikeMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Days the two periods share.' })
  overlapDays!: number | null;
}

@ObjectType({ isAbstract: true })
abstract class Match {
  @Field(() => Float, { description: 'Score in [0, 1]: the weighted components, 4 decimals.' })
  score!: number;

  @Field(() => MatchExplanation, { description: 'Why it matches.' })
  explanation!: MatchExplanation;
}

@ObjectType({ description: 'A cohort recommended for an internship need.' })
export class CohortMatch extends Match {
  @Field(() => Cohort, { description: 'The cohort.' })
  cohort!: Cohort;
}

@ObjectType({ description: 'An internship need recommended for a cohort.' })
export class InternshipNeedMatch extends Match {
  @Field(() => InternshipNeed, { description: 'The internship need.' })
  internshipNeed!: InternshipNeed;
}

@ObjectType({ description: 'A company recommended as a partner of a minor.' })
export class OrganisationMatch extends Match {
  @Field(() => Organisation, { description: 'The company.' })
  organisation!: Organisation;
}

@ObjectType({ description: 'A challenge recommended for a minor.' })
export class ChallengeMatch extends Match {
  @Field(() => Challenge, { description: 'The challenge.' })
  challenge!: Challenge;
}

@ObjectType({ description: 'A minor recommended for a challenge.' })
export class MinorMatch extends Match {
  @Field(() => Minor, { description: 'The minor.' })
  minor!: Minor;
}
