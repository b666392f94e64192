import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { organisationField, UUID } from '../marketplace/listing-fields';
import { Organisation } from '../organisations/models/organisation.models';
import { IntroductionResponseInput, MyIntroductionsArgs } from './dto/introduction.inputs';
import { IntroductionEntity } from './entities/introduction.entity';
import { IntroductionsService } from './introductions.service';
import { MatchingRoundReviewService } from './matching-round-review.service';
import { toIntroduction } from './matching-round.mappers';
import { Introduction, IntroductionList } from './models/introduction.models';

@Resolver(() => Introduction)
export class IntroductionsResolver {
  constructor(
    private readonly introductions: IntroductionsService,
    private readonly review: MatchingRoundReviewService,
  ) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Introduction, {
    description: 'One introduction, for members of its company and its school.',
  })
  async introduction(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Introduction> {
    if (!UUID.test(id)) throw AppError.notFound('introduction');
    const [mapped] = await this.map([await this.introductions.get(ctx, id)]);
    return mapped;
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => IntroductionList, {
    description: "Your organisation's introductions (as company or school), newest first.",
  })
  async myIntroductions(
    @Ctx() ctx: RequestContext,
    @Args() args: MyIntroductionsArgs,
  ): Promise<IntroductionList> {
    const page = await this.introductions.listMine(
      ctx,
      args.organisationId,
      args.status,
      args.skip,
      args.take,
    );
    return { items: await this.map(page.items), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Introduction, {
    description:
      'Accepts for your side(s); when both sides accepted it becomes a placement (CONFLICT when a capacity is full).',
  })
  async acceptIntroduction(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IntroductionResponseInput,
  ): Promise<Introduction> {
    const [mapped] = await this.map([
      await this.introductions.answer(ctx, input.id, true, input.message),
    ]);
    return mapped;
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Introduction, { description: 'Declines for your side; the introduction ends.' })
  async declineIntroduction(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IntroductionResponseInput,
  ): Promise<Introduction> {
    const [mapped] = await this.map([
      await this.introductions.answer(ctx, input.id, false, input.message),
    ]);
    return mapped;
  }

  @ResolveField(() => Organisation, { description: "The need's company." })
  company(@Parent() i: Introduction, @LoadersParam() loaders: Loaders): Promise<Organisation> {
    return organisationField(loaders, i.companyOrganisationId);
  }

  @ResolveField(() => Organisation, { description: "The cohort's school." })
  school(@Parent() i: Introduction, @LoadersParam() loaders: Loaders): Promise<Organisation> {
    return organisationField(loaders, i.schoolOrganisationId);
  }

  private async map(entities: IntroductionEntity[]): Promise<Introduction[]> {
    const listings = await this.review.listings(
      entities.map((i) => i.needId),
      entities.map((i) => i.cohortId),
    );
    const placements = await this.introductions.placements(entities.map((i) => i.id));
    return entities.map((i) => toIntroduction(i, listings, placements.get(i.id)));
  }
}
