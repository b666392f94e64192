import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { IdInput } from '../accounts/dto/accounts.inputs';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx } from '../core/auth/current-context.decorator';
import {
  MyNotificationsArgs,
  Notification,
  NotificationList,
  toNotification,
} from './notifications.models';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => NotificationList, { description: 'Your in-app notifications, newest first.' })
  async myNotifications(
    @Ctx() ctx: RequestContext,
    @Args() args: MyNotificationsArgs,
  ): Promise<NotificationList> {
    const page = await this.notifications.list(ctx, args.unreadOnly, args.skip, args.take);
    return { ...page, items: page.items.map(toNotification) };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Notification, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Notification> {
    return toNotification(await this.notifications.markRead(ctx, input.id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many.' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.notifications.markAllRead(ctx);
  }
}
