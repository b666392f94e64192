import { ParamMap, Params } from '@angular/router';
import type { Helix, OrganisationFilter } from '../generated/graphql';
import { helixes } from '../shared/labels';

export const organisationPageSize = 20;

/** The list filters as they stand in the URL: ?zoek=&helix=&gemeente=&pagina=. */
export interface OrganisationListParams {
  readonly search: string;
  readonly helix: Helix | null;
  /** CBS code of the municipality, e.g. GM0358. */
  readonly municipality: string;
  readonly page: number;
}

function isHelix(value: string | null): value is Helix {
  return value !== null && (helixes as readonly string[]).includes(value);
}

export function organisationParamsFrom(params: ParamMap): OrganisationListParams {
  const helix = params.get('helix');
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    search: params.get('zoek')?.trim() ?? '',
    helix: isHelix(helix) ? helix : null,
    municipality: params.get('gemeente')?.trim() ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Query params for the router: empty filters and page 1 leave the URL. */
export function organisationQueryParams(
  params: Omit<OrganisationListParams, 'page'>,
  page = 1,
): Params {
  return {
    zoek: params.search || null,
    helix: params.helix,
    gemeente: params.municipality || null,
    pagina: page > 1 ? page : null,
  };
}

/** The API filter; the public list shows active organisations only. */
export function organisationFilter(params: OrganisationListParams): OrganisationFilter {
  return {
    search: params.search || null,
    helix: params.helix,
    municipalityCode: params.municipality || null,
    status: 'ACTIVE',
  };
}
