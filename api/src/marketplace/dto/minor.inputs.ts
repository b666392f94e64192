import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Ecosystem, EducationLevel, MinorKind, PartnerRole, Theme } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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

@InputType({ description: 'How many company partners a minor wants in one role.' })
export class PartnerSlotInput {
  @Field(() => PartnerRole, {
    description: 'Guest lecture, case, company visit or internship places.',
  })
  @IsEnum(PartnerRole)
  role!: PartnerRole;

  @Field(() => Int, { description: 'How many partners are wanted in this role (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  wanted!: number;
}

@InputType({ isAbstract: true })
abstract class MinorFields {
  @Field({ nullable: true, description: 'What students learn and do.' })
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

  @Field(() => [ID], {
    nullable: true,
    description: 'Skills the minor teaches (replaces the list).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsUUID('all', { each: true, message: 'skillIds must be UUIDs' })
  skillIds?: string[];

  @Field(() => [PartnerSlotInput], {
    nullable: true,
    description: 'Partners wanted per role (replaces the list; a role with partners stays).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PartnerSlotInput)
  partnerSlots?: PartnerSlotInput[];
}

@InputType({
  description: 'A new minor, retraining programme or masterclass; it starts as a draft.',
})
export class CreateMinorInput extends MinorFields {
  @Field(() => ID, { description: 'The school.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field(() => MinorKind, {
    nullable: true,
    description: 'Minor (default), retraining or masterclass.',
  })
  @IsOptional()
  @IsEnum(MinorKind)
  kind?: MinorKind;

  @Field({ description: 'Title.' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => EducationLevel, { description: 'Education level.' })
  @IsEnum(EducationLevel)
  level!: EducationLevel;

  @Field(() => Int, { description: 'European credits (0–60).' })
  @IsInt()
  @Min(0)
  @Max(60)
  credits!: number;

  @Field(() => Int, { description: 'How many students can take part (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, after the first.' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate!: string;

  @Field({ description: 'Municipality where it is taught (CBS code).' })
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode!: string;
}

@InputType({ description: 'Changes to a draft or open minor; only the given fields change.' })
export class UpdateMinorInput extends MinorFields {
  @Field(() => ID, { description: 'The minor.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'European credits (0–60).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  credits?: number;

  @Field(() => Int, { nullable: true, description: 'How many students can take part.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (yyyy-mm-dd)' })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (yyyy-mm-dd)' })
  endDate?: string;

  @Field({ nullable: true, description: 'Municipality where it is taught (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;
}

export enum MinorSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
}
registerEnumType(MinorSort, { name: 'MinorSort', description: 'Order of a list of minors.' });

@InputType({ description: 'Filters on minors; all given filters apply.' })
export class MinorFilter extends ListingFilter {
  @Field(() => MinorKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsEnum(MinorKind)
  kind?: MinorKind;

  @Field(() => EducationLevel, { nullable: true, description: 'Only this level.' })
  @IsOptional()
  @IsEnum(EducationLevel)
  level?: EducationLevel;

  @Field(() => Ecosystem, { nullable: true, description: "The school's ecosystem." })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => Theme, { nullable: true, description: 'Minors with this theme.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => PartnerRole, { nullable: true, description: 'Minors with a slot in this role.' })
  @IsOptional()
  @IsEnum(PartnerRole)
  partnerRole?: PartnerRole;

  @Field({ nullable: true, description: 'Only minors that still want partners.' })
  @IsOptional()
  @IsBoolean()
  openSlotsOnly?: boolean;
}

@ArgsType()
export class MinorsArgs extends PageArgs {
  @Field(() => MinorFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MinorFilter)
  filter?: MinorFilter;

  @Field(() => MinorSort, {
    nullable: true,
    description: 'Order; default RELEVANCE with a search, else NEWEST.',
  })
  @IsOptional()
  @IsEnum(MinorSort)
  sort?: MinorSort;
}
