import { ParamMap, Params } from '@angular/router';
import type { AuditLogFilter } from '../generated/graphql';

export const auditPageSize = 25;

/** The audit-log filters as they stand in the URL: ?actie=&type=&van=&tot=&pagina=. */
export interface AuditLogParams {
  readonly action: string;
  readonly entityType: string;
  /** yyyy-mm-dd, or '' */
  readonly from: string;
  readonly to: string;
  readonly page: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string {
  return value && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

export function auditParamsFrom(params: ParamMap): AuditLogParams {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    action: params.get('actie')?.trim() ?? '',
    entityType: params.get('type')?.trim() ?? '',
    from: date(params.get('van')),
    to: date(params.get('tot')),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Query params for the router: empty filters leave the URL. */
export function auditQueryParams(params: Omit<AuditLogParams, 'page'>, page = 1): Params {
  return {
    actie: params.action || null,
    type: params.entityType || null,
    van: params.from || null,
    tot: params.to || null,
    pagina: page > 1 ? page : null,
  };
}

/** The API filter: whole local days, "to" included. */
export function auditFilter(params: AuditLogParams): AuditLogFilter {
  return {
    action: params.action || null,
    entityType: params.entityType || null,
    entityId: null,
    actorId: null,
    from: params.from ? new Date(`${params.from}T00:00:00`).toISOString() : null,
    to: params.to ? new Date(`${params.to}T23:59:59.999`).toISOString() : null,
  };
}
