import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Ecosystem, EducationLevel } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
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
const PROGRAMME_CODE = /^[0-9]{5}$/;

@InputType({ isAbstract: true })
abstract class CohortFields {
  @Field({ nullable: true, description: 'What the students can do and look for.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Longest one-way travel time students accept (10–180 minutes, default 45).',
  })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(180)
  maxTravelMinutes?: number;

  @Field(() => [ID], {
    nullable: true,
    description: 'Skills the programme teaches (replaces the list).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsUUID('all', { each: true, message: 'skillIds must be UUIDs' })
  skillIds?: string[];
}

@InputType({ description: 'A new cohort; it starts as a draft.' })
export class CreateCohortInput extends CohortFields {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field({ description: 'Name of the programme.' })
  @IsString()
  @Length(3, 200)
  programmeName!: string;

  @Field({ description: 'CREBO (MBO) or CROHO (HBO/WO) code: five digits.' })
  @Matches(PROGRAMME_CODE, { message: 'programmeCode must have five digits' })
  programmeCode!: string;

  @Field(() => EducationLevel, { description: 'Education level.' })
  @IsEnum(EducationLevel)
  level!: EducationLevel;

  @Field(() => Int, { description: 'Students seeking an internship (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(2000)
  students!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, after the first.' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate!: string;

  @Field({ description: "Municipality of the school's location (CBS code)." })
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode!: string;
}

@InputType({ description: 'Changes to a draft or open cohort; only the given fields change.' })
export class UpdateCohortInput extends CohortFields {
  @Field(() => ID, { description: 'The cohort.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Name of the programme.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  programmeName?: string;

  @Field(() => Int, { nullable: true, description: 'Students seeking an internship.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  students?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate?: string;
}

export enum CohortSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  START_DATE = 'START_DATE',
  PROGRAMME = 'PROGRAMME',
}
registerEnumType(CohortSort, { name: 'CohortSort', description: 'Order of a list of cohorts.' });

@InputType({ description: 'Filters on cohorts; all given filters apply.' })
export class CohortFilter extends ListingFilter {
  @Field(() => EducationLevel, { nullable: true, description: 'Only this level.' })
  @IsOptional()
  @IsEnum(EducationLevel)
  level?: EducationLevel;

  @Field(() => Ecosystem, { nullable: true, description: "The school's ecosystem." })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;
}

@ArgsType()
export class CohortsArgs extends PageArgs {
  @Field(() => CohortFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;

  @Field(() => CohortSort, {
    nullable: true,
    description: 'Order; default RELEVANCE with a search, else NEWEST.',
  })
  @IsOptional()
  @IsEnum(CohortSort)
  sort?: CohortSort;
}
