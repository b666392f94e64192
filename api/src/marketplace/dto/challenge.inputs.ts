import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Ecosystem, Helix, Theme } from '@knooppunt/domain';
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

@InputType({ isAbstract: true })
abstract class ChallengeFields {
  @Field({ nullable: true, description: 'The question, its context and what a good result is.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @Field(() => [ID], { nullable: true, description: 'Skills it asks for (replaces the list).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsUUID('all', { each: true, message: 'skillIds must be UUIDs' })
  skillIds?: string[];
}

@InputType({ description: 'A new challenge; it starts as a draft.' })
export class CreateChallengeInput extends ChallengeFields {
  @Field(() => ID, { description: 'The company or government body that asks.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field({ description: 'Title: the question in one line.' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, after the first.' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate!: string;

  @Field(() => Int, { description: 'Smallest team (1–50 students).' })
  @IsInt()
  @Min(1)
  @Max(50)
  teamSizeMin!: number;

  @Field(() => Int, { description: 'Largest team (at least the smallest, at most 50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  teamSizeMax!: number;

  @Field({ description: 'Municipality the question is about (CBS code).' })
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode!: string;
}

@InputType({ description: 'Changes to a draft or open challenge; only the given fields change.' })
export class UpdateChallengeInput extends ChallengeFields {
  @Field(() => ID, { description: 'The challenge.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Smallest team.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  teamSizeMin?: number;

  @Field(() => Int, { nullable: true, description: 'Largest team.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  teamSizeMax?: number;

  @Field({ nullable: true, description: 'Municipality (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;
}

export enum ChallengeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
}
registerEnumType(ChallengeSort, {
  name: 'ChallengeSort',
  description: 'Order of a list of challenges.',
});

@InputType({ description: 'Filters on challenges; all given filters apply.' })
export class ChallengeFilter extends ListingFilter {
  @Field(() => Ecosystem, { nullable: true, description: "The poster's ecosystem." })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => Theme, { nullable: true, description: 'Challenges with this theme.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => Helix, { nullable: true, description: 'Posted by a company or a government body.' })
  @IsOptional()
  @IsEnum(Helix)
  helix?: Helix;
}

@ArgsType()
export class ChallengesArgs extends PageArgs {
  @Field(() => ChallengeFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChallengeFilter)
  filter?: ChallengeFilter;

  @Field(() => ChallengeSort, {
    nullable: true,
    description: 'Order; default RELEVANCE with a search, else NEWEST.',
  })
  @IsOptional()
  @IsEnum(ChallengeSort)
  sort?: ChallengeSort;
}
