import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { toUser } from '../accounts/account.mappers';
import { User } from '../accounts/models/account.models';
import { isCoordinator } from '../core/auth/actor';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import type { Loaders } from '../core/loaders';
import { PageArgs } from '../core/pagination';
import { AuditService } from './audit.service';

@ObjectType({ description: 'One recorded change: who, what, when.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  actorId!: string | null;

  @Field({ description: 'What happened, e.g. organisation.approve.' })
  action!: string;

  @Field({ description: 'Kind of thing that changed, e.g. organisation.' })
  entityType!: string;

  @Field(() => String, { nullable: true, description: 'Identifier of the thing that changed.' })
  entityId!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'What changed, e.g. { "status": ["PENDING", "ACTIVE"] }.',
  })
  summary!: Record<string, unknown>;

  @Field({ description: 'When.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryList {
  @Field(() => [AuditEntry], { description: 'The entries on this page.' })
  items!: AuditEntry[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@InputType({ description: 'Filters on the audit log.' })
export class AuditLogFilter {
  @Field({ nullable: true, description: 'Only this action.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field({ nullable: true, description: 'Only this kind of thing.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @Field({ nullable: true, description: 'Only this thing.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this actor (coordinators and admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @Field({ nullable: true, description: 'From this moment.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Up to this moment.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => AuditEntryList, {
    description: 'Coordinators and admins see every entry; other users only their own.',
  })
  async auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEntryList> {
    const page = await this.audit.list(ctx, { ...args.filter, skip: args.skip, take: args.take });
    return {
      items: page.items.map((entry) => ({
        id: entry.id,
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        summary: entry.summary,
        createdAt: entry.createdAt,
      })),
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who acted; null for anonymous actions and deleted accounts.',
  })
  async actor(
    @Parent() entry: AuditEntry,
    @Ctx() ctx: RequestContext,
    @LoadersParam() loaders: Loaders,
  ): Promise<User | null> {
    if (!entry.actorId) return null;
    if (entry.actorId !== ctx.actor?.userId && !isCoordinator(ctx.actor)) return null;
    const user = await loaders.user.load(entry.actorId);
    return user ? toUser(user) : null;
  }
}
