import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { PartnershipKind, PartnershipStatus } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../core/pagination';

@InputType({ description: "A company's offer to fill one of a minor's partner slots." })
export class OfferPartnershipInput {
  @Field(() => ID, { description: 'The partner slot of the minor.' })
  @IsUUID('all', { message: 'slotId must be a UUID' })
  slotId!: string;

  @Field(() => ID, { description: 'The company that offers.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field({ nullable: true, description: 'What the company offers (at most 2 000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@InputType({ description: "A minor's proposal to take on a challenge." })
export class ProposeChallengeAdoptionInput {
  @Field(() => ID, { description: 'The minor that takes the challenge on.' })
  @IsUUID('all', { message: 'minorId must be a UUID' })
  minorId!: string;

  @Field(() => ID, { description: 'The challenge.' })
  @IsUUID('all', { message: 'challengeId must be a UUID' })
  challengeId!: string;

  @Field({ nullable: true, description: 'How the students would work on it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@InputType({ description: 'An answer to a partnership, or its withdrawal, with a message.' })
export class PartnershipResponseInput {
  @Field(() => ID, { description: 'The partnership.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'A message to the other organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export enum PartnershipDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(PartnershipDirection, {
  name: 'PartnershipDirection',
  description: 'Proposals to your organisation (INCOMING) or by it (OUTGOING).',
});

@InputType({ description: 'Filters on partnerships; all given filters apply.' })
export class PartnershipFilter {
  @Field(() => ID, { nullable: true, description: 'Only this minor.' })
  @IsOptional()
  @IsUUID('all', { message: 'minorId must be a UUID' })
  minorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this challenge.' })
  @IsOptional()
  @IsUUID('all', { message: 'challengeId must be a UUID' })
  challengeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only where this organisation is a party.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @Field(() => PartnershipDirection, {
    nullable: true,
    description: 'With organisationId: proposals to it or by it.',
  })
  @IsOptional()
  @IsEnum(PartnershipDirection)
  direction?: PartnershipDirection;

  @Field(() => PartnershipStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(PartnershipStatus)
  status?: PartnershipStatus;

  @Field(() => PartnershipKind, { nullable: true, description: 'Slot offers or adoptions.' })
  @IsOptional()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;
}

@ArgsType()
export class PartnershipsArgs extends PageArgs {
  @Field(() => PartnershipFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;
}
