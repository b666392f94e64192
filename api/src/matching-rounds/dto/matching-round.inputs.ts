import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/pagination';
import { CohortFilter } from '../../marketplace/dto/cohort.inputs';
import { InternshipNeedFilter } from '../../marketplace/dto/internship-need.inputs';
import {
  MatchingPolicy,
  MatchingRoundStatus,
  MatchingRuleKind,
  MatchingSide,
  UnassignedReason,
} from '../entities/matching-round.entity';

registerEnumType(MatchingPolicy, {
  name: 'MatchingPolicy',
  description: 'OPTIMAL maximises the total score; STABLE leaves no blocking pair.',
});
registerEnumType(MatchingRoundStatus, {
  name: 'MatchingRoundStatus',
  description: 'DRAFT → RUNNING → REVIEW → PUBLISHED, or FAILED / CANCELLED.',
});
registerEnumType(MatchingRuleKind, {
  name: 'MatchingRuleKind',
  description: 'PIN forces a pair to at least a count; FORBID excludes it.',
});
registerEnumType(MatchingSide, {
  name: 'MatchingSide',
  description: 'NEED: an internship need (places); COHORT: a cohort (students).',
});
registerEnumType(UnassignedReason, {
  name: 'UnassignedReason',
  description: 'Why places or students stayed unassigned in a round.',
});

/** A weight per score component, each in [0, 1]; the scorer normalises them to sum 1. */
@InputType({ description: 'Weights of the score components (each 0–1; defaults from the engine).' })
export class MatchingWeightsInput {
  @Field(() => Float, { nullable: true, description: 'Skills (default 0.40).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  skills?: number;

  @Field(() => Float, { nullable: true, description: 'Education level (default 0.15).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  level?: number;

  @Field(() => Float, { nullable: true, description: 'Period overlap (default 0.15).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  period?: number;

  @Field(() => Float, { nullable: true, description: 'Reach by public transport (default 0.15).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  reach?: number;

  @Field(() => Float, { nullable: true, description: 'Ecosystem and themes (default 0.15).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  theme?: number;
}

@InputType({ isAbstract: true })
abstract class MatchingRoundFields {
  @Field(() => MatchingWeightsInput, {
    nullable: true,
    description: 'Weights; omitted components keep their default.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsInput)
  weights?: MatchingWeightsInput;

  @Field(() => InternshipNeedFilter, {
    nullable: true,
    description: 'Which open needs take part, resolved when the round runs (status: OPEN only).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InternshipNeedFilter)
  needFilter?: InternshipNeedFilter;

  @Field(() => CohortFilter, {
    nullable: true,
    description: 'Which open cohorts take part, resolved when the round runs (status: OPEN only).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  cohortFilter?: CohortFilter;
}

@InputType({ description: 'A new matching round; it starts as a draft.' })
export class CreateMatchingRoundInput extends MatchingRoundFields {
  @Field({ description: 'Name, e.g. "Stages voorjaar 2027".' })
  @IsString()
  @Length(3, 200)
  name!: string;

  @Field(() => MatchingPolicy, { description: 'OPTIMAL or STABLE.' })
  @IsEnum(MatchingPolicy)
  policy!: MatchingPolicy;
}

@InputType({ description: 'Changes to an unpublished round; only the given fields change.' })
export class UpdateMatchingRoundInput extends MatchingRoundFields {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  name?: string;

  @Field(() => MatchingPolicy, { nullable: true, description: 'OPTIMAL or STABLE.' })
  @IsOptional()
  @IsEnum(MatchingPolicy)
  policy?: MatchingPolicy;
}

@InputType({ description: 'A pair of a round: an internship need and a cohort.' })
export class MatchingPairInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all', { message: 'roundId must be a UUID' })
  roundId!: string;

  @Field(() => ID, { description: 'The internship need.' })
  @IsUUID('all', { message: 'needId must be a UUID' })
  needId!: string;

  @Field(() => ID, { description: 'The cohort.' })
  @IsUUID('all', { message: 'cohortId must be a UUID' })
  cohortId!: string;
}

@InputType({ description: 'Forces a pair to at least `count` students in the next run.' })
export class PinMatchingPairInput extends MatchingPairInput {
  @Field(() => Int, { description: 'Students at least (1 or more).' })
  @IsInt()
  @Min(1)
  @Max(2000)
  count!: number;
}

@ArgsType()
export class MatchingRoundsArgs extends PageArgs {
  @Field(() => MatchingRoundStatus, { nullable: true, description: 'Only rounds in this status.' })
  @IsOptional()
  @IsEnum(MatchingRoundStatus)
  status?: MatchingRoundStatus;
}

@ArgsType()
export class MatchingAssignmentsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only pairs in which this organisation (company or school) takes part.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;
}

@ArgsType()
export class MatchingUnassignedArgs extends MatchingAssignmentsArgs {
  @Field(() => MatchingSide, { nullable: true, description: 'Only needs or only cohorts.' })
  @IsOptional()
  @IsEnum(MatchingSide)
  side?: MatchingSide;
}
