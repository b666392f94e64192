import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { HELICES, Permission } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import type { GraphQLContext } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { municipalityField, organisationField, UUID } from '../marketplace/listing-fields';
import { Organisation } from '../organisations/models/organisation.models';
import { Municipality } from '../reference/models/reference.models';
import { ConversationsService } from './conversations.service';
import {
  AddTableMembersInput,
  CreateTransitionTableInput,
  CreateVenueInput,
  RemoveTableMemberInput,
  TransitionTablesArgs,
  UpdateTransitionTableInput,
  UpdateVenueInput,
  VenuesArgs,
} from './dto/transition-table.inputs';
import { ConversationsArgs } from './dto/conversation.inputs';
import {
  ConversationList,
  HelixMembers,
  TablePerson,
  TransitionTable,
  TransitionTableList,
  Venue,
  VenueList,
} from './models/transition-table.models';
import { tableLoadersOf } from './table-loaders';
import { TablesService } from './tables.service';
import { toConversation, toPerson, toTransitionTable, toVenue } from './transition-table.mappers';
import { quorumOf } from './transition-tables.errors';
import { VenuesService } from './venues.service';

@Resolver(() => TransitionTable)
export class TablesResolver {
  constructor(
    private readonly tables: TablesService,
    private readonly conversationsService: ConversationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => TransitionTable, {
    description: 'One transition table (coordinators, admins and its members).',
  })
  async transitionTable(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TransitionTable> {
    if (!UUID.test(id)) throw AppError.notFound('transitionTable');
    return toTransitionTable(await this.tables.get(ctx, id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => TransitionTableList, {
    description:
      'Transition tables by name: all of them for coordinators and admins, your own tables for members.',
  })
  async transitionTables(
    @Ctx() ctx: RequestContext,
    @Args() args: TransitionTablesArgs,
  ): Promise<TransitionTableList> {
    const page = await this.tables.list(ctx, args.filter, args.skip, args.take);
    return { items: page.items.map(toTransitionTable), totalCount: page.totalCount };
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => TransitionTable, { description: 'Sets up a transition table (coordinators).' })
  async createTransitionTable(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateTransitionTableInput,
  ): Promise<TransitionTable> {
    return toTransitionTable(await this.tables.create(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => TransitionTable, { description: 'Changes a transition table (coordinators).' })
  async updateTransitionTable(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateTransitionTableInput,
  ): Promise<TransitionTable> {
    return toTransitionTable(await this.tables.update(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => TransitionTable, {
    description: 'Adds people to a table, each through one of their organisations (coordinators).',
  })
  async addTableMembers(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddTableMembersInput,
  ): Promise<TransitionTable> {
    return toTransitionTable(await this.tables.addMembers(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => TransitionTable, { description: 'Removes a person from a table (coordinators).' })
  async removeTableMember(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveTableMemberInput,
  ): Promise<TransitionTable> {
    return toTransitionTable(await this.tables.removeMember(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => ConversationList, {
    description: 'The conversations of a table you may see, newest first.',
  })
  async conversations(
    @Ctx() ctx: RequestContext,
    @Args() args: ConversationsArgs,
  ): Promise<ConversationList> {
    await this.tables.get(ctx, args.tableId);
    const page = await this.conversationsService.listOfTable(
      ctx,
      args.tableId,
      args.status,
      args.skip,
      args.take,
    );
    return { items: page.items.map(toConversation), totalCount: page.totalCount };
  }

  @ResolveField(() => [TablePerson], { description: 'Its coordinators.' })
  async coordinators(
    @Parent() table: TransitionTable,
    @Context() context: GraphQLContext,
  ): Promise<TablePerson[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).coordinatorsOfTable.load(
      table.id,
    );
    return rows.map(toPerson);
  }

  @ResolveField(() => [TablePerson], { description: 'Its members, by name.' })
  async members(
    @Parent() table: TransitionTable,
    @Context() context: GraphQLContext,
  ): Promise<TablePerson[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).membersOfTable.load(table.id);
    return rows.map(toPerson);
  }

  @ResolveField(() => [HelixMembers], {
    description: 'Its members per helix (business, education, government) with the quorum.',
  })
  async membersByHelix(
    @Parent() table: TransitionTable,
    @Context() context: GraphQLContext,
  ): Promise<HelixMembers[]> {
    const rows = await tableLoadersOf(context.req, this.dataSource).membersOfTable.load(table.id);
    const quorum = quorumOf({
      quorumBusiness: table.quorum.business,
      quorumEducation: table.quorum.education,
      quorumGovernment: table.quorum.government,
    });
    return HELICES.map((helix) => {
      const members = rows.filter((row) => row.helix === helix).map(toPerson);
      return { helix, count: members.length, quorum: quorum[helix], members };
    });
  }
}

@Resolver(() => TablePerson)
export class TablePersonResolver {
  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'The organisation they sit at the table for.',
  })
  async organisation(
    @Parent() person: TablePerson,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation | null> {
    return person.organisationId ? organisationField(loaders, person.organisationId) : null;
  }
}

@Resolver(() => Venue)
export class VenuesResolver {
  constructor(private readonly venuesService: VenuesService) {}

  @Allow(Permission.AUTHENTICATED)
  @Query(() => Venue, { description: 'One venue.' })
  async venue(@Args('id', { type: () => ID }) id: string): Promise<Venue> {
    if (!UUID.test(id)) throw AppError.notFound('venue');
    return toVenue(await this.venuesService.get(id));
  }

  @Allow(Permission.AUTHENTICATED)
  @Query(() => VenueList, { description: 'Venues by name, filtered.' })
  async venues(@Args() args: VenuesArgs): Promise<VenueList> {
    const page = await this.venuesService.list(args.filter, args.skip, args.take);
    return { items: page.items.map(toVenue), totalCount: page.totalCount };
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Venue, { description: 'Adds a venue (coordinators).' })
  async createVenue(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateVenueInput,
  ): Promise<Venue> {
    return toVenue(await this.venuesService.create(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Venue, { description: 'Changes a venue (coordinators).' })
  async updateVenue(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateVenueInput,
  ): Promise<Venue> {
    return toVenue(await this.venuesService.update(ctx, input));
  }

  @ResolveField(() => Municipality, { description: 'Its municipality.' })
  municipality(@Parent() venue: Venue, @LoadersParam() loaders: Loaders): Promise<Municipality> {
    return municipalityField(loaders, venue.municipalityCode);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The host organisation.' })
  async hostOrganisation(
    @Parent() venue: Venue,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation | null> {
    return venue.hostOrganisationId ? organisationField(loaders, venue.hostOrganisationId) : null;
  }
}
