import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';

export const DEFAULT_RECOMMENDATIONS = 10;
export const MAX_RECOMMENDATIONS = 50;

@ArgsType()
abstract class TakeArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_RECOMMENDATIONS,
    description: `How many, best first (1–${MAX_RECOMMENDATIONS}).`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_RECOMMENDATIONS)
  take = DEFAULT_RECOMMENDATIONS;
}

@ArgsType()
export class RecommendedCohortsArgs extends TakeArgs {
  @Field(() => ID, { description: 'The internship need.' })
  @IsString()
  needId!: string;
}

@ArgsType()
export class RecommendedNeedsArgs extends TakeArgs {
  @Field(() => ID, { description: 'The cohort.' })
  @IsString()
  cohortId!: string;
}

@ArgsType()
export class RecommendedForMinorArgs extends TakeArgs {
  @Field(() => ID, { description: 'The minor.' })
  @IsString()
  minorId!: string;
}

@ArgsType()
export class RecommendedMinorsArgs extends TakeArgs {
  @Field(() => ID, { description: 'The challenge.' })
  @IsString()
  challengeId!: string;
}
