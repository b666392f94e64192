import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EducationLevel, MinorKind, NeedStatus, PartnerRole, Theme } from '@knooppunt/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

registerEnumType(MinorKind, {
  name: 'MinorKind',
  description: 'A minor, a retraining programme or a masterclass.',
});
registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: 'Guest lecture, case, company visit or internship places.',
});

@ObjectType({ description: 'How many company partners a minor wants in one role, and has.' })
export class PartnerSlot {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  minorId!: string;

  @Field(() => PartnerRole, { description: 'The role.' })
  role!: PartnerRole;

  @Field(() => Int, { description: 'Partners wanted.' })
  wanted!: number;

  @Field(() => Int, { description: 'Accepted partners (never more than wanted).' })
  filled!: number;

  @Field(() => Int, { description: 'Still open.' })
  open!: number;
}

@ObjectType({ description: "A school's minor, retraining programme or masterclass." })
export class Minor {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  organisationId!: string;
  municipalityCode!: string;

  @Field(() => MinorKind, { description: 'Minor, retraining or masterclass.' })
  kind!: MinorKind;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'What students learn and do.' })
  description!: string;

  @Field(() => EducationLevel, { description: 'Education level.' })
  level!: EducationLevel;

  @Field(() => Int, { description: 'European credits.' })
  credits!: number;

  @Field(() => Int, { description: 'How many students can take part.' })
  capacity!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  endDate!: string;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];

  @Field(() => NeedStatus, { description: 'DRAFT → OPEN → FILLED / CLOSED.' })
  status!: NeedStatus;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of minors.' })
export class MinorList {
  @Field(() => [Minor], { description: 'The minors on this page.' })
  items!: Minor[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
