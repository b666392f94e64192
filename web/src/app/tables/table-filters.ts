import { ParamMap, Params } from '@angular/router';
import type {
  Ecosystem,
  TableKind,
  TableStatus,
  Theme,
  TransitionTableFilter,
} from '../generated/graphql';
import { ecosystems, themes } from '../shared/labels';
import { tableKinds, tableStatuses } from './table-labels';

export const tablePageSize = 20;

/** The filters of the tables list as they stand in the URL: ?zoek=&soort=&thema=&ecosysteem=&status=&mijn=ja&pagina= */
export interface TableListParams {
  readonly search: string;
  readonly kind: TableKind | null;
  readonly theme: Theme | null;
  readonly ecosystem: Ecosystem | null;
  readonly status: TableStatus | null;
  readonly mine: boolean;
  readonly page: number;
}

export type TableListFilters = Omit<TableListParams, 'page'>;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function tableParamsFrom(params: ParamMap): TableListParams {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    search: params.get('zoek')?.trim() ?? '',
    kind: oneOf(tableKinds, params.get('soort')),
    theme: oneOf(themes, params.get('thema')),
    ecosystem: oneOf(ecosystems, params.get('ecosysteem')),
    status: oneOf(tableStatuses, params.get('status')),
    mine: params.get('mijn') === 'ja',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Query params for the router: empty filters and page 1 leave the URL. */
export function tableQueryParams(filters: TableListFilters, page = 1): Params {
  return {
    zoek: filters.search || null,
    soort: filters.kind,
    thema: filters.theme,
    ecosysteem: filters.ecosystem,
    status: filters.status,
    mijn: filters.mine ? 'ja' : null,
    pagina: page > 1 ? page : null,
  };
}

export function tableFilter(params: TableListParams): TransitionTableFilter {
  return {
    search: params.search || null,
    kind: params.kind,
    theme: params.theme,
    ecosystem: params.ecosystem,
    status: params.status,
    mine: params.mine || null,
  };
}
