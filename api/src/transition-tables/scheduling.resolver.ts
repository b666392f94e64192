import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Field,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx } from '../core/auth/current-context.decorator';
import type { GraphQLContext } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import { UUID } from '../marketplace/listing-fields';
import { BookingsService } from './bookings.service';
import { CalendarFeedService } from './calendar-feed.service';
import {
  CancelConversationInput,
  ConfirmConversationInput,
  SeasonInput,
} from './dto/conversation.inputs';
import { ScheduleProposal } from './models/schedule.models';
import { Conversation } from './models/transition-table.models';
import { SchedulingService } from './scheduling.service';
import { toConversation } from './transition-table.mappers';

@ObjectType({ description: 'Your personal calendar feed.' })
export class CalendarFeed {
  @Field({ description: 'Whether you have a feed URL (it is shown only when made).' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current URL was made.' })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a calendar app last fetched it.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A new secret calendar feed URL: keep it; it is shown only now.' })
export class CalendarFeedUrl {
  @Field({ description: 'The URL calendar apps subscribe to (…/ical/<token>.ics).' })
  url!: string;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;
}

@Resolver(() => Conversation)
export class SchedulingResolver {
  constructor(
    private readonly scheduling: SchedulingService,
    private readonly bookings: BookingsService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Allow(Permission.ORGANISE_TABLES)
  @Query(() => ScheduleProposal, {
    description:
      'Proposes slot, venue and attendees for one conversation, with the reasons when it cannot (coordinators). Books nothing.',
  })
  async proposeConversationSchedule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ScheduleProposal> {
    if (!UUID.test(id)) throw AppError.notFound('conversation');
    return this.scheduling.proposeConversation(ctx, id);
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Query(() => ScheduleProposal, {
    description:
      'The season planner: proposes every polling conversation with slots in a period at once, without conflicts (coordinators).',
  })
  proposeSeasonSchedule(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SeasonInput,
  ): Promise<ScheduleProposal> {
    return this.scheduling.proposeSeason(ctx, input);
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description:
      'Confirms a polling conversation: books the venue and the attendees (CONFLICT when either is taken then), invites them and schedules a reminder.',
  })
  async confirmConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.bookings.confirm(ctx, input, false));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description:
      'Moves a confirmed conversation to another slot, venue or attendees: the bookings are replaced in one step and everyone is told.',
  })
  async rescheduleConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.bookings.confirm(ctx, input, true));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description: 'Cancels a conversation: its bookings are released and everyone is told.',
  })
  async cancelConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.bookings.cancel(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CalendarFeed, { description: 'Whether you have a personal calendar feed.' })
  async myCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeed> {
    const feed = await this.feeds.status(ctx);
    return {
      active: !!feed,
      createdAt: feed?.createdAt ?? null,
      lastUsedAt: feed?.lastUsedAt ?? null,
    };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => CalendarFeedUrl, {
    description: 'Makes a new secret URL for your calendar feed; the previous URL stops working.',
  })
  renewCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedUrl> {
    return this.feeds.renew(ctx);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Your iCalendar entry (METHOD:REQUEST; CANCEL once cancelled) when you attend; null otherwise.',
  })
  async invitationCalendar(
    @Parent() conversation: Conversation,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    const actor = context.req.actor;
    if (!actor) return null;
    return this.feeds.invitation(conversation.id, actor);
  }
}
