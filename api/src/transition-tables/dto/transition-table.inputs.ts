import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Ecosystem, Theme } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
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
import { PageArgs } from '../../core/pagination';
import { TableKind, TableStatus } from '../transition-tables.enums';

@InputType({ description: 'Minimum attendees per helix (0–50 each).' })
export class HelixQuorumInput {
  @Field(() => Int, { description: 'From business.' })
  @IsInt()
  @Min(0)
  @Max(50)
  business!: number;

  @Field(() => Int, { description: 'From education.' })
  @IsInt()
  @Min(0)
  @Max(50)
  education!: number;

  @Field(() => Int, { description: 'From government.' })
  @IsInt()
  @Min(0)
  @Max(50)
  government!: number;
}

@InputType({ isAbstract: true })
abstract class TableFields {
  @Field({ nullable: true, description: 'What the table is about.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field({ nullable: true, description: 'What it wants to achieve.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  goals?: string;

  @Field(() => HelixQuorumInput, {
    nullable: true,
    description: 'Default quorum of its conversations (default 1 / 1 / 1).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HelixQuorumInput)
  quorum?: HelixQuorumInput;

  @Field(() => [ID], {
    nullable: true,
    description: 'Coordinators of the table: regional coordinators or admins (default: you).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'coordinatorIds must be UUIDs' })
  coordinatorIds?: string[];
}

@InputType({ description: 'A new transition table.' })
export class CreateTransitionTableInput extends TableFields {
  @Field(() => TableKind, { description: 'Transition table or theme table.' })
  @IsEnum(TableKind)
  kind!: TableKind;

  @Field({ description: 'Name (3–200 characters), unique.' })
  @IsString()
  @Length(3, 200)
  name!: string;

  @Field(() => Theme, { description: 'Theme.' })
  @IsEnum(Theme)
  theme!: Theme;

  @Field(() => Ecosystem, { description: 'Ecosystem.' })
  @IsEnum(Ecosystem)
  ecosystem!: Ecosystem;
}

@InputType({ description: 'Changes to a transition table; fields left out stay as they are.' })
export class UpdateTransitionTableInput extends TableFields {
  @Field(() => ID, { description: 'The table.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => TableKind, { nullable: true, description: 'Transition table or theme table.' })
  @IsOptional()
  @IsEnum(TableKind)
  kind?: TableKind;

  @Field({ nullable: true, description: 'Name (3–200 characters), unique.' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  name?: string;

  @Field(() => Theme, { nullable: true, description: 'Theme.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => Ecosystem, { nullable: true, description: 'Ecosystem.' })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => TableStatus, { nullable: true, description: 'Active, paused or closed.' })
  @IsOptional()
  @IsEnum(TableStatus)
  status?: TableStatus;
}

@InputType({ description: 'A person joining a table through one of their organisations.' })
export class TableMemberInput {
  @Field(() => ID, { description: 'The user.' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => ID, { description: 'The organisation they represent (counts in its helix).' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;
}

@InputType({ description: 'People to add to a table.' })
export class AddTableMembersInput {
  @Field(() => ID, { description: 'The table.' })
  @IsUUID('all', { message: 'tableId must be a UUID' })
  tableId!: string;

  @Field(() => [TableMemberInput], { description: 'The people (1–100).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TableMemberInput)
  members!: TableMemberInput[];
}

@InputType({ description: 'A person leaving a table.' })
export class RemoveTableMemberInput {
  @Field(() => ID, { description: 'The table.' })
  @IsUUID('all', { message: 'tableId must be a UUID' })
  tableId!: string;

  @Field(() => ID, { description: 'The user.' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

@InputType({ description: 'Filters of the transition tables list.' })
export class TransitionTableFilter {
  @Field({ nullable: true, description: 'Words in the name or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => TableKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsEnum(TableKind)
  kind?: TableKind;

  @Field(() => Theme, { nullable: true, description: 'Only this theme.' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => Ecosystem, { nullable: true, description: 'Only this ecosystem.' })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => TableStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(TableStatus)
  status?: TableStatus;

  @Field({ nullable: true, description: 'Only tables you are a member of.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class TransitionTablesArgs extends PageArgs {
  @Field(() => TransitionTableFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TransitionTableFilter)
  filter?: TransitionTableFilter;
}

@InputType({ isAbstract: true })
abstract class VenueFields {
  @Field(() => ID, { nullable: true, description: 'The organisation that hosts it.' })
  @IsOptional()
  @IsUUID('all', { message: 'hostOrganisationId must be a UUID' })
  hostOrganisationId?: string;

  @Field({ nullable: true, description: 'Accessible by wheelchair (default no).' })
  @IsOptional()
  @IsBoolean()
  wheelchairAccessible?: boolean;

  @Field({ nullable: true, description: 'Reachable by public transport (default no).' })
  @IsOptional()
  @IsBoolean()
  publicTransportAccess?: boolean;

  @Field({ nullable: true, description: 'How to get there by public transport.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  publicTransportNote?: string;
}

const CBS = /^GM[0-9]{4}$/;

@InputType({ description: 'A new venue.' })
export class CreateVenueInput extends VenueFields {
  @Field({ description: 'Name (2–200 characters), unique within its municipality.' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field({ description: 'Municipality (CBS code).' })
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode!: string;

  @Field({ description: 'Address.' })
  @IsString()
  @Length(3, 300)
  address!: string;

  @Field(() => Int, { description: 'How many people it holds (1–10,000).' })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;
}

@InputType({ description: 'Changes to a venue; fields left out stay as they are.' })
export class UpdateVenueInput extends VenueFields {
  @Field(() => ID, { description: 'The venue.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Name (2–200 characters).' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true, description: 'Municipality (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;

  @Field({ nullable: true, description: 'Address.' })
  @IsOptional()
  @IsString()
  @Length(3, 300)
  address?: string;

  @Field(() => Int, { nullable: true, description: 'How many people it holds.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;
}

@InputType({ description: 'Filters of the venues list.' })
export class VenueFilter {
  @Field({ nullable: true, description: 'Words in the name or address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Municipality (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;

  @Field(() => Int, { nullable: true, description: 'Holding at least this many people.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  minCapacity?: number;

  @Field({ nullable: true, description: 'Only wheelchair-accessible venues.' })
  @IsOptional()
  @IsBoolean()
  wheelchairAccessible?: boolean;

  @Field({ nullable: true, description: 'Only venues reachable by public transport.' })
  @IsOptional()
  @IsBoolean()
  publicTransportAccess?: boolean;
}

@ArgsType()
export class VenuesArgs extends PageArgs {
  @Field(() => VenueFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VenueFilter)
  filter?: VenueFilter;
}
