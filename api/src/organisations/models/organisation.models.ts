import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Ecosystem,
  Helix,
  MembershipRole,
  OrganisationKind,
  OrganisationStatus,
  Theme,
} from '@knooppunt/domain';

registerEnumType(Helix, { name: 'Helix', description: 'Business, education or government.' });
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisation; decides its helix.',
});
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'PENDING until a coordinator approves (ACTIVE) or rejects (REJECTED) it.',
});
registerEnumType(Theme, { name: 'Theme', description: 'A theme of the regional programme.' });

@ObjectType({ description: 'A company, school or government body.' })
export class Organisation {
  @Field(() => ID, { description: 'Identifier of the organisation.' })
  id!: string;

  @Field({ description: 'Name of the organisation.' })
  name!: string;

  @Field(() => Helix, { description: 'Its helix, following from its kind.' })
  helix!: Helix;

  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  kind!: OrganisationKind;

  @Field(() => OrganisationStatus, { description: 'Approval status.' })
  status!: OrganisationStatus;

  /** Resolved through the municipality loader. */
  municipalityCode!: string;

  @Field(() => Ecosystem, { description: 'Ecosystem it belongs to.' })
  ecosystem!: Ecosystem;

  @Field(() => [Theme], { description: 'Themes it works on.' })
  themes!: Theme[];

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Website.' })
  website!: string | null;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'KvK number (companies).' })
  kvkNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'BRIN code (schools).' })
  brinCode!: string | null;

  /** Shown only to its members and coordinators (field resolver). */
  rejectionReasonValue!: string | null;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: "A user's place in an organisation." })
export class Membership {
  @Field(() => ID, { description: 'Identifier of the membership.' })
  id!: string;

  @Field(() => MembershipRole, { description: 'Member or organisation admin.' })
  role!: MembershipRole;

  userId!: string;
  organisationId!: string;

  @Field({ description: 'Since when.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An open invitation to join an organisation.' })
export class Invitation {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  id!: string;

  @Field({ description: 'Address the invitation was sent to.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'Role the invitee gets.' })
  role!: MembershipRole;

  organisationId!: string;

  @Field({ description: 'Until when it can be accepted.' })
  expiresAt!: Date;

  @Field({ description: 'When it was sent.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationList {
  @Field(() => [Organisation], { description: 'The organisations on this page.' })
  items!: Organisation[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
