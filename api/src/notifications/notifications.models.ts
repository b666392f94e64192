import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { PageArgs } from '../core/pagination';
import { NotificationEntity } from './entities/notification.entity';

@ObjectType({ description: 'An in-app notification to you.' })
export class Notification {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({
    description:
      'What happened: CONVERSATION_POLL_OPENED, CONVERSATION_CONFIRMED, CONVERSATION_RESCHEDULED, CONVERSATION_CANCELLED or CONVERSATION_REMINDER.',
  })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The conversation it is about.' })
  conversationId!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'The details the message is built from (title, start, venue, …).',
  })
  payload!: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: 'When you read it.' })
  readAt!: Date | null;

  @Field({ description: 'When it was sent.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of your notifications, newest first.' })
export class NotificationList {
  @Field(() => [Notification], { description: 'The notifications on this page.' })
  items!: Notification[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: 'How many are unread.' })
  unreadCount!: number;
}

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly = false;
}

export function toNotification(row: NotificationEntity): Notification {
  return {
    id: row.id,
    kind: row.kind,
    conversationId: row.conversationId,
    payload: row.payload,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}
