import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Helix } from '@knooppunt/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Conversation, ConversationSlot, TablePerson, Venue } from './transition-table.models';

@ObjectType({ description: 'One conversation the scheduler would hold: slot, venue, attendees.' })
export class ProposedConversation {
  @Field(() => Conversation, { description: 'The conversation.' })
  conversation!: Conversation;

  @Field(() => ConversationSlot, { description: 'The chosen slot.' })
  slot!: ConversationSlot;

  @Field(() => Venue, { description: 'The chosen venue.' })
  venue!: Venue;

  @Field(() => [TablePerson], { description: 'Who would attend (yes or if need be).' })
  attendees!: TablePerson[];

  @Field(() => Float, { description: 'Attendance score: yes = 1, if need be = ½.' })
  score!: number;
}

@ObjectType({ description: 'How far a helix falls short of its quorum.' })
export class HelixShortfall {
  @Field(() => Helix, { description: 'The helix.' })
  helix!: Helix;

  @Field(() => Int, { description: 'Attendees it has.' })
  have!: number;

  @Field(() => Int, { description: 'Attendees the quorum needs.' })
  need!: number;
}

@ObjectType({ description: 'What would make an unscheduled conversation work.' })
export class ScheduleSuggestion {
  @Field(() => ConversationSlot, { nullable: true, description: 'In this slot…' })
  slot!: ConversationSlot | null;

  @Field(() => Venue, { nullable: true, description: '…this venue would do.' })
  venue!: Venue | null;

  @Field(() => [TablePerson], {
    description: '…these people would make the quorum if they came (one per missing attendee).',
  })
  persons!: TablePerson[];

  @Field({ description: 'Some of those people are not invited yet.' })
  invite!: boolean;

  @Field(() => [Conversation], { description: '…if these scheduled conversations moved.' })
  move!: Conversation[];
}

@ObjectType({ description: 'Why a conversation cannot be scheduled, and what would help.' })
export class UnscheduledConversation {
  @Field(() => Conversation, { description: 'The conversation.' })
  conversation!: Conversation;

  @Field({
    description:
      'NO_CANDIDATES, CAPACITY_TOO_SMALL, VENUE_UNAVAILABLE, QUORUM_SHORT, PEOPLE_CONFLICT or VENUE_CONFLICT.',
  })
  code!: string;

  @Field({ description: 'Message key the web translates (schedule.unscheduled.<code>).' })
  messageKey!: string;

  @Field({ description: 'The reason as an English sentence.' })
  reason!: string;

  @Field(() => ConversationSlot, { nullable: true, description: 'The slot closest to working.' })
  slot!: ConversationSlot | null;

  @Field(() => Venue, { nullable: true, description: 'Its venue.' })
  venue!: Venue | null;

  @Field(() => Helix, {
    nullable: true,
    description: 'The helix that falls short most in that slot.',
  })
  helix!: Helix | null;

  @Field(() => Int, { nullable: true, description: 'Attendees that helix has there.' })
  have!: number | null;

  @Field(() => Int, { nullable: true, description: 'Attendees its quorum needs.' })
  need!: number | null;

  @Field(() => [HelixShortfall], { description: 'Every helix that falls short there.' })
  shortfalls!: HelixShortfall[];

  @Field(() => ScheduleSuggestion, { nullable: true, description: 'What would help.' })
  suggestion!: ScheduleSuggestion | null;

  @Field(() => GraphQLJSON, { description: 'The solver’s details as data (ids).' })
  details!: Record<string, unknown>;
}

@ObjectType({ description: 'The scheduler’s proposal: nothing is booked until it is confirmed.' })
export class ScheduleProposal {
  @Field(() => [ProposedConversation], { description: 'Conversations it would hold.' })
  scheduled!: ProposedConversation[];

  @Field(() => [UnscheduledConversation], { description: 'Conversations it cannot hold, and why.' })
  unscheduled!: UnscheduledConversation[];

  @Field(() => Int, { description: 'How many it holds.' })
  scheduledCount!: number;

  @Field(() => Float, { description: 'Total attendance score.' })
  totalScore!: number;

  @Field({ description: 'Whether the proposal is proven optimal.' })
  provenOptimal!: boolean;

  @Field(() => GraphQLJSON, {
    description:
      'The season document the scheduler solved (`npm run schedule -- solve` re-runs it).',
  })
  document!: Record<string, unknown>;
}
