import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PartnershipStatus, Permission } from '@knooppunt/domain';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { Organisation } from '../organisations/models/organisation.models';
import { toChallenge } from './challenges.resolver';
import {
  OfferPartnershipInput,
  PartnershipResponseInput,
  PartnershipsArgs,
  ProposeChallengeAdoptionInput,
} from './dto/partnership.inputs';
import { PartnershipEntity } from './entities/partnership.entity';
import { organisationField, UUID } from './listing-fields';
import { toMinor, toPartnerSlot } from './minors.resolver';
import { Challenge } from './models/challenge.models';
import { Minor, PartnerSlot } from './models/minor.models';
import { Partnership, PartnershipList } from './models/partnership.models';
import { PartnershipsService } from './partnerships.service';

export function toPartnership(entity: PartnershipEntity): Partnership {
  return {
    id: entity.id,
    kind: entity.kind,
    status: entity.status,
    minorId: entity.minorId,
    slotId: entity.slotId,
    challengeId: entity.challengeId,
    proposerOrganisationId: entity.proposerOrganisationId,
    recipientOrganisationId: entity.recipientOrganisationId,
    message: entity.message,
    responseMessage: entity.responseMessage,
    createdAt: entity.createdAt,
    respondedAt: entity.respondedAt,
  };
}

@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(private readonly service: PartnershipsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Partnership, {
    description: 'One partnership: accepted ones for everyone signed in, others for both parties.',
  })
  async partnership(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership> {
    if (!UUID.test(id)) throw AppError.notFound('partnership');
    return toPartnership(await this.service.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => PartnershipList, {
    description: 'Partnerships you may see (accepted ones, and your organisations’), newest first.',
  })
  async partnerships(
    @Ctx() ctx: RequestContext,
    @Args() args: PartnershipsArgs,
  ): Promise<PartnershipList> {
    const page = await this.service.list(ctx, args.filter, args.skip, args.take);
    return { items: page.items.map(toPartnership), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Partnership, {
    description: "Members of an approved company offer to fill an open minor's partner slot.",
  })
  async offerPartnership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OfferPartnershipInput,
  ): Promise<Partnership> {
    return toPartnership(await this.service.offer(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Partnership, {
    description: "Members of the minor's school propose that it takes on an open challenge.",
  })
  async proposeChallengeAdoption(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ProposeChallengeAdoptionInput,
  ): Promise<Partnership> {
    return toPartnership(await this.service.proposeAdoption(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Partnership, {
    description: 'The receiving organisation accepts; a full partner slot refuses with CONFLICT.',
  })
  async acceptPartnership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PartnershipResponseInput,
  ): Promise<Partnership> {
    return toPartnership(
      await this.service.answer(ctx, input.id, PartnershipStatus.ACCEPTED, input.message),
    );
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Partnership, { description: 'The receiving organisation declines.' })
  async declinePartnership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PartnershipResponseInput,
  ): Promise<Partnership> {
    return toPartnership(
      await this.service.answer(ctx, input.id, PartnershipStatus.DECLINED, input.message),
    );
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Partnership, {
    description: 'The proposer withdraws a proposal; either party ends an accepted partnership.',
  })
  async withdrawPartnership(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PartnershipResponseInput,
  ): Promise<Partnership> {
    return toPartnership(await this.service.withdraw(ctx, input.id, input.message));
  }

  @ResolveField(() => Minor, { description: 'The minor.' })
  async minor(
    @Parent() partnership: Partnership,
    @LoadersParam() loaders: Loaders,
  ): Promise<Minor> {
    const minor = await loaders.minor.load(partnership.minorId);
    if (!minor) throw new Error(`Minor ${partnership.minorId} vanished`);
    return toMinor(minor);
  }

  @ResolveField(() => PartnerSlot, { nullable: true, description: 'The slot offered for.' })
  async slot(
    @Parent() partnership: Partnership,
    @LoadersParam() loaders: Loaders,
  ): Promise<PartnerSlot | null> {
    if (!partnership.slotId) return null;
    const slot = await loaders.partnerSlot.load(partnership.slotId);
    return slot ? toPartnerSlot(slot) : null;
  }

  @ResolveField(() => Challenge, { nullable: true, description: 'The challenge taken on.' })
  async challenge(
    @Parent() partnership: Partnership,
    @LoadersParam() loaders: Loaders,
  ): Promise<Challenge | null> {
    if (!partnership.challengeId) return null;
    const challenge = await loaders.challenge.load(partnership.challengeId);
    return challenge ? toChallenge(challenge) : null;
  }

  @ResolveField(() => Organisation, { description: 'The organisation that proposed.' })
  proposer(
    @Parent() partnership: Partnership,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, partnership.proposerOrganisationId);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that answers.' })
  recipient(
    @Parent() partnership: Partnership,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, partnership.recipientOrganisationId);
  }
}
