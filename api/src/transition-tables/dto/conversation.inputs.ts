import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../core/pagination';
import {
  ActionItemStatus,
  AvailabilityAnswer,
  ConversationStatus,
} from '../transition-tables.enums';
import { HelixQuorumInput } from './transition-table.inputs';

@InputType({ isAbstract: true })
abstract class ConversationFields {
  @Field({ nullable: true, description: 'Agenda (Markdown, up to 10,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  agenda?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Candidate slot starts: Amsterdam wall-clock times like 2027-03-29T09:00 (or ISO times with an offset). Each slot lasts durationMinutes. Replaces the list; answers to kept slots stay.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  slots?: string[];

  @Field(() => [ID], { nullable: true, description: 'Candidate venues (replaces the list).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'venueIds must be UUIDs' })
  venueIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Invited members of the table (user ids; replaces the list).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'inviteeIds must be UUIDs' })
  inviteeIds?: string[];

  @Field(() => HelixQuorumInput, {
    nullable: true,
    description: 'Minimum attendees per helix (default: the table’s).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HelixQuorumInput)
  quorum?: HelixQuorumInput;
}

@InputType({ description: 'A new conversation of a table.' })
export class CreateConversationInput extends ConversationFields {
  @Field(() => ID, { description: 'The table.' })
  @IsUUID('all', { message: 'tableId must be a UUID' })
  tableId!: string;

  @Field({ description: 'Title (3–200 characters).' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => Int, { description: 'Duration in minutes (15–720).' })
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes!: number;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'Open the availability poll at once (default) or keep it a draft.',
  })
  @IsOptional()
  @IsBoolean()
  openPoll?: boolean;
}

@InputType({ description: 'Changes to a draft or polling conversation.' })
export class UpdateConversationInput extends ConversationFields {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Title (3–200 characters).' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'Duration in minutes (15–720).' })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes?: number;
}

@InputType({ description: 'An answer for one slot.' })
export class SlotAnswerInput {
  @Field(() => ID, { description: 'The slot.' })
  @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId!: string;

  @Field(() => AvailabilityAnswer, { description: 'Yes, if need be, or no.' })
  @IsEnum(AvailabilityAnswer)
  answer!: AvailabilityAnswer;

  @Field({ nullable: true, description: 'A comment (up to 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

@InputType({ description: 'Your availability for some slots of a conversation.' })
export class AnswerAvailabilityInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;

  @Field(() => [SlotAnswerInput], { description: 'Answers (1–40); other slots stay as they are.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SlotAnswerInput)
  answers!: SlotAnswerInput[];
}

@InputType({ description: 'The chosen slot, venue and attendees of a conversation.' })
export class ConfirmConversationInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => ID, { description: 'One of its candidate slots.' })
  @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId!: string;

  @Field(() => ID, { description: 'One of its candidate venues.' })
  @IsUUID('all', { message: 'venueId must be a UUID' })
  venueId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Attendees (invitees); default: those who answered yes or if need be.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'attendeeIds must be UUIDs' })
  attendeeIds?: string[];
}

@InputType({ description: 'Cancelling a conversation.' })
export class CancelConversationInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Why (told to the invitees).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@ArgsType()
export class MyInvitationsArgs extends PageArgs {
  @Field(() => ConversationStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(ConversationStatus)
  status?: ConversationStatus;
}

@ArgsType()
export class ConversationsArgs extends PageArgs {
  @Field(() => ID, { description: 'The table.' })
  @IsUUID('all', { message: 'tableId must be a UUID' })
  tableId!: string;

  @Field(() => ConversationStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(ConversationStatus)
  status?: ConversationStatus;
}

@InputType({ description: 'The period of a season to plan.' })
export class SeasonInput {
  @Field({ description: 'From this instant…' })
  @IsISO8601({ strict: true })
  from!: string;

  @Field({ description: '…up to this instant: polling conversations with slots in between.' })
  @IsISO8601({ strict: true })
  to!: string;

  @Field(() => [ID], { nullable: true, description: 'Only conversations of these tables.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'tableIds must be UUIDs' })
  tableIds?: string[];
}

@InputType({ description: 'The minutes of a conversation.' })
export class SaveMinutesInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ description: 'Markdown (up to 50,000 characters), stored as written.' })
  @IsString()
  @MaxLength(50000)
  minutes!: string;
}

@InputType({ description: 'A new action item of a conversation.' })
export class CreateActionItemInput {
  @Field(() => ID, { description: 'The conversation.' })
  @IsUUID('all', { message: 'conversationId must be a UUID' })
  conversationId!: string;

  @Field({ description: 'What is to be done (3–1000 characters).' })
  @IsString()
  @Length(3, 1000)
  description!: string;

  @Field(() => ID, { description: 'The organisation that owns it.' })
  @IsUUID('all', { message: 'ownerOrganisationId must be a UUID' })
  ownerOrganisationId!: string;

  @Field(() => GraphQLLocalDate, { description: 'Due date.' })
  @IsISO8601({ strict: true })
  dueDate!: string;
}

@InputType({ description: 'Changes to an action item; fields left out stay as they are.' })
export class UpdateActionItemInput {
  @Field(() => ID, { description: 'The action item.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'What is to be done.' })
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation that owns it.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerOrganisationId must be a UUID' })
  ownerOrganisationId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Due date.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueDate?: string;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Open or done.' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;
}

@InputType({ description: 'Plans the next conversation of a table from the open action items.' })
export class PlanNextConversationInput {
  @Field(() => ID, { description: 'The previous conversation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'Title (default: the previous one’s).' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;
}
