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
import { CreateMinorInput, MinorsArgs, UpdateMinorInput } from './dto/minor.inputs';
import { MinorEntity, MinorPartnerSlotEntity } from './entities/minor.entity';
import { municipalityField, organisationField, UUID } from './listing-fields';
import { MinorsService } from './minors.service';
import { Minor, MinorList, PartnerSlot } from './models/minor.models';

export function toMinor(entity: MinorEntity): Minor {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityCode: entity.municipalityCode,
    kind: entity.kind,
    title: entity.title,
    description: entity.description,
    level: entity.level,
    credits: entity.credits,
    capacity: entity.capacity,
    startDate: entity.startDate,
    endDate: entity.endDate,
    themes: entity.themes,
    status: entity.status,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toPartnerSlot(entity: MinorPartnerSlotEntity): PartnerSlot {
  return {
    id: entity.id,
    minorId: entity.minorId,
    role: entity.role,
    wanted: entity.wanted,
    filled: entity.filled,
    open: entity.wanted - entity.filled,
  };
}

@Resolver(() => Minor)
export class MinorsResolver {
  constructor(private readonly service: MinorsService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Minor, {
    description: 'One minor; drafts only for their own school and coordinators.',
  })
  async minor(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Minor> {
    if (!UUID.test(id)) throw AppError.notFound('minor');
    return toMinor(await this.service.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => MinorList, {
    description:
      'Minors, retraining programmes and masterclasses: filtered, searched, sorted, paged.',
  })
  async minors(@Ctx() ctx: RequestContext, @Args() args: MinorsArgs): Promise<MinorList> {
    const page = await this.service.list(ctx, args.filter, args.sort, args.skip, args.take);
    return { items: page.items.map(toMinor), totalCount: page.totalCount };
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Minor, {
    description: 'Members of an approved school post a minor; it starts as a draft.',
  })
  async createMinor(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateMinorInput,
  ): Promise<Minor> {
    return toMinor(await this.service.create(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Minor, { description: "Members change their school's draft or open minor." })
  async updateMinor(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMinorInput,
  ): Promise<Minor> {
    return toMinor(await this.service.update(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Minor, {
    description: 'Opens a draft minor so companies can offer partnerships.',
  })
  async publishMinor(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<Minor> {
    return toMinor(await this.service.changeStatus(ctx, input.id, NeedStatus.OPEN));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Minor, {
    description: 'Marks an open minor as having all the partners it needs.',
  })
  async fillMinor(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<Minor> {
    return toMinor(await this.service.changeStatus(ctx, input.id, NeedStatus.FILLED));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => Minor, { description: 'Closes a minor for good.' })
  async closeMinor(@Ctx() ctx: RequestContext, @Args('input') input: IdInput): Promise<Minor> {
    return toMinor(await this.service.changeStatus(ctx, input.id, NeedStatus.CLOSED));
  }

  @ResolveField(() => Organisation, { description: 'The school.' })
  organisation(@Parent() minor: Minor, @LoadersParam() loaders: Loaders): Promise<Organisation> {
    return organisationField(loaders, minor.organisationId);
  }

  @ResolveField(() => Municipality, { description: 'Where it is taught.' })
  municipality(@Parent() minor: Minor, @LoadersParam() loaders: Loaders): Promise<Municipality> {
    return municipalityField(loaders, minor.municipalityCode);
  }

  @ResolveField(() => [Skill], { description: 'Skills it teaches, by Dutch label.' })
  async skills(@Parent() minor: Minor, @LoadersParam() loaders: Loaders): Promise<Skill[]> {
    return (await loaders.skillsOfMinor.load(minor.id)).map(toSkill);
  }

  @ResolveField(() => [PartnerSlot], { description: 'Partners wanted per role.' })
  async partnerSlots(
    @Parent() minor: Minor,
    @LoadersParam() loaders: Loaders,
  ): Promise<PartnerSlot[]> {
    return (await loaders.partnerSlotsOfMinor.load(minor.id)).map(toPartnerSlot);
  }
}
