import {
  Args,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Helix, Permission } from '@knooppunt/domain';

import { GraphQLJSON } from 'graphql-scalars';
import type { RequestContext } from '../core/auth/actor';
import { Allow } from '../core/auth/allow.decorator';
import { Ctx, LoadersParam } from '../core/auth/current-context.decorator';
import { AppError } from '../core/errors';
import type { Loaders } from '../core/loaders';
import { organisationField, UUID } from '../marketplace/listing-fields';
import { Organisation } from '../organisations/models/organisation.models';
import {
  CreateActionItemInput,
  PlanNextConversationInput,
  SaveMinutesInput,
  UpdateActionItemInput,
} from './dto/conversation.inputs';
import { FollowUpService } from './follow-up.service';
import { ActionItem, Conversation } from './models/transition-table.models';
import { SuggestionsService } from './suggestions.service';
import { toActionItem, toConversation } from './transition-table.mappers';

@ObjectType({ description: 'Why an organisation is suggested.' })
export class SuggestionReason {
  @Field({
    description: 'HELIX_MISSING, HELIX_THIN, THEME, ECOSYSTEM or NEW_MUNICIPALITY.',
  })
  code!: string;

  @Field({ description: 'Message key the web translates with params.' })
  messageKey!: string;

  @Field({ description: 'The reason as an English sentence.' })
  message!: string;

  @Field(() => GraphQLJSON, { description: 'The values in the message (helix, have, need, …).' })
  params!: Record<string, unknown>;
}

@ObjectType({ description: 'An organisation to invite to a table, with the reasons.' })
export class SuggestedMember {
  organisationId!: string;

  @Field(() => Helix, { description: 'Its helix.' })
  helix!: Helix;

  @Field(() => Float, { description: 'Rank score (higher first).' })
  score!: number;

  @Field(() => [SuggestionReason], { description: 'Why: the helix it restores first.' })
  reasons!: SuggestionReason[];
}

@Resolver(() => ActionItem)
export class FollowUpResolver {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly suggestions: SuggestionsService,
  ) {}

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description: 'Saves the minutes (Markdown) of a confirmed conversation (coordinators).',
  })
  async saveConversationMinutes(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveMinutesInput,
  ): Promise<Conversation> {
    return toConversation(await this.followUp.saveMinutes(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => ActionItem, { description: 'Adds an action item to a confirmed conversation.' })
  async createActionItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateActionItemInput,
  ): Promise<ActionItem> {
    return toActionItem(await this.followUp.createActionItem(ctx, input));
  }

  @Allow(Permission.AUTHENTICATED)
  @Mutation(() => ActionItem, {
    description:
      'Changes an action item (coordinators); members of the owner organisation may change its status.',
  })
  async updateActionItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<ActionItem> {
    return toActionItem(await this.followUp.updateActionItem(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Mutation(() => Conversation, {
    description:
      'Plans the next conversation of the table as a draft whose agenda lists the open action items.',
  })
  async planNextConversation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PlanNextConversationInput,
  ): Promise<Conversation> {
    return toConversation(await this.followUp.planNext(ctx, input));
  }

  @Allow(Permission.ORGANISE_TABLES)
  @Query(() => [SuggestedMember], {
    description:
      'Organisations to invite to a table because they fit its theme or ecosystem and restore a missing or thin helix; ranked (coordinators).',
  })
  async suggestedTableMembers(
    @Ctx() ctx: RequestContext,
    @Args('tableId', { type: () => ID }) tableId: string,
    @Args('take', { type: () => Int, defaultValue: 10 }) take: number,
  ): Promise<SuggestedMember[]> {
    if (!UUID.test(tableId)) throw AppError.notFound('transitionTable');
    if (take < 1 || take > 50) {
      throw AppError.badInput('take', 'validation.take.range', 'take must be between 1 and 50.');
    }
    return this.suggestions.suggest(ctx, tableId, take);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that owns it.' })
  ownerOrganisation(
    @Parent() item: ActionItem,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, item.ownerOrganisationId);
  }
}

@Resolver(() => SuggestedMember)
export class SuggestedMemberResolver {
  @ResolveField(() => Organisation, { description: 'The organisation.' })
  organisation(
    @Parent() suggestion: SuggestedMember,
    @LoadersParam() loaders: Loaders,
  ): Promise<Organisation> {
    return organisationField(loaders, suggestion.organisationId);
  }
}
