import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@knooppunt/domain';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { toChallenge } from '../marketplace/challenges.resolver';
import { toCohort } from '../marketplace/cohorts.resolver';
import { toInternshipNeed } from '../marketplace/internship-needs.resolver';
import { UUID } from '../marketplace/listing-fields';
import { toMinor } from '../marketplace/minors.resolver';
import { toOrganisation } from '../organisations/organisation.mappers';
import { Skill } from '../reference/models/reference.models';
import { toSkill } from '../reference/reference.mappers';
import {
  RecommendedCohortsArgs,
  RecommendedForMinorArgs,
  RecommendedMinorsArgs,
  RecommendedNeedsArgs,
} from './dto/recommendation.args';
import {
  ChallengeMatch,
  CohortMatch,
  InternshipNeedMatch,
  MatchExplanation,
  MatchSkill,
  MinorMatch,
  OrganisationMatch,
} from './models/recommendation.models';
import { toMatchExplanation } from './recommendation.mappers';
import { Recommendation, RecommendationsService } from './recommendations.service';

function scored<T>(r: Recommendation<T>): { score: number; explanation: MatchExplanation } {
  return { score: r.match.score, explanation: toMatchExplanation(r.match.explanation, r.ranked) };
}

/** A malformed id is NOT_FOUND before the database is asked, like the listing queries. */
function checkId(id: string, entity: string): void {
  if (!UUID.test(id)) throw AppError.notFound(entity);
}

@Resolver()
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [CohortMatch], {
    description:
      "An internship need's best cohorts, best first, each with why (draft needs: own company and coordinators).",
  })
  async recommendedCohorts(
    @Ctx() ctx: RequestContext,
    @Args() args: RecommendedCohortsArgs,
  ): Promise<CohortMatch[]> {
    checkId(args.needId, 'internshipNeed');
    return (await this.service.cohortsForNeed(ctx, args.needId, args.take)).map((r) => ({
      ...scored(r),
      cohort: toCohort(r.entity),
    }));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [InternshipNeedMatch], {
    description:
      "A cohort's best internship needs, best first, each with why (draft cohorts: own school and coordinators).",
  })
  async recommendedNeeds(
    @Ctx() ctx: RequestContext,
    @Args() args: RecommendedNeedsArgs,
  ): Promise<InternshipNeedMatch[]> {
    checkId(args.cohortId, 'cohort');
    return (await this.service.needsForCohort(ctx, args.cohortId, args.take)).map((r) => ({
      ...scored(r),
      internshipNeed: toInternshipNeed(r.entity),
    }));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [OrganisationMatch], {
    description:
      "A minor's best company partners (by the skills and themes of their open needs and challenges), best first.",
  })
  async recommendedCompaniesForMinor(
    @Ctx() ctx: RequestContext,
    @Args() args: RecommendedForMinorArgs,
  ): Promise<OrganisationMatch[]> {
    checkId(args.minorId, 'minor');
    return (await this.service.companiesForMinor(ctx, args.minorId, args.take)).map((r) => ({
      ...scored(r),
      organisation: toOrganisation(r.entity),
    }));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [ChallengeMatch], {
    description: "A minor's best challenges, best first, each with why.",
  })
  async recommendedChallengesForMinor(
    @Ctx() ctx: RequestContext,
    @Args() args: RecommendedForMinorArgs,
  ): Promise<ChallengeMatch[]> {
    checkId(args.minorId, 'minor');
    return (await this.service.challengesForMinor(ctx, args.minorId, args.take)).map((r) => ({
      ...scored(r),
      challenge: toChallenge(r.entity),
    }));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => [MinorMatch], {
    description:
      "A challenge's best minors, best first, each with why (draft challenges: own organisation and coordinators).",
  })
  async recommendedMinorsForChallenge(
    @Ctx() ctx: RequestContext,
    @Args() args: RecommendedMinorsArgs,
  ): Promise<MinorMatch[]> {
    checkId(args.challengeId, 'challenge');
    return (await this.service.minorsForChallenge(ctx, args.challengeId, args.take)).map((r) => ({
      ...scored(r),
      minor: toMinor(r.entity),
    }));
  }
}

@Resolver(() => MatchSkill)
export class MatchSkillResolver {
  @ResolveField(() => Skill, { description: 'The skill.' })
  async skill(@Parent() matchSkill: MatchSkill, @LoadersParam() loaders: Loaders): Promise<Skill> {
    const skill = await loaders.skill.load(matchSkill.skillId);
    if (!skill) throw new Error(`Unknown skill ${matchSkill.skillId}`);
    return toSkill(skill);
  }
}
