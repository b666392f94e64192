import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  effectiveRoles,
  OrganisationStatus,
  Permission,
  PlatformRole,
  Role,
} from '@knooppunt/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { isCoordinator } from '../core/auth/actor';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import type { Loaders } from '../core/loaders';
import { PageArgs } from '../core/pagination';
import { toMembership } from '../organisations/organisation.mappers';
import { Membership } from '../organisations/models/organisation.models';
import { toUser } from './account.mappers';
import { User, UserList } from './models/account.models';
import { UsersService } from './users.service';

@ArgsType()
class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Text to find in the name or email address.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType({ description: 'Gives or takes a platform role.' })
class SetPlatformRoleInput {
  @Field(() => ID, { description: 'The user.' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => PlatformRole, { nullable: true, description: 'The new role; null removes it.' })
  @IsOptional()
  @IsEnum(PlatformRole)
  role?: PlatformRole | null;
}

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Allow(Permission.MANAGE_USERS)
  @Query(() => UserList, { description: 'Admins only: every account, by name.' })
  async users(@Args() args: UsersArgs): Promise<UserList> {
    const page = await this.usersService.list(args.search, args.skip, args.take);
    return { items: page.items.map(toUser), totalCount: page.totalCount };
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => User, {
    description: 'Admins only: makes a user coordinator or admin, or takes the role away.',
  })
  async setPlatformRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetPlatformRoleInput,
  ): Promise<User> {
    return toUser(await this.usersService.setPlatformRole(ctx, input.userId, input.role ?? null));
  }

  @ResolveField(() => [Membership], {
    description:
      'Organisations the user belongs to; visible to the user, coordinators and admins (others get an empty list).',
  })
  async memberships(
    @Parent() user: User,
    @Ctx() ctx: RequestContext,
    @LoadersParam() loaders: Loaders,
  ): Promise<Membership[]> {
    if (ctx.actor?.userId !== user.id && !isCoordinator(ctx.actor)) return [];
    return (await loaders.membershipsOfUser.load(user.id)).map(toMembership);
  }

  @ResolveField(() => [Role], {
    description: 'Effective roles: platform role plus the helix roles of active memberships.',
  })
  async roles(@Parent() user: User, @LoadersParam() loaders: Loaders): Promise<Role[]> {
    const memberships = await loaders.membershipsOfUser.load(user.id);
    const organisations = await loaders.organisation.loadMany(
      memberships.map((m) => m.organisationId),
    );
    const helices = organisations
      .filter(
        (o): o is Exclude<typeof o, Error | undefined> =>
          !!o && !(o instanceof Error) && o.status === OrganisationStatus.ACTIVE,
      )
      .map((o) => o.helix);
    return effectiveRoles(user.platformRole, helices);
  }
}
