import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedStatus, Theme } from '@knooppunt/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType({ description: "A company's or government body's real question for students." })
export class Challenge {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  organisationId!: string;
  municipalityCode!: string;

  @Field({ description: 'Title: the question in one line.' })
  title!: string;

  @Field({ description: 'The question, its context and what a good result is.' })
  description!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  endDate!: string;

  @Field(() => Int, { description: 'Smallest team.' })
  teamSizeMin!: number;

  @Field(() => Int, { description: 'Largest team.' })
  teamSizeMax!: number;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];

  @Field(() => NeedStatus, { description: 'DRAFT → OPEN → FILLED (taken on) / CLOSED.' })
  status!: NeedStatus;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of challenges.' })
export class ChallengeList {
  @Field(() => [Challenge], { description: 'The challenges on this page.' })
  items!: Challenge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
