import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EducationLevel, NeedStatus } from '@knooppunt/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType({
  description: "A school's group of students of one programme who need internships in a period.",
})
export class Cohort {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  organisationId!: string;
  municipalityCode!: string;

  @Field({ description: 'Name of the programme.' })
  programmeName!: string;

  @Field({ description: 'CREBO (MBO) or CROHO (HBO/WO) code.' })
  programmeCode!: string;

  @Field({ description: 'What the students can do and look for.' })
  description!: string;

  @Field(() => EducationLevel, { description: 'Education level.' })
  level!: EducationLevel;

  @Field(() => Int, { description: 'How many students seek an internship.' })
  students!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day of the internship period.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the internship period.' })
  endDate!: string;

  @Field(() => Int, { description: 'Longest one-way travel time the students accept, in minutes.' })
  maxTravelMinutes!: number;

  @Field(() => NeedStatus, { description: 'DRAFT → OPEN → FILLED (all placed) / CLOSED.' })
  status!: NeedStatus;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of cohorts.' })
export class CohortList {
  @Field(() => [Cohort], { description: 'The cohorts on this page.' })
  items!: Cohort[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
