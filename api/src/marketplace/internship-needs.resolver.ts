import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedStatus, Permission } from '@knooppunt/domain';
import { IdInput } from '../accounts/dto/accounts.inputs';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import type { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { Organisation } from '../organisations/models/organisation.models';
import { Municipality, Skill } from '../reference/models/reference.models';
import { toSkill } from '../reference/reference.mappers';
import {
  CreateInternshipNeedInput,
  InternshipNeedsArgs,
  UpdateInternshipNeedInput,
} from './dto/internship-need.inputs';
import { InternshipNeedEntity } from './entities/internship-need.entity';
import { InternshipNeedsService } from './internship-needs.service';
import { InternshipNeed, InternshipNeedList, NeedSkill } from './models/internship-need.models';
import { municipalityField, organisationField, UUID } from './listing-fields';

export function toInternshipNeed(entity: InternshipNeedEntity): InternshipNeed {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    siteMunicipalityCode: entity.siteMunicipalityCode,
    title: entity.title,
    description: entity.description,
    fieldOfStudy: entity.fieldOfStudy,
    levels: entity.levels,
    startDate: entity.startDate,
    endDate: entity.endDate,
    hoursPerWeek: entity.hoursPerWeek,
    places: entity.places,
    workMode: entity.workMode,
    monthlyCompensation:
      entity.monthlyCompensation === null ? null : Number(entity.monthlyCompensation),
    themes: entity.themes,
    status: entity.status,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

@Resolver(() => InternshipNeed)
export class InternshipNeedsResolver {
  constructor(private readonly needs: InternshipNeedsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => InternshipNeed, {
    description: 'One internship need; drafts only for their own company and coordinators.',
  })
  async internshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InternshipNeed> {
    if (!UUID.test(id)) throw AppError.notFound('internshipNeed');
    return toInternshipNeed(await this.needs.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => InternshipNeedList, {
    description: 'Internship needs, filtered, searched (Dutch and English), sorted and paged.',
  })
  async internshipNeeds(
    @Ctx() ctx: RequestContext,
    @Args() args: InternshipNeedsArgs,
  ): Promise<InternshipNeedList> {
    const page = await this.needs.list(ctx, args.filter, args.sort, args.skip, args.take);
    return { items: page.items.map(toInternshipNeed), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => InternshipNeed, {
    description: 'Members of an approved company post a need; it starts as a draft.',
  })
  async createInternshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateInternshipNeedInput,
  ): Promise<InternshipNeed> {
    return toInternshipNeed(await this.needs.create(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => InternshipNeed, {
    description: "Members change their company's draft or open need.",
  })
  async updateInternshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateInternshipNeedInput,
  ): Promise<InternshipNeed> {
    return toInternshipNeed(await this.needs.update(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => InternshipNeed, {
    description: 'Opens a draft (or a filled need again) for matching.',
  })
  async publishInternshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<InternshipNeed> {
    return toInternshipNeed(await this.needs.changeStatus(ctx, input.id, NeedStatus.OPEN));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => InternshipNeed, { description: 'Marks an open need as filled.' })
  async fillInternshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<InternshipNeed> {
    return toInternshipNeed(await this.needs.changeStatus(ctx, input.id, NeedStatus.FILLED));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => InternshipNeed, { description: 'Closes a need for good.' })
  async closeInternshipNeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IdInput,
  ): Promise<InternshipNeed> {
    return toInternshipNeed(await this.needs.changeStatus(ctx, input.id, NeedStatus.CLOSED));
  }

  @ResolveField(() => Organisation, { description: 'The company that asks.' })
  organisation(
    @Parent() need: InternshipNeed,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, need.organisationId);
  }

  @ResolveField(() => Municipality, { description: 'Municipality of the site.' })
  siteMunicipality(
    @Parent() need: InternshipNeed,
    @LoadersParam() loaders: Loaders,
  ): Promise<Municipality> {
    return municipalityField(loaders, need.siteMunicipalityCode);
  }

  @ResolveField(() => [NeedSkill], { description: 'Skills asked for, must-haves first.' })
  async skills(
    @Parent() need: InternshipNeed,
    @LoadersParam() loaders: Loaders,
  ): Promise<NeedSkill[]> {
    return (await loaders.skillsOfNeed.load(need.id)).map((s) => ({
      skillId: s.skillId,
      importance: s.importance,
    }));
  }
}

@Resolver(() => NeedSkill)
export class NeedSkillResolver {
  @ResolveField(() => Skill, { description: 'The skill.' })
  async skill(@Parent() needSkill: NeedSkill, @LoadersParam() loaders: Loaders): Promise<Skill> {
    const skill = await loaders.skill.load(needSkill.skillId);
    if (!skill) throw new Error(`Unknown skill ${needSkill.skillId}`);
    return toSkill(skill);
  }
}
