import { ParamMap, Params } from '@angular/router';
import type {
  CohortFilter,
  CohortSort,
  Ecosystem,
  EducationLevel,
  InternshipNeedFilter,
  NeedSort,
  Theme,
} from '../generated/graphql';
import { ecosystems, themes } from '../shared/labels';
import { cohortSorts, educationLevels, needSorts } from './marketplace-labels';

export const listingPageSize = 20;

/**
 * The filters of a marketplace list as they stand in the URL:
 * ?zoek=&vaardigheid=…&vaardigheid=…&niveau=&gemeente=&ecosysteem=&thema=&vanaf=&tot=&sortering=&pagina=
 * Theme only filters internship needs (cohorts carry no themes).
 */
export interface ListingParams<S extends string> {
  readonly search: string;
  /** Skill ids; a listing with any of them matches. */
  readonly skills: readonly string[];
  readonly level: EducationLevel | null;
  /** CBS code of the municipality, e.g. GM0358. */
  readonly municipality: string;
  readonly ecosystem: Ecosystem | null;
  readonly theme: Theme | null;
  /** Period overlapping from (yyyy-mm-dd, or empty)… */
  readonly from: string;
  /** …up to this day. */
  readonly to: string;
  /** null: the API's default (relevance with a search, else newest). */
  readonly sort: S | null;
  readonly page: number;
}

export type ListingFilters<S extends string> = Omit<ListingParams<S>, 'page'>;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as yyyy-mm-dd, else ''. */
export function validDate(value: string | null): string {
  const text = value?.trim() ?? '';
  if (!isoDate.test(text)) return '';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : '';
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function paramsFrom<S extends string>(
  params: ParamMap,
  sorts: readonly S[],
  withThemes: boolean,
): ListingParams<S> {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    search: params.get('zoek')?.trim() ?? '',
    skills: [...new Set(params.getAll('vaardigheid').filter((id) => uuid.test(id)))],
    level: oneOf(educationLevels, params.get('niveau')),
    municipality: params.get('gemeente')?.trim() ?? '',
    ecosystem: oneOf(ecosystems, params.get('ecosysteem')),
    theme: withThemes ? oneOf(themes, params.get('thema')) : null,
    from: validDate(params.get('vanaf')),
    to: validDate(params.get('tot')),
    sort: oneOf(sorts, params.get('sortering')),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function needParamsFrom(params: ParamMap): ListingParams<NeedSort> {
  return paramsFrom(params, needSorts, true);
}

export function cohortParamsFrom(params: ParamMap): ListingParams<CohortSort> {
  return paramsFrom(params, cohortSorts, false);
}

/** Query params for the router: empty filters and page 1 leave the URL. */
export function listingQueryParams<S extends string>(filters: ListingFilters<S>, page = 1): Params {
  return {
    zoek: filters.search || null,
    vaardigheid: filters.skills.length > 0 ? [...filters.skills] : null,
    niveau: filters.level,
    gemeente: filters.municipality || null,
    ecosysteem: filters.ecosystem,
    thema: filters.theme,
    vanaf: filters.from || null,
    tot: filters.to || null,
    sortering: filters.sort,
    pagina: page > 1 ? page : null,
  };
}

/** The API filter of the public list: open needs only (the API's default status). */
export function needFilter(params: ListingParams<NeedSort>): InternshipNeedFilter {
  return {
    search: params.search || null,
    skillIds: params.skills.length > 0 ? [...params.skills] : null,
    level: params.level,
    municipalityCode: params.municipality || null,
    ecosystem: params.ecosystem,
    theme: params.theme,
    periodFrom: params.from || null,
    periodTo: params.to || null,
    status: 'OPEN',
    organisationId: null,
  };
}

/** The API filter of the public list of cohorts: open ones only. */
export function cohortFilter(params: ListingParams<CohortSort>): CohortFilter {
  return {
    search: params.search || null,
    skillIds: params.skills.length > 0 ? [...params.skills] : null,
    level: params.level,
    municipalityCode: params.municipality || null,
    ecosystem: params.ecosystem,
    periodFrom: params.from || null,
    periodTo: params.to || null,
    status: 'OPEN',
    organisationId: null,
  };
}
