import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Ecosystem, Helix, Theme } from '@knooppunt/domain';
import { Organisation } from '../../organisations/models/organisation.models';
import { Municipality } from '../../reference/models/reference.models';
import {
  ActionItemStatus,
  AvailabilityAnswer,
  ConversationStatus,
  TableKind,
  TableStatus,
} from '../transition-tables.enums';

registerEnumType(TableKind, {
  name: 'TableKind',
  description: 'A transition table (transitietafel) or a theme table (thematafel).',
});
registerEnumType(TableStatus, { name: 'TableStatus', description: 'Active, paused or closed.' });
registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'DRAFT → POLLING → CONFIRMED; any of them → CANCELLED.',
});
registerEnumType(AvailabilityAnswer, {
  name: 'AvailabilityAnswer',
  description: 'Yes, if need be, or no.',
});
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus', description: 'Open or done.' });

@ObjectType({ description: 'Minimum attendees per helix.' })
export class HelixQuorum {
  @Field(() => Int, { description: 'From business.' })
  business!: number;

  @Field(() => Int, { description: 'From education.' })
  education!: number;

  @Field(() => Int, { description: 'From government.' })
  government!: number;
}

@ObjectType({ description: 'A person at a table: through one organisation, counted in its helix.' })
export class TablePerson {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;

  @Field({ description: 'Display name.' })
  displayName!: string;

  organisationId!: string | null;

  @Field(() => Helix, {
    nullable: true,
    description: 'The helix of the organisation (none for a coordinator).',
  })
  helix!: Helix | null;
}

@ObjectType({ description: 'The members of one helix at a table, with its quorum.' })
export class HelixMembers {
  @Field(() => Helix, { description: 'The helix.' })
  helix!: Helix;

  @Field(() => Int, { description: 'How many members.' })
  count!: number;

  @Field(() => Int, { description: 'How many a conversation needs at least (the quorum).' })
  quorum!: number;

  @Field(() => [TablePerson], { description: 'The members, by name.' })
  members!: TablePerson[];
}

@ObjectType({ description: 'A standing round table on a theme, with members from the helices.' })
export class TransitionTable {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => TableKind, { description: 'Transition table or theme table.' })
  kind!: TableKind;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Theme, { description: 'Theme.' })
  theme!: Theme;

  @Field(() => Ecosystem, { description: 'Ecosystem.' })
  ecosystem!: Ecosystem;

  @Field({ description: 'What the table is about.' })
  description!: string;

  @Field({ description: 'What it wants to achieve.' })
  goals!: string;

  @Field(() => TableStatus, { description: 'Active, paused or closed.' })
  status!: TableStatus;

  @Field(() => HelixQuorum, { description: 'Default quorum of its conversations.' })
  quorum!: HelixQuorum;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of transition tables.' })
export class TransitionTableList {
  @Field(() => [TransitionTable], { description: 'The tables on this page.' })
  items!: TransitionTable[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'A meeting place for conversations.' })
export class Venue {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  municipalityCode!: string;
  hostOrganisationId!: string | null;

  @Field({ description: 'Address.' })
  address!: string;

  @Field(() => Int, { description: 'How many people it holds.' })
  capacity!: number;

  @Field({ description: 'Accessible by wheelchair.' })
  wheelchairAccessible!: boolean;

  @Field({ description: 'Reachable by public transport (train, metro, tram or frequent bus).' })
  publicTransportAccess!: boolean;

  @Field(() => String, { nullable: true, description: 'How to get there by public transport.' })
  publicTransportNote!: string | null;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of venues.' })
export class VenueList {
  @Field(() => [Venue], { description: 'The venues on this page.' })
  items!: Venue[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'A candidate time of a conversation: [start, end).' })
export class ConversationSlot {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Start (an instant).' })
  start!: Date;

  @Field({ description: 'End (an instant; the slot ends just before it).' })
  end!: Date;

  @Field({
    description: 'Start as Amsterdam time with its offset, e.g. 2027-03-29T09:00:00+02:00.',
  })
  startLocal!: string;

  @Field({ description: 'End as Amsterdam time with its offset.' })
  endLocal!: string;
}

@ObjectType({ description: 'One meeting of a table (regiogesprek).' })
export class Conversation {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  tableId!: string;
  confirmedSlotId!: string | null;
  confirmedVenueId!: string | null;
  previousConversationId!: string | null;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'Agenda (Markdown).' })
  agenda!: string;

  @Field(() => Int, { description: 'Duration in minutes.' })
  durationMinutes!: number;

  @Field(() => ConversationStatus, { description: 'Status.' })
  status!: ConversationStatus;

  @Field(() => HelixQuorum, { description: 'Minimum attendees per helix.' })
  quorum!: HelixQuorum;

  @Field(() => Int, {
    description: 'Raised on every change after confirmation (the iCalendar SEQUENCE).',
  })
  sequence!: number;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed.' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Minutes in Markdown, stored as written: sanitise when displaying.',
  })
  minutes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the minutes last changed.' })
  minutesUpdatedAt!: Date | null;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of conversations.' })
export class ConversationList {
  @Field(() => [Conversation], { description: 'The conversations on this page.' })
  items!: Conversation[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'One answer of the availability poll.' })
export class AvailabilityCell {
  @Field(() => ID, { description: 'The slot.' })
  slotId!: string;

  @Field(() => AvailabilityAnswer, {
    nullable: true,
    description: 'The answer; none when not answered yet (counts as no).',
  })
  answer!: AvailabilityAnswer | null;

  @Field(() => String, { nullable: true, description: 'Comment with the answer.' })
  comment!: string | null;
}

@ObjectType({ description: 'One invitee’s row of the availability matrix: an answer per slot.' })
export class AvailabilityRow {
  @Field(() => TablePerson, { description: 'The invitee.' })
  person!: TablePerson;

  @Field(() => [AvailabilityCell], { description: 'An answer per slot, in slot order.' })
  answers!: AvailabilityCell[];
}

@ObjectType({ description: 'Per slot: how many can come, per helix.' })
export class SlotTally {
  @Field(() => ID, { description: 'The slot.' })
  slotId!: string;

  @Field(() => Int, { description: 'YES answers.' })
  yes!: number;

  @Field(() => Int, { description: 'IF_NEED_BE answers.' })
  ifNeedBe!: number;

  @Field(() => Int, { description: 'NO answers.' })
  no!: number;

  @Field(() => Int, { description: 'Not answered.' })
  unanswered!: number;

  @Field(() => Float, { description: 'Attendance score: YES = 1, IF_NEED_BE = ½.' })
  score!: number;

  @Field(() => HelixQuorum, { description: 'YES or IF_NEED_BE per helix.' })
  available!: HelixQuorum;

  @Field({ description: 'Whether the available invitees meet the quorum of every helix.' })
  meetsQuorum!: boolean;
}

@ObjectType({ description: 'The invitees of one helix and their answers.' })
export class AvailabilityGroup {
  @Field(() => Helix, { description: 'The helix.' })
  helix!: Helix;

  @Field(() => Int, { description: 'The quorum of this helix.' })
  quorum!: number;

  @Field(() => [AvailabilityRow], { description: 'Its invitees, by name.' })
  rows!: AvailabilityRow[];
}

@ObjectType({ description: 'Invitees × slots, grouped by helix.' })
export class AvailabilityMatrix {
  @Field(() => [ConversationSlot], { description: 'The slots (columns), by start.' })
  slots!: ConversationSlot[];

  @Field(() => [AvailabilityGroup], { description: 'The invitees (rows) per helix.' })
  groups!: AvailabilityGroup[];

  @Field(() => [SlotTally], { description: 'Totals per slot, in slot order.' })
  tallies!: SlotTally[];
}

@ObjectType({ description: 'A follow-up agreed in a conversation.' })
export class ActionItem {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  conversationId!: string;
  ownerOrganisationId!: string;

  @Field({ description: 'What is to be done.' })
  description!: string;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  dueDate!: string;

  @Field(() => ActionItemStatus, { description: 'Open or done.' })
  status!: ActionItemStatus;

  @Field(() => Date, { nullable: true, description: 'When it was done.' })
  doneAt!: Date | null;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;
}

export { Organisation, Municipality };
