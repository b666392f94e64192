import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { IdInput, TokenInput } from '../accounts/dto/accounts.inputs';
import { toUser } from '../accounts/account.mappers';
import { User } from '../accounts/models/account.models';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import type { Loaders } from '../core/loaders';
import { ChangeMemberRoleInput, InviteMemberInput } from './dto/organisation.inputs';
import { MembersService } from './members.service';
import { Invitation, Membership, Organisation } from './models/organisation.models';
import { toInvitation, toMembership, toOrganisation } from './organisation.mappers';

async function loadOrganisation(loaders: Loaders, id: string): Promise<Organisation> {
  const organisation = await loaders.organisation.load(id);
  if (!organisation) throw new Error(`Organisation ${id} vanished`);
  return toOrganisation(organisation);
}

@Resolver(() => Membership)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Invitation, { description: 'Organisation admins invite someone by email.' })
  async inviteMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<Invitation> {
    return toInvitation(
      await this.members.invite(ctx, input.organisationId, input.email, input.role),
    );
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Boolean, { description: 'Organisation admins withdraw an open invitation.' })
  async revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<boolean> {
    await this.members.revokeInvitation(ctx, input.id);
    return true;
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Membership, {
    description: "Accepts an invitation sent to the signed-in user's address.",
  })
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: TokenInput,
  ): Promise<Membership> {
    return toMembership(await this.members.accept(ctx, input.token));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Boolean, {
    description: 'Organisation admins remove a member; members may remove themselves (leave).',
  })
  async removeMember(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<boolean> {
    await this.members.remove(ctx, input.id);
    return true;
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Membership, { description: 'Organisation admins change the role of a member.' })
  async changeMemberRole(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<Membership> {
    return toMembership(await this.members.changeRole(ctx, input.membershipId, input.role));
  }

  @ResolveField(() => Organisation, { description: 'The organisation.' })
  organisation(
    @Parent() membership: Membership,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return loadOrganisation(loaders, membership.organisationId);
  }

  @ResolveField(() => User, { description: 'The member.' })
  async user(@Parent() membership: Membership, @LoadersParam() loaders: Loaders): Promise<User> {
    const user = await loaders.user.load(membership.userId);
    if (!user) throw new Error(`User ${membership.userId} vanished`);
    return toUser(user);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @ResolveField(() => Organisation, { description: 'The organisation it invites to.' })
  organisation(
    @Parent() invitation: Invitation,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return loadOrganisation(loaders, invitation.organisationId);
  }
}
