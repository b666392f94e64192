import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedStatus, Permission } from '@knooppunt/domain';
import { IdInput } from '../accounts/dto/accounts.inputs';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { Organisation } from '../organisations/models/organisation.models';
import { Municipality, Skill } from '../reference/models/reference.models';
import { toSkill } from '../reference/reference.mappers';
import { ChallengesService } from './challenges.service';
import { ChallengesArgs, CreateChallengeInput, UpdateChallengeInput } from './dto/challenge.inputs';
import { ChallengeEntity } from './entities/challenge.entity';
import { municipalityField, organisationField, UUID } from './listing-fields';
import { Challenge, ChallengeList } from './models/challenge.models';

export function toChallenge(entity: ChallengeEntity): Challenge {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityCode: entity.municipalityCode,
    title: entity.title,
    description: entity.description,
    startDate: entity.startDate,
    endDate: entity.endDate,
    teamSizeMin: entity.teamSizeMin,
    teamSizeMax: entity.teamSizeMax,
    themes: entity.themes,
    status: entity.status,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Challenge, {
    description: 'One challenge; drafts only for their own organisation and coordinators.',
  })
  async challenge(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Challenge> {
    if (!UUID.test(id)) throw AppError.notFound('challenge');
    return toChallenge(await this.service.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => ChallengeList, {
    description: 'Challenges: filtered, searched (Dutch and English), sorted, paged.',
  })
  async challenges(
    @Ctx() ctx: RequestContext,
    @Args() args: ChallengesArgs,
  ): Promise<ChallengeList> {
    const page = await this.service.list(ctx, args.filter, args.sort, args.skip, args.take);
    return { items: page.items.map(toChallenge), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Challenge, {
    description:
      'Members of an approved company or government body post a challenge; it starts as a draft.',
  })
  async createChallenge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateChallengeInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.create(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Challenge, {
    description: "Members change their organisation's draft or open challenge.",
  })
  async updateChallenge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateChallengeInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.update(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Challenge, {
    description: 'Opens a draft challenge for minors and student teams.',
  })
  async publishChallenge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.changeStatus(ctx, input.id, NeedStatus.OPEN));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Challenge, { description: 'Marks an open challenge as taken on.' })
  async fillChallenge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.changeStatus(ctx, input.id, NeedStatus.FILLED));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Challenge, { description: 'Closes a challenge for good.' })
  async closeChallenge(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.changeStatus(ctx, input.id, NeedStatus.CLOSED));
  }

  @ResolveField(() => Organisation, { description: 'The company or government body.' })
  organisation(
    @Parent() challenge: Challenge,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, challenge.organisationId);
  }

  @ResolveField(() => Municipality, { description: 'The municipality the question is about.' })
  municipality(
    @Parent() challenge: Challenge,
    @LoadersParam() loaders: Loaders,
  ): Promise<Municipality> {
    return municipalityField(loaders, challenge.municipalityCode);
  }

  @ResolveField(() => [Skill], { description: 'Skills it asks for, by Dutch label.' })
  async skills(@Parent() challenge: Challenge, @LoadersParam() loaders: Loaders): Promise<Skill[]> {
    return (await loaders.skillsOfChallenge.load(challenge.id)).map(toSkill);
  }
}
