import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { IdInput } from '../accounts/dto/accounts.inputs';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { organisationField, UUID } from '../marketplace/listing-fields';
import { Organisation } from '../organisations/models/organisation.models';
import {
  CreateMatchingRoundInput,
  MatchingAssignmentsArgs,
  MatchingPairInput,
  MatchingRoundsArgs,
  MatchingUnassignedArgs,
  PinMatchingPairInput,
  UpdateMatchingRoundInput,
} from './dto/matching-round.inputs';
import { MatchingRuleKind } from './entities/matching-round.entity';
import { MatchingRoundReviewService } from './matching-round-review.service';
import { toAssignment, toMatchingRound, toPairRule, toUnassigned } from './matching-round.mappers';
import { MatchingRoundsService } from './matching-rounds.service';
import {
  MatchingAssignment,
  MatchingAssignmentList,
  MatchingPairRule,
  MatchingRound,
  MatchingRoundList,
  MatchingRoundOrganisation,
  MatchingUnassigned,
  MatchingUnassignedList,
} from './models/matching-round.models';

@Resolver(() => MatchingRound)
export class MatchingRoundsResolver {
  constructor(
    private readonly rounds: MatchingRoundsService,
    private readonly review: MatchingRoundReviewService,
  ) {}

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Query(() => MatchingRound, {
    description: 'One matching round with its run progress (coordinators; the web polls it).',
  })
  async matchingRound(@Args('id', { type: () => ID }) id: string): Promise<MatchingRound> {
    if (!UUID.test(id)) throw AppError.notFound('matchingRound');
    return toMatchingRound(await this.rounds.get(id));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Query(() => MatchingRoundList, { description: 'Matching rounds, newest first (coordinators).' })
  async matchingRounds(@Args() args: MatchingRoundsArgs): Promise<MatchingRoundList> {
    const page = await this.rounds.list(args.status, args.skip, args.take);
    return { items: page.items.map(toMatchingRound), totalCount: page.totalCount };
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Query(() => GraphQLJSON, {
    description:
      'The round document of the last run (input, result, names, pins, explanations): `npm run match -- verify` re-checks it.',
  })
  async matchingRoundDocument(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Record<string, unknown>> {
    if (!UUID.test(id)) throw AppError.notFound('matchingRound');
    return this.review.document(id);
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, { description: 'Sets up a new matching round (a draft).' })
  async createMatchingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateMatchingRoundInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.create(ctx, input));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, {
    description: 'Changes the set-up of a draft, reviewed or failed round.',
  })
  async updateMatchingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMatchingRoundInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.update(ctx, input));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, {
    description: 'Runs (or re-runs) a round as a background job; poll matchingRound for progress.',
  })
  async runMatchingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.run(ctx, input.id));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, { description: 'Cancels an unpublished round.' })
  async cancelMatchingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.cancel(ctx, input.id));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, {
    description: 'Pins a pair to at least a count of students in the next run.',
  })
  async pinMatchingPair(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PinMatchingPairInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.setRule(ctx, input, MatchingRuleKind.PIN));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, { description: 'Forbids a pair in the next run.' })
  async forbidMatchingPair(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MatchingPairInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.setRule(ctx, input, MatchingRuleKind.FORBID));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, { description: 'Removes the pin or forbid of a pair.' })
  async clearMatchingPair(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MatchingPairInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.clearRule(ctx, input));
  }

  @Allow(Permission.RUN_MATCHING_ROUNDS)
  @Mutation(() => MatchingRound, {
    description: 'Publishes a reviewed round: introductions to both organisations of every pair.',
  })
  async publishMatchingRound(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<MatchingRound> {
    return toMatchingRound(await this.rounds.publish(ctx, input.id));
  }

  @ResolveField(() => [MatchingPairRule], { description: 'The pins and forbids.' })
  async rules(@Parent() round: MatchingRound): Promise<MatchingPairRule[]> {
    const rules = await this.review.rules(round.id);
    const listings = await this.review.listings(
      rules.map((r) => r.needId),
      rules.map((r) => r.cohortId),
    );
    return rules.map((r) => toPairRule(r, listings));
  }

  @ResolveField(() => [MatchingRoundOrganisation], {
    description: 'The draft per organisation: its pairs, assigned and unassigned students.',
  })
  organisations(@Parent() round: MatchingRound): Promise<MatchingRoundOrganisation[]> {
    return this.review.organisations(round.id);
  }

  @ResolveField(() => MatchingAssignmentList, {
    description: 'The draft assignments, best score first (optionally of one organisation).',
  })
  async assignments(
    @Parent() round: MatchingRound,
    @Args() args: MatchingAssignmentsArgs,
  ): Promise<MatchingAssignmentList> {
    const page = await this.review.assignments(round.id, args.organisationId, args.skip, args.take);
    const listings = await this.review.listings(
      page.items.map((a) => a.needId),
      page.items.map((a) => a.cohortId),
    );
    return { items: page.items.map((a) => toAssignment(a, listings)), totalCount: page.totalCount };
  }

  @ResolveField(() => MatchingUnassignedList, {
    description: 'Needs and cohorts with places or students left unassigned, with the reason.',
  })
  async unassigned(
    @Parent() round: MatchingRound,
    @Args() args: MatchingUnassignedArgs,
  ): Promise<MatchingUnassignedList> {
    const page = await this.review.unassigned(
      round.id,
      args.side,
      args.organisationId,
      args.skip,
      args.take,
    );
    const needs = page.items.filter((u) => u.side === 'NEED').map((u) => u.listingId);
    const cohorts = page.items.filter((u) => u.side === 'COHORT').map((u) => u.listingId);
    const listings = await this.review.listings(needs, cohorts);
    return { items: page.items.map((u) => toUnassigned(u, listings)), totalCount: page.totalCount };
  }
}

@Resolver(() => MatchingRoundOrganisation)
export class MatchingRoundOrganisationResolver {
  @ResolveField(() => Organisation, { description: 'The organisation.' })
  organisation(
    @Parent() part: MatchingRoundOrganisation,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, part.organisationId);
  }
}

@Resolver(() => MatchingAssignment)
export class MatchingAssignmentResolver {
  @ResolveField(() => Organisation, { description: "The need's company." })
  company(
    @Parent() a: MatchingAssignment,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, a.companyOrganisationId);
  }

  @ResolveField(() => Organisation, { description: "The cohort's school." })
  school(@Parent() a: MatchingAssignment, @LoadersParam() loaders: Loaders): Promise<Organisation> {
    return organisationField(loaders, a.schoolOrganisationId);
  }
}

@Resolver(() => MatchingUnassigned)
export class MatchingUnassignedResolver {
  @ResolveField(() => Organisation, { description: 'The organisation of the need or cohort.' })
  organisation(
    @Parent() u: MatchingUnassigned,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, u.organisationId);
  }
}
