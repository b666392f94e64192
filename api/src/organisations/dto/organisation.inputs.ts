import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  Ecosystem,
  Helix,
  MembershipRole,
  OrganisationKind,
  OrganisationStatus,
  Theme,
} from '@knooppunt/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/pagination';

const KVK = /^[0-9]{8}$/;
const BRIN = /^[0-9]{2}[A-Z0-9]{2}$/;
const CBS = /^GM[0-9]{4}$/;

/** Fields an organisation admin may change; shared by create and update. */
@InputType({ isAbstract: true })
abstract class OrganisationFields {
  @Field(() => Ecosystem, { nullable: true, description: 'Ecosystem; default OTHER.' })
  @IsOptional()
  @IsEnum(Ecosystem)
  ecosystem?: Ecosystem;

  @Field(() => [Theme], { nullable: true, description: 'Themes it works on.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Theme, { each: true })
  themes?: Theme[];

  @Field({ nullable: true, description: 'Postal address.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  @Field({ nullable: true, description: 'Website, https://…' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be a URL starting with https://' },
  )
  @MaxLength(300)
  website?: string;

  @Field({ nullable: true, description: 'Short description.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'KvK number: 8 digits; required for companies.' })
  @IsOptional()
  @Matches(KVK, { message: 'kvkNumber must have exactly 8 digits' })
  kvkNumber?: string;

  @Field({
    nullable: true,
    description: 'BRIN code, e.g. 25LX; required for MBO and HBO schools and universities.',
  })
  @IsOptional()
  @Matches(BRIN, { message: 'brinCode must be two digits and two capitals or digits, e.g. 25LX' })
  brinCode?: string;
}

@InputType({ description: 'A new organisation; it stays pending until a coordinator approves it.' })
export class CreateOrganisationInput extends OrganisationFields {
  @Field({ description: 'Name, unique in the platform.' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind; decides the helix.' })
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field({ description: 'CBS code of the municipality, e.g. GM0362.' })
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode!: string;
}

@InputType({ description: 'Changes to an organisation; only the given fields change.' })
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true, description: 'New municipality (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;
}

@InputType({ description: 'Rejects a pending organisation.' })
export class RejectOrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({ description: 'Why; mailed to the organisation.' })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: 'Invites someone by email into an organisation.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field({ description: 'Their email address.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => MembershipRole, {
    defaultValue: MembershipRole.MEMBER,
    description: 'Role they get.',
  })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;
}

@InputType({ description: 'Changes the role of a member.' })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;

  @Field(() => MembershipRole, { description: 'The new role.' })
  @IsEnum(MembershipRole)
  role!: MembershipRole;
}

@InputType({ description: 'Filters on the list of organisations.' })
export class OrganisationFilter {
  @Field({ nullable: true, description: 'Text to find in the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Helix, { nullable: true, description: 'Only this helix.' })
  @IsOptional()
  @IsEnum(Helix)
  helix?: Helix;

  @Field({ nullable: true, description: 'Only this municipality (CBS code).' })
  @IsOptional()
  @Matches(CBS, { message: 'municipalityCode must be a CBS code like GM0362' })
  municipalityCode?: string;

  @Field(() => OrganisationStatus, {
    nullable: true,
    description:
      'Only coordinators and admins may ask for PENDING or REJECTED; others see ACTIVE only.',
  })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter;
}
