import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Ecosystem, EducationLevel, SkillImportance, Theme, WorkMode } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../core/pagination';
import { ListingFilter } from './listing.inputs';

const CBS = /^GM[0-9]{4}$/;

@InputType({ description: 'A skill asked for.' })
export class NeedSkillInput {
  @Field(() => ID, { description: 'A skill of the taxonomy.' })
  @IsUUID('all', { message: 'skillId must be a UUID' })
  skillId!: string;

  @Field(() => SkillImportance, { description: 'Must-have or nice-to-have.' })
  @IsEnum(SkillImportance)
  importance!: SkillImportance;
}

@InputType({ isAbstract: true })
abstract class NeedFields {
  @Field({ nullable: true, description: 'What the interns will do.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => WorkMode, { nullable: true, description: 'On site (default) or hybrid.' })
  @IsOptional()
  @IsEnum(WorkMode)
  workMode?: WorkMode;

  @Field(() => Float, { nullable: true, description: 'Monthly compensation in euros.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99_999)
  monthlyCompensation?: number | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @Field(() => [NeedSkillInput], {
    nullable: true,
    description: 'Skills asked for (replaces the list).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedSkillInput)
  skills?: NeedSkillInput[];
}

@InputType({ description: 'A new internship need; it starts as a draft.' })
export class CreateInternshipNeedInput extends NeedFields {
  @Field(() => ID, { description: 'The company that asks.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field({ description: 'Title.' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field({ description: 'Field of study asked for.' })
  @IsString()
  @Length(2, 200)
  fieldOfStudy!: string;

  @Field(() => [EducationLevel], { description: 'Education levels that fit (at least one).' })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(EducationLevel, { each: true })
  levels!: EducationLevel[];

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, after the first.' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate!: string;

  @Field(() => Int, { description: 'Hours per week (4–40).' })
  @IsInt()
  @Min(4)
  @Max(40)
  hoursPerWeek!: number;

  @Field(() => Int, { description: 'How many interns (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(500)
  places!: number;

  @Field({ description: 'Municipality of the site (CBS code).' })
  @Matches(CBS, { message: 'siteMunicipalityCode must be a CBS code like GM0362' })
  siteMunicipalityCode!: string;
}

@InputType({ description: 'Changes to a draft or open need; only the given fields change.' })
export class UpdateInternshipNeedInput extends NeedFields {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true, description: 'Field of study.' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  fieldOfStudy?: string;

  @Field(() => [EducationLevel], { nullable: true, description: 'Education levels.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(EducationLevel, { each: true })
  levels?: EducationLevel[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Hours per week.' })
  @IsOptional()
  @IsInt()
  @Min(4)
  @Max(40)
  hoursPerWeek?: number;

  @Field(() => Int, { nullable: true, description: 'How many interns.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  places?: number;

  @Field({ nullable: true, description: 'Municipality of the site.' })
  @IsOptional()
  @Matches(CBS, { message: 'siteMunicipalityCode must be a CBS code like GM0362' })
  siteMunicipalityCode?: string;
}

export enum NeedSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
}
registerEnumType(NeedSort, { name: 'NeedSort', description: 'Order of a list of needs.' });

@InputType({ description: 'Filters on internship needs; all given filters apply.' })
export class InternshipNeedFilter extends ListingFilter {
  @Field(() => EducationLevel, { nullable: true, description: 'Needs open to this level.' })
  @IsOptional()
  @IsEnum(EducationLevel)
  level?: EducationLevel;

  @Field(() => Ecosystem, { nullable: true, description: "The company's ecosystem." })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => Theme, { nullable: true, description: 'Needs with this theme.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;
}

@ArgsType()
export class InternshipNeedsArgs extends PageArgs {
  @Field(() => InternshipNeedFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InternshipNeedFilter)
  filter?: InternshipNeedFilter;

  @Field(() => NeedSort, {
    nullable: true,
    description: 'Order; default RELEVANCE with a search, else NEWEST.',
  })
  @IsOptional()
  @IsEnum(NeedSort)
  sort?: NeedSort;
}
