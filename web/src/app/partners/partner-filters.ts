import { ParamMap, Params } from '@angular/router';
import type {
  ChallengeFilter,
  ChallengeSort,
  Ecosystem,
  EducationLevel,
  Helix,
  MinorFilter,
  MinorKind,
  MinorSort,
  PartnerRole,
  Theme,
} from '../generated/graphql';
import { validDate } from '../marketplace/listing-filters';
import { educationLevels } from '../marketplace/marketplace-labels';
import { ecosystems, themes } from '../shared/labels';
import { challengeSorts, minorKinds, minorSorts, partnerRoles } from './partner-labels';

export const partnerPageSize = 20;

/** Challenges are posted by companies and government bodies only. */
export const challengeHelixes: readonly Helix[] = ['BUSINESS', 'GOVERNMENT'];

/**
 * The filters of the list of minors or challenges as they stand in the URL:
 * ?zoek=&vaardigheid=…&soort=&niveau=&helix=&gemeente=&ecosysteem=&thema=&rol=&open=ja
 * &vanaf=&tot=&sortering=&pagina=
 * Kind, level, partner role and "still wants partners" filter minors; helix filters challenges.
 */
export interface PartnerListParams<S extends string> {
  readonly search: string;
  /** Skill ids; a listing with any of them matches. */
  readonly skills: readonly string[];
  readonly kind: MinorKind | null;
  readonly level: EducationLevel | null;
  readonly helix: Helix | null;
  /** CBS code of the municipality, e.g. GM0358. */
  readonly municipality: string;
  readonly ecosystem: Ecosystem | null;
  readonly theme: Theme | null;
  readonly role: PartnerRole | null;
  /** Only minors with a partner slot still open. */
  readonly openOnly: boolean;
  /** Period overlapping from (yyyy-mm-dd, or empty)… */
  readonly from: string;
  /** …up to this day. */
  readonly to: string;
  /** null: the API's default (relevance with a search, else newest). */
  readonly sort: S | null;
  readonly page: number;
}

export type PartnerListFilters<S extends string> = Omit<PartnerListParams<S>, 'page'>;

export type PartnerListKind = 'minor' | 'challenge';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function paramsFrom<S extends string>(
  params: ParamMap,
  sorts: readonly S[],
  kind: PartnerListKind,
): PartnerListParams<S> {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  const minor = kind === 'minor';
  return {
    search: params.get('zoek')?.trim() ?? '',
    skills: [...new Set(params.getAll('vaardigheid').filter((id) => uuid.test(id)))],
    kind: minor ? oneOf(minorKinds, params.get('soort')) : null,
    level: minor ? oneOf(educationLevels, params.get('niveau')) : null,
    helix: minor ? null : oneOf(challengeHelixes, params.get('helix')),
    municipality: params.get('gemeente')?.trim() ?? '',
    ecosystem: oneOf(ecosystems, params.get('ecosysteem')),
    theme: oneOf(themes, params.get('thema')),
    role: minor ? oneOf(partnerRoles, params.get('rol')) : null,
    openOnly: minor && params.get('open') === 'ja',
    from: validDate(params.get('vanaf')),
    to: validDate(params.get('tot')),
    sort: oneOf(sorts, params.get('sortering')),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function minorParamsFrom(params: ParamMap): PartnerListParams<MinorSort> {
  return paramsFrom(params, minorSorts, 'minor');
}

export function challengeParamsFrom(params: ParamMap): PartnerListParams<ChallengeSort> {
  return paramsFrom(params, challengeSorts, 'challenge');
}

/** Query params for the router: empty filters and page 1 leave the URL. */
export function partnerQueryParams<S extends string>(
  filters: PartnerListFilters<S>,
  page = 1,
): Params {
  return {
    zoek: filters.search || null,
    vaardigheid: filters.skills.length > 0 ? [...filters.skills] : null,
    soort: filters.kind,
    niveau: filters.level,
    helix: filters.helix,
    gemeente: filters.municipality || null,
    ecosysteem: filters.ecosystem,
    thema: filters.theme,
    rol: filters.role,
    open: filters.openOnly ? 'ja' : null,
    vanaf: filters.from || null,
    tot: filters.to || null,
    sortering: filters.sort,
    pagina: page > 1 ? page : null,
  };
}

/** The API filter of the public list of minors: open ones only. */
export function minorFilter(params: PartnerListParams<MinorSort>): MinorFilter {
  return {
    search: params.search || null,
    skillIds: params.skills.length > 0 ? [...params.skills] : null,
    kind: params.kind,
    level: params.level,
    municipalityCode: params.municipality || null,
    ecosystem: params.ecosystem,
    theme: params.theme,
    partnerRole: params.role,
    openSlotsOnly: params.openOnly || null,
    periodFrom: params.from || null,
    periodTo: params.to || null,
    status: 'OPEN',
    organisationId: null,
  };
}

/** The API filter of the public list of challenges: open ones only. */
export function challengeFilter(params: PartnerListParams<ChallengeSort>): ChallengeFilter {
  return {
    search: params.search || null,
    skillIds: params.skills.length > 0 ? [...params.skills] : null,
    helix: params.helix,
    municipalityCode: params.municipality || null,
    ecosystem: params.ecosystem,
    theme: params.theme,
    periodFrom: params.from || null,
    periodTo: params.to || null,
    status: 'OPEN',
    organisationId: null,
  };
}
