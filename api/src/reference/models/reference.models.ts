import { Field, ID, Int, ObjectType, Float, registerEnumType } from '@nestjs/graphql';
import {
  Ecosystem,
  EducationLevel,
  EducationLevelFamily,
  SkillCategory,
  TransitMode,
} from '@knooppunt/domain';

registerEnumType(TransitMode, { name: 'TransitMode', description: 'A public-transport mode.' });
registerEnumType(SkillCategory, {
  name: 'SkillCategory',
  description: 'Category of a skill in the taxonomy.',
});
registerEnumType(Ecosystem, {
  name: 'Ecosystem',
  description: 'An economic ecosystem of the region.',
});
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'A Dutch education level.',
});
registerEnumType(EducationLevelFamily, {
  name: 'EducationLevelFamily',
  description: 'MBO, HBO (including Associate degree) or WO.',
});

@ObjectType({ description: 'One of the six Amstelland-Meerlanden municipalities.' })
export class Municipality {
  @Field({ description: 'CBS code, e.g. GM0358.' })
  code!: string;

  @Field({ description: 'Name of the municipality.' })
  name!: string;

  @Field(() => Float, { description: 'Latitude of the centre (WGS84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the centre (WGS84).' })
  longitude!: number;

  @Field(() => [TransitMode], {
    description: 'Public-transport modes with a stop in the municipality.',
  })
  transitModes!: TransitMode[];

  @Field(() => [String], { description: 'Rail, metro and tram stations, e.g. Hoofddorp.' })
  stations!: string[];
}

@ObjectType({ description: 'An entry of the skills taxonomy.' })
export class Skill {
  @Field(() => ID, { description: 'Identifier of the skill.' })
  id!: string;

  @Field({ description: 'Stable slug, e.g. data-analysis.' })
  code!: string;

  @Field({ description: 'Dutch label.' })
  labelNl!: string;

  @Field({ description: 'English label.' })
  labelEn!: string;

  @Field(() => SkillCategory, { description: 'Category of the skill.' })
  category!: SkillCategory;

  @Field(() => [Ecosystem], { description: 'Ecosystems in which the skill is asked for.' })
  ecosystems!: Ecosystem[];
}

@ObjectType({ description: 'A page of skills with the total number that match.' })
export class SkillList {
  @Field(() => [Skill], { description: 'The skills on this page.' })
  items!: Skill[];

  @Field(() => Int, { description: 'How many skills match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'How many skills the taxonomy holds in a category.' })
export class SkillCategorySummary {
  @Field(() => SkillCategory, { description: 'The category.' })
  category!: SkillCategory;

  @Field(() => Int, { description: 'Number of skills in the category.' })
  skillCount!: number;
}

@ObjectType({ description: 'An economic ecosystem with its names.' })
export class EcosystemReference {
  @Field(() => Ecosystem, { description: 'Code of the ecosystem.' })
  code!: Ecosystem;

  @Field({ description: 'Dutch name.' })
  nameNl!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}

@ObjectType({ description: 'A Dutch education level with its place on the ladder.' })
export class EducationLevelReference {
  @Field(() => EducationLevel, { description: 'Code of the level.' })
  code!: EducationLevel;

  @Field(() => EducationLevelFamily, { description: 'MBO, HBO or WO.' })
  family!: EducationLevelFamily;

  @Field(() => Int, { description: 'Position on the ladder, 0 = MBO level 1.' })
  rank!: number;

  @Field({ description: 'Dutch name.' })
  nameNl!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}
