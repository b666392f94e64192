import {
  canChangeNeedStatus,
  Ecosystem,
  Helix,
  NeedStatus,
  OrganisationStatus,
  Theme,
} from '@knooppunt/domain';
import {
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { isCoordinator, membershipOf, RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import type { ListingFilter } from './dto/listing.inputs';

// Rules shared by everything posted on the marketplace (needs, cohorts, …).

export function checkPeriod(start: string, end: string): void {
  if (end <= start) {
    throw AppError.badInput(
      'endDate',
      'validation.period.endBeforeStart',
      'The end date must come after the start date.',
    );
  }
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export async function assertMunicipality(
  manager: EntityManager,
  code: string,
  field: string,
): Promise<void> {
  const [row] = await manager.query('SELECT 1 FROM municipality WHERE code = $1', [code]);
  if (!row)
    throw AppError.badInput(
      field,
      'validation.municipalityCode.unknown',
      'Choose one of the six municipalities.',
    );
}

/** Every id is a skill of the taxonomy, each at most once. */
export async function assertSkills(manager: EntityManager, ids: string[]): Promise<void> {
  if (new Set(ids).size !== ids.length) {
    throw AppError.badInput('skills', 'validation.skills.duplicate', 'Each skill may appear once.');
  }
  if (ids.length === 0) return;
  const [{ count }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS count FROM skill WHERE id = ANY($1)',
    [ids],
  );
  if (count !== ids.length)
    throw AppError.badInput(
      'skills',
      'validation.skills.unknown',
      'Choose skills from the taxonomy.',
    );
}

/** The helices that may post a kind of listing, and the refusal for the others. */
export interface Posters {
  helices: readonly Helix[];
  messageKey: string;
  message: string;
}

export const COMPANIES: Posters = {
  helices: [Helix.BUSINESS],
  messageKey: 'validation.organisationId.notCompany',
  message: 'Only companies can post this.',
};
export const SCHOOLS: Posters = {
  helices: [Helix.EDUCATION],
  messageKey: 'validation.organisationId.notSchool',
  message: 'Only schools can post this.',
};
export const COMPANIES_AND_GOVERNMENT: Posters = {
  helices: [Helix.BUSINESS, Helix.GOVERNMENT],
  messageKey: 'validation.organisationId.notCompanyOrGovernment',
  message: 'Only companies and government bodies can post this.',
};

/** Members of an approved organisation of the right helix post; nobody posts for another. */
export async function assertPoster(
  manager: EntityManager,
  ctx: RequestContext,
  organisationId: string,
  posters: Posters,
  field = 'organisationId',
): Promise<OrganisationEntity> {
  if (!ctx.actor) throw AppError.unauthenticated();
  const organisation = await manager
    .getRepository(OrganisationEntity)
    .findOneBy({ id: organisationId });
  if (!organisation || !membershipOf(ctx.actor, organisationId)) {
    throw AppError.forbidden(
      'errors.marketplace.notMember',
      'Only members of this organisation may post for it.',
    );
  }
  if (!posters.helices.includes(organisation.helix)) {
    throw AppError.badInput(field, posters.messageKey, posters.message);
  }
  if (organisation.status !== OrganisationStatus.ACTIVE) {
    throw AppError.forbidden(
      'errors.organisations.notActive',
      'Only approved organisations can post.',
    );
  }
  return organisation;
}

/**
 * Full-text search on a generated `search` tsvector: stemmed in Dutch and
 * English ("kassen" finds "kas") plus word prefixes ("kas" finds "kasklimaat").
 * Returns the tsquery SQL to rank by, or null without a search.
 */
export function applySearch<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  search: string | undefined,
): string | null {
  const text = search?.trim();
  if (!text) return null;
  const prefix = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => `${word}:*`)
    .join(' & ');
  const query = prefix
    ? `(websearch_to_tsquery('dutch', :search) || websearch_to_tsquery('english', :search) || to_tsquery('simple', :prefix))`
    : `(websearch_to_tsquery('dutch', :search) || websearch_to_tsquery('english', :search))`;
  builder.andWhere(`${alias}.search @@ ${query}`, { search: text, prefix });
  return query;
}

export interface ListingTable {
  /** Alias of the listing in the query builder. */
  alias: string;
  municipalityColumn: string;
  /** The skills link table and its column naming the listing. */
  skillTable: string;
  skillOwnerColumn: string;
}

/**
 * The filters every marketplace list shares: status (drafts only for their own
 * organisation and coordinators), organisation, municipality, inclusive period
 * overlap, any-of skills and full-text search. Returns the tsquery to rank by.
 */
export function applyListingFilters<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  table: ListingTable,
  ctx: RequestContext,
  filter: ListingFilter,
): string | null {
  const { alias } = table;
  const status = filter.status ?? NeedStatus.OPEN;
  if (status === NeedStatus.DRAFT && !isCoordinator(ctx.actor)) {
    if (!filter.organisationId || !membershipOf(ctx.actor, filter.organisationId)) {
      throw AppError.forbidden(
        'errors.marketplace.drafts',
        'Drafts are visible to their own organisation only.',
      );
    }
  }
  builder.where(`${alias}.status = :status`, { status });
  if (filter.organisationId) {
    builder.andWhere(`${alias}.organisation_id = :organisationId`, {
      organisationId: filter.organisationId,
    });
  }
  if (filter.municipalityCode) {
    builder.andWhere(`${alias}.${table.municipalityColumn} = :municipalityCode`, {
      municipalityCode: filter.municipalityCode,
    });
  }
  if (filter.periodFrom)
    builder.andWhere(`${alias}.end_date >= :periodFrom`, { periodFrom: filter.periodFrom });
  if (filter.periodTo)
    builder.andWhere(`${alias}.start_date <= :periodTo`, { periodTo: filter.periodTo });
  if (filter.skillIds?.length) {
    builder.andWhere(
      `EXISTS (SELECT 1 FROM ${table.skillTable} link WHERE link.${table.skillOwnerColumn} = ${alias}.id AND link.skill_id IN (:...skillIds))`,
      { skillIds: filter.skillIds },
    );
  }
  return applySearch(builder, alias, filter.search);
}

/** Orders by relevance when searching (else newest), or by one column; the id breaks ties. */
export function orderListing<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  query: string | null,
  column: string | 'RELEVANCE' | 'NEWEST' | undefined,
): void {
  const order = column ?? (query ? 'RELEVANCE' : 'NEWEST');
  if (order === 'RELEVANCE' && query)
    builder.addSelect(`ts_rank(${alias}.search, ${query})`, 'rank').orderBy('rank', 'DESC');
  else if (order === 'RELEVANCE' || order === 'NEWEST')
    builder.orderBy(`${alias}.created_at`, 'DESC');
  else builder.orderBy(`${alias}.${column}`, 'ASC');
  builder.addOrderBy(`${alias}.id`, 'ASC');
}

/**
 * One page of a filtered, ordered listing and the total, in one statement (not
 * a page and a COUNT that each run the filters and the full-text match): the
 * matching rows are ordered and counted (count(*) OVER ()) by id and rank only,
 * and only the page's rows are then read whole. A page past the end has no row
 * to carry the total: only then is it counted apart.
 */
export async function pageOfListing<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  skip: number,
  take: number,
): Promise<{ items: T[]; totalCount: number }> {
  const { expressionMap } = builder;
  const table = expressionMap.mainAlias?.target as EntityTarget<T> | undefined;
  if (!table) throw new Error('A listing is read from its table.');
  const page = builder.clone();
  // Keep the computed columns (the rank) the page is ordered by; the listing's own come later.
  page.expressionMap.selects = page.expressionMap.selects.filter((select) => select.aliasName);
  const computed = new Set(page.expressionMap.selects.map((select) => select.aliasName));
  page
    .addSelect(`${alias}.id`, 'page_id')
    .addSelect('count(*) OVER ()', 'page_total')
    .offset(skip)
    .limit(take);
  const rows = builder
    .createQueryBuilder()
    .select(alias)
    .from(table, alias)
    .innerJoin(`(${page.getQuery()})`, 'page', `page.page_id = ${alias}.id`)
    .setParameters(page.getParameters())
    .addSelect('page.page_total', 'page_total');
  for (const [sort, order] of Object.entries(expressionMap.orderBys)) {
    const column = computed.has(sort) ? `page.${sort}` : sort;
    if (typeof order === 'string') rows.addOrderBy(column, order);
    else rows.addOrderBy(column, order.order, order.nulls);
  }
  const { entities, raw } = await rows.getRawAndEntities<{ page_total: string }>();
  const totalCount =
    raw.length > 0 ? Number(raw[0].page_total) : skip > 0 ? await builder.getCount() : 0;
  return { items: entities, totalCount };
}

/** What every marketplace listing has. */
export interface Listing {
  id: string;
  organisationId: string;
  status: NeedStatus;
}

/** Drafts only for their own organisation and coordinators; the rest for every signed-in user. */
export function canSeeListing(ctx: RequestContext, listing: Listing): boolean {
  return (
    listing.status !== NeedStatus.DRAFT ||
    isCoordinator(ctx.actor) ||
    membershipOf(ctx.actor, listing.organisationId) !== undefined
  );
}

/** A listing visible to the caller, or NOT_FOUND (no id probing). */
export async function findListing<T extends Listing>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ctx: RequestContext,
  id: string,
  entityType: string,
): Promise<T> {
  const listing = await manager.getRepository(entity).findOneBy({ id } as FindOptionsWhere<T>);
  if (!listing || !canSeeListing(ctx, listing)) throw AppError.notFound(entityType);
  return listing;
}

/** Locks a listing of the caller's own organisation for a change; others' are NOT_FOUND or FORBIDDEN. */
export async function lockOwnListing<T extends Listing>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ctx: RequestContext,
  id: string,
  entityType: string,
): Promise<T> {
  if (!ctx.actor) throw AppError.unauthenticated();
  const listing = await manager
    .getRepository(entity)
    .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!listing || !canSeeListing(ctx, listing)) throw AppError.notFound(entityType);
  if (!membershipOf(ctx.actor, listing.organisationId)) {
    throw AppError.forbidden(
      'errors.marketplace.notMember',
      'Only members of this organisation may change it.',
    );
  }
  return listing;
}

/**
 * Moves a listing of the caller's organisation along draft → open → filled /
 * closed (anything else is a CONFLICT), re-checking the poster when it opens.
 */
export async function changeListingStatus<T extends Listing>(
  manager: EntityManager,
  audit: AuditService,
  ctx: RequestContext,
  target: { entity: EntityTarget<T>; entityType: string; posters: Posters },
  id: string,
  status: NeedStatus,
): Promise<T> {
  const listing = await lockOwnListing(manager, target.entity, ctx, id, target.entityType);
  if (!canChangeNeedStatus(listing.status, status)) {
    throw AppError.conflict(
      `errors.${target.entityType}s.statusChange`,
      `A ${listing.status.toLowerCase()} listing cannot become ${status.toLowerCase()}.`,
    );
  }
  if (status === NeedStatus.OPEN)
    await assertPoster(manager, ctx, listing.organisationId, target.posters);
  await manager.getRepository(target.entity).update(listing.id, { status } as never);
  await audit.record(manager, ctx, {
    action: `${target.entityType}.changeStatus`,
    entityType: target.entityType,
    entityId: listing.id,
    summary: { status: [listing.status, status] },
  });
  return { ...listing, status };
}

/** Listings with this theme (a `themes` array column). */
export function applyThemeFilter<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  theme: Theme | undefined,
): void {
  if (theme) builder.andWhere(`:theme = ANY(${alias}.themes)`, { theme });
}

/** Listings whose organisation belongs to this ecosystem. */
export function applyEcosystemFilter<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  ecosystem: Ecosystem | undefined,
): void {
  if (!ecosystem) return;
  builder.andWhere(
    `EXISTS (SELECT 1 FROM organisation o WHERE o.id = ${alias}.organisation_id AND o.ecosystem = :ecosystem)`,
    { ecosystem },
  );
}

/**
 * The fields of an update input that differ from the stored listing (strings
 * trimmed, arrays de-duplicated), and the audit summary of old → new values.
 * `null` clears a field to its entry in `cleared` (e.g. an empty description);
 * for a field without one, `null` leaves it as it is.
 */
export function changedFields<T extends object, K extends keyof T & string>(
  current: T,
  input: Partial<Record<K, unknown>>,
  keys: readonly K[],
  cleared: Partial<Record<K, unknown>> = {},
): { changes: Partial<T>; summary: Record<string, [unknown, unknown]> } {
  const changes: Partial<T> = {};
  const summary: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    const raw = input[key] === null ? cleared[key] : input[key];
    if (raw === undefined || raw === null) continue;
    const value =
      typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? unique(raw as unknown[]) : raw;
    if (JSON.stringify(current[key]) === JSON.stringify(value)) continue;
    (changes as Record<string, unknown>)[key] = value;
    summary[key] = [current[key], value];
  }
  return { changes, summary };
}

/** What `null` clears a listing's text fields to. */
export const CLEARED_TEXT = { description: '' } as const;

/** Replaces the skills of a listing in its link table, after checking them against the taxonomy. */
export async function replaceSkillLinks(
  manager: EntityManager,
  table: ListingTable,
  ownerId: string,
  skillIds: string[],
): Promise<void> {
  await assertSkills(manager, skillIds);
  await manager.query(`DELETE FROM ${table.skillTable} WHERE ${table.skillOwnerColumn} = $1`, [
    ownerId,
  ]);
  if (skillIds.length > 0) {
    await manager.query(
      `INSERT INTO ${table.skillTable} (${table.skillOwnerColumn}, skill_id) SELECT $1, unnest($2::uuid[])`,
      [ownerId, skillIds],
    );
  }
}
