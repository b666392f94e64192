import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { IdInput } from '../accounts/dto/accounts.inputs';
import { isCoordinator } from '../core/auth/actor';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx } from '../core/auth/current-context.decorator';
import type { GraphQLContext } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import { UUID } from '../marketplace/listing-fields';
import { ConversationsService } from './conversations.service';
import {
  AnswerAvailabilityInput,
  CreateConversationInput,
  MyInvitationsArgs,
  UpdateConversationInput,
} from './dto/conversation.inputs';
import {
  ActionItem,
  AvailabilityCell,
  AvailabilityMatrix,
  Conversation,
  ConversationList,
  ConversationSlot,
  TablePerson,
  TransitionTable,
  Venue,
} from './models/transition-table.models';
import { tableLoadersOf } from './table-loaders';
import {
  toActionItem,
  toConversation,
  toPerson,
  toSlot,
  toTransitionTable,
  toVenue,
} from './transition-table.mappers';

@Resolver(() => Conversation)
export class ConversationsResolver {
  constructor(
    private readonly conversations: ConversationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Conversation, {
    description: 'One conversation (coordinators, members of its table and its invitees).',
  })
  async conversation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Conversation> {
    if (!UUID.test(id)) throw AppError.notFound('conversation');
    return toConversation(await this.conversations.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => ConversationList, {
    description: 'The conversations you are invited to, newest first.',
  })
  async myInvitations(
    @Ctx() ctx: RequestContext,
    @Args() args: MyInvitationsArgs,
  ): Promise<ConversationList> {
    const page = await this.conversations.myInvitations(ctx, args.status, args.skip, args.take);
    return { items: page.items.map(toConversation), totalCount: page.totalCount };
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description:
      'Plans a conversation of a table: candidate slots, venues and invitees; the poll opens unless openPoll is false.',
  })
  async createConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.conversations.create(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description: 'Changes a draft or polling conversation; answers to kept slots stay.',
  })
  async updateConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.conversations.update(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description: 'Opens the availability poll of a draft conversation and notifies the invitees.',
  })
  async openConversationPoll(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Conversation> {
    return toConversation(await this.conversations.openPoll(ctx, input.id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Conversation, {
    description:
      'Your availability for slots of a conversation you are invited to; changeable until it is confirmed.',
  })
  async answerAvailability(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AnswerAvailabilityInput,
  ): Promise<Conversation> {
    return toConversation(await this.conversations.answer(ctx, input));
  }

  @ResolveField(() => TransitionTable, { description: 'The table.' })
  async table(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<TransitionTable> {
    const table = await tableLoadersOf(context.req, this.dataSource).table.load(
      conversation.tableId,
    );
    if (!table) throw new Error(`Table ${conversation.tableId} vanished`);
    return toTransitionTable(table);
  }

  @ResolveField(() => [ConversationSlot], { description: 'Candidate slots, by start.' })
  async slots(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<ConversationSlot[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).slotsOfConversation.load(
      conversation.id,
    );
    return rows.map(toSlot);
  }

  @ResolveField(() => [Venue], { description: 'Candidate venues, by name.' })
  async venues(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<Venue[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).venuesOfConversation.load(
      conversation.id,
    );
    return rows.map(toVenue);
  }

  @ResolveField(() => [TablePerson], { description: 'Invited people, by name.' })
  async invitees(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<TablePerson[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).inviteesOfConversation.load(
      conversation.id,
    );
    return rows.map(toPerson);
  }

  @ResolveField(() => [TablePerson], {
    description: 'Booked attendees of the confirmed conversation, by name.',
  })
  async attendees(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<TablePerson[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).attendeesOfConversation.load(
      conversation.id,
    );
    return rows.map(toPerson);
  }

  @ResolveField(() => ConversationSlot, { nullable: true, description: 'The chosen slot.' })
  async confirmedSlot(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<ConversationSlot | null> {
    if (!conversation.confirmedSlotId) return null;
    const row = await tableLoadersOf(context.req, this.dataSource).slot.load(
      conversation.confirmedSlotId,
    );
    return row ? toSlot(row) : null;
  }

  @ResolveField(() => Venue, { nullable: true, description: 'The chosen venue.' })
  async confirmedVenue(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<Venue | null> {
    if (!conversation.confirmedVenueId) return null;
    const row = await tableLoadersOf(context.req, this.dataSource).venue.load(
      conversation.confirmedVenueId,
    );
    return row ? toVenue(row) : null;
  }

  @ResolveField(() => AvailabilityMatrix, {
    nullable: true,
    description:
      'Invitees × slots grouped by helix, with tallies (coordinators and admins; null for others).',
  })
  async availability(
    @Ctx() ctx: RequestContext,
    @Parent() conversation: Conversation,
  ): Promise<AvailabilityMatrix | null> {
    if (!isCoordinator(ctx.actor)) return null;
    const entity = await this.conversations.get(ctx, conversation.id);
    return this.conversations.matrix(entity);
  }

  @ResolveField(() => [AvailabilityCell], {
    description: 'Your own answers (empty when you are not invited).',
  })
  async myAnswers(
    @Ctx() ctx: RequestContext,
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<AvailabilityCell[]> {
    if (!ctx.actor) return [];
    const rows = await tableLoadersOf(context.req, this.dataSource).answersOf.load(
      `${conversation.id}:${ctx.actor.userId}`,
    );
    return rows.map((row) => ({ slotId: row.slot_id, answer: row.answer, comment: row.comment }));
  }

  @ResolveField(() => [ActionItem], { description: 'Its action items, by due date.' })
  async actionItems(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<ActionItem[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).actionItemsOfConversation.load(
      conversation.id,
    );
    return rows.map(toActionItem);
  }
}
