import { Field, ID, InputType } from '@nestjs/graphql';
import { NeedStatus } from '@knooppunt/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

/** Filters every marketplace list shares; each list adds its own. */
@InputType({ isAbstract: true })
export abstract class ListingFilter {
  @Field({
    nullable: true,
    description: 'Words to find (Dutch and English, also as word beginnings).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [ID], { nullable: true, description: 'Any of these skills.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'skillIds must be UUIDs' })
  skillIds?: string[];

  @Field({ nullable: true, description: 'Municipality (CBS code).' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Period overlapping from this day…',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodFrom?: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: '…up to this day (both inclusive).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodTo?: string;

  @Field(() => NeedStatus, {
    nullable: true,
    description: 'Default OPEN; DRAFT only together with organisationId of your own organisation.',
  })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus;

  @Field(() => ID, { nullable: true, description: 'Only this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;
}
