import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { IdInput } from '../accounts/dto/accounts.inputs';
import { isCoordinator, isOrganisationAdmin, membershipOf } from '../core/auth/actor';
import type { RequestContext } from '../core/auth/actor';
import { Allow, Public } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { toMunicipality } from '../reference/reference.mappers';
import { Municipality } from '../reference/models/reference.models';
import {
  CreateOrganisationInput,
  OrganisationsArgs,
  RejectOrganisationInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs';
import {
  Invitation,
  Membership,
  Organisation,
  OrganisationList,
} from './models/organisation.models';
import { toInvitation, toMembership, toOrganisation } from './organisation.mappers';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Public()
  @Query(() => Organisation, {
    description:
      'An organisation: active ones for everyone; pending or rejected ones for their members, coordinators and admins (NOT_FOUND otherwise).',
  })
  async organisation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organisation> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('organisation');
    return toOrganisation(await this.service.get(ctx, id));
  }

  @Public()
  @Query(() => OrganisationList, {
    description:
      'Organisations by name; active ones, unless a coordinator asks for another status.',
  })
  async organisations(
    @Ctx() ctx: RequestContext,
    @Args() args: OrganisationsArgs,
  ): Promise<OrganisationList> {
    const page = await this.service.list(ctx, args.filter, args.skip, args.take);
    return { items: page.items.map(toOrganisation), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Organisation, {
    description: 'Registers an organisation; the caller becomes its admin; pending until approved.',
  })
  async createOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.service.create(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Organisation, {
    description: "Organisation admins change their organisation's profile.",
  })
  async updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.service.update(ctx, input));
  }

  @Allow(Permission.APPROVE_ORGANISATIONS)
  @Mutation(() => Organisation, {
    description: 'Coordinators approve a pending organisation; its admins are mailed.',
  })
  async approveOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.service.approve(ctx, input.id));
  }

  @Allow(Permission.APPROVE_ORGANISATIONS)
  @Mutation(() => Organisation, {
    description: 'Coordinators reject a pending organisation with a reason; its admins are mailed.',
  })
  async rejectOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RejectOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.service.reject(ctx, input.id, input.reason));
  }

  @ResolveField(() => Municipality, { description: 'Municipality where it is based.' })
  async municipality(
    @Parent() organisation: Organisation,
    @LoadersParam() loaders: Loaders,
  ): Promise<Municipality> {
    const municipality = await loaders.municipality.load(organisation.municipalityCode);
    if (!municipality) throw new Error(`Unknown municipality ${organisation.municipalityCode}`);
    return toMunicipality(municipality);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why it was rejected; for its members and coordinators.',
  })
  rejectionReason(@Parent() organisation: Organisation, @Ctx() ctx: RequestContext): string | null {
    return this.insider(ctx, organisation.id) ? organisation.rejectionReasonValue : null;
  }

  @ResolveField(() => [Membership], {
    nullable: true,
    description: 'Members; for its own members, coordinators and admins, null for others.',
  })
  async members(
    @Parent() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @LoadersParam() loaders: Loaders,
  ) {
    if (!this.insider(ctx, organisation.id)) return null;
    return (await loaders.membershipsOfOrganisation.load(organisation.id)).map(toMembership);
  }

  @ResolveField(() => [Invitation], {
    nullable: true,
    description: 'Open invitations; for its admins, coordinators and admins, null for others.',
  })
  async invitations(
    @Parent() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @LoadersParam() loaders: Loaders,
  ) {
    if (!isOrganisationAdmin(ctx.actor, organisation.id) && !isCoordinator(ctx.actor)) return null;
    const now = Date.now();
    return (await loaders.openInvitationsOfOrganisation.load(organisation.id))
      .filter((invitation) => invitation.expiresAt.getTime() > now)
      .map(toInvitation);
  }

  @ResolveField(() => Membership, {
    nullable: true,
    description: "The caller's own membership, if any.",
  })
  async myMembership(
    @Parent() organisation: Organisation,
    @Ctx() ctx: RequestContext,
    @LoadersParam() loaders: Loaders,
  ) {
    if (!ctx.actor) return null;
    const memberships = await loaders.membershipsOfOrganisation.load(organisation.id);
    const own = memberships.find((membership) => membership.userId === ctx.actor?.userId);
    return own ? toMembership(own) : null;
  }

  private insider(ctx: RequestContext, organisationId: string): boolean {
    return isCoordinator(ctx.actor) || membershipOf(ctx.actor, organisationId) !== undefined;
  }
}
