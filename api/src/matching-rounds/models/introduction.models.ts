import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Cohort } from '../../marketplace/models/cohort.models';
import { InternshipNeed } from '../../marketplace/models/internship-need.models';
import { IntroductionAnswer, IntroductionStatus } from '../entities/introduction.entity';

@ObjectType({ description: 'An accepted introduction: places of a need taken by a cohort.' })
export class Placement {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => Int, { description: 'Students placed.' })
  count!: number;
  @Field({ description: 'When both sides had accepted.' })
  createdAt!: Date;
}

@ObjectType({
  description:
    'A published round introduces a cohort to an internship need; both organisations accept or decline.',
})
export class Introduction {
  companyOrganisationId!: string;
  schoolOrganisationId!: string;

  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
  @Field(() => ID, { description: 'The matching round that proposed it.' })
  roundId!: string;
  @Field(() => IntroductionStatus, { description: 'PROPOSED, ACCEPTED or DECLINED.' })
  status!: IntroductionStatus;
  @Field(() => Int, { description: 'Students proposed.' })
  count!: number;
  @Field(() => Float, { description: 'Score of the pair in [0, 1].' })
  score!: number;
  @Field(() => GraphQLJSON, { description: 'Why this match.' })
  explanation!: Record<string, unknown>;
  @Field(() => InternshipNeed, { description: 'The internship need.' })
  need!: InternshipNeed;
  @Field(() => Cohort, { description: 'The cohort.' })
  cohort!: Cohort;
  @Field(() => IntroductionAnswer, { description: "The company's answer." })
  companyAnswer!: IntroductionAnswer;
  @Field(() => String, { nullable: true, description: "The company's message." })
  companyMessage!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the company answered.' })
  companyAnsweredAt!: Date | null;
  @Field(() => IntroductionAnswer, { description: "The school's answer." })
  schoolAnswer!: IntroductionAnswer;
  @Field(() => String, { nullable: true, description: "The school's message." })
  schoolMessage!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the school answered.' })
  schoolAnsweredAt!: Date | null;
  @Field(() => Placement, { nullable: true, description: 'The placement, once both accepted.' })
  placement!: Placement | null;
  @Field({ description: 'Created (when the round was published).' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of introductions.' })
export class IntroductionList {
  @Field(() => [Introduction], { description: 'Introductions, newest first.' })
  items!: Introduction[];
  @Field(() => Int, { description: 'All matching the filter.' })
  totalCount!: number;
}
