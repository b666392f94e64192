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
import { CohortsService } from './cohorts.service';
import { CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.inputs';
import { CohortEntity } from './entities/cohort.entity';
import { Cohort, CohortList } from './models/cohort.models';
import { municipalityField, organisationField, UUID } from './listing-fields';

export function toCohort(entity: CohortEntity): Cohort {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityCode: entity.municipalityCode,
    programmeName: entity.programmeName,
    programmeCode: entity.programmeCode,
    description: entity.description,
    level: entity.level,
    students: entity.students,
    startDate: entity.startDate,
    endDate: entity.endDate,
    maxTravelMinutes: entity.maxTravelMinutes,
    status: entity.status,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Cohort, {
    description: 'One cohort; drafts only for their own school and coordinators.',
  })
  async cohort(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Cohort> {
    if (!UUID.test(id)) throw AppError.notFound('cohort');
    return toCohort(await this.service.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => CohortList, {
    description: 'Cohorts, filtered, searched (Dutch and English), sorted and paged.',
  })
  async cohorts(@Ctx() ctx: RequestContext, @Args() args: CohortsArgs): Promise<CohortList> {
    const page = await this.service.list(ctx, args.filter, args.sort, args.skip, args.take);
    return { items: page.items.map(toCohort), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Cohort, {
    description: 'Members of an approved school post a cohort; it starts as a draft.',
  })
  async createCohort(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCohortInput,
  ): Promise<Cohort> {
    return toCohort(await this.service.create(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Cohort, { description: "Members change their school's draft or open cohort." })
  async updateCohort(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCohortInput,
  ): Promise<Cohort> {
    return toCohort(await this.service.update(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Cohort, {
    description: 'Opens a draft cohort (or a filled one again) for matching.',
  })
  async publishCohort(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<Cohort> {
    return toCohort(await this.service.changeStatus(ctx, input.id, NeedStatus.OPEN));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Cohort, { description: 'Closes a cohort for good.' })
  async closeCohort(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<Cohort> {
    return toCohort(await this.service.changeStatus(ctx, input.id, NeedStatus.CLOSED));
  }

  @ResolveField(() => Organisation, { description: 'The school.' })
  organisation(@Parent() cohort: Cohort, @LoadersParam() loaders: Loaders): Promise<Organisation> {
    return organisationField(loaders, cohort.organisationId);
  }

  @ResolveField(() => Municipality, { description: "Municipality of the school's location." })
  municipality(@Parent() cohort: Cohort, @LoadersParam() loaders: Loaders): Promise<Municipality> {
    return municipalityField(loaders, cohort.municipalityCode);
  }

  @ResolveField(() => [Skill], { description: 'Skills the programme teaches, by Dutch label.' })
  async skills(@Parent() cohort: Cohort, @LoadersParam() loaders: Loaders): Promise<Skill[]> {
    return (await loaders.skillsOfCohort.load(cohort.id)).map(toSkill);
  }
}
