import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EducationLevel, NeedStatus, SkillImportance, Theme, WorkMode } from '@knooppunt/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'DRAFT → OPEN → FILLED / CLOSED.',
});
registerEnumType(WorkMode, { name: 'WorkMode', description: 'On site or hybrid.' });
registerEnumType(SkillImportance, {
  name: 'SkillImportance',
  description: 'Must-have or nice-to-have.',
});

@ObjectType({ description: 'A skill an internship need asks for, and how much it counts.' })
export class NeedSkill {
  skillId!: string;

  @Field(() => SkillImportance, { description: 'Must-have or nice-to-have.' })
  importance!: SkillImportance;
}

@ObjectType({ description: "A company's request for interns." })
export class InternshipNeed {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  organisationId!: string;
  siteMunicipalityCode!: string;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What the interns will do.' })
  description!: string;

  @Field({ description: 'Field of study asked for, e.g. Logistiek.' })
  fieldOfStudy!: string;

  @Field(() => [EducationLevel], { description: 'Education levels that fit.' })
  levels!: EducationLevel[];

  @Field(() => GraphQLLocalDate, { description: 'First day (yyyy-mm-dd).' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day (yyyy-mm-dd).' })
  endDate!: string;

  @Field(() => Int, { description: 'Hours per week.' })
  hoursPerWeek!: number;

  @Field(() => Int, { description: 'How many interns.' })
  places!: number;

  @Field(() => WorkMode, { description: 'On site or hybrid.' })
  workMode!: WorkMode;

  @Field(() => Float, {
    nullable: true,
    description: 'Monthly compensation in euros; null when none is offered.',
  })
  monthlyCompensation!: number | null;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];

  @Field(() => NeedStatus, { description: 'Status.' })
  status!: NeedStatus;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of internship needs.' })
export class InternshipNeedList {
  @Field(() => [InternshipNeed], { description: 'The needs on this page.' })
  items!: InternshipNeed[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
