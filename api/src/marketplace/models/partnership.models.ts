import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnershipKind, PartnershipStatus } from '@knooppunt/domain';

registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: "A company's offer for a partner slot, or a minor adopting a challenge.",
});
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'PROPOSED → ACCEPTED / DECLINED / WITHDRAWN; an accepted one can be withdrawn.',
});

@ObjectType({ description: 'A partnership between a minor and a company or challenge.' })
export class Partnership {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  minorId!: string;
  slotId!: string | null;
  challengeId!: string | null;
  proposerOrganisationId!: string;
  recipientOrganisationId!: string;

  @Field(() => PartnershipKind, { description: 'Slot offer or challenge adoption.' })
  kind!: PartnershipKind;

  @Field(() => PartnershipStatus, { description: 'Where it stands.' })
  status!: PartnershipStatus;

  @Field({ description: "The proposer's message." })
  message!: string;

  @Field(() => String, { nullable: true, description: "The answer's or withdrawal's message." })
  responseMessage!: string | null;

  @Field({ description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was answered or withdrawn.' })
  respondedAt!: Date | null;
}

@ObjectType({ description: 'A page of partnerships.' })
export class PartnershipList {
  @Field(() => [Partnership], { description: 'The partnerships on this page.' })
  items!: Partnership[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}
