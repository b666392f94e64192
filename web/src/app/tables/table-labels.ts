import type { TableKind, TableStatus } from '../generated/graphql';

export const tableKindLabelKeys: Readonly<Record<TableKind, string>> = {
  TRANSITION_TABLE: 'tables.kind.TRANSITION_TABLE',
  THEME_TABLE: 'tables.kind.THEME_TABLE',
};

export const tableStatusLabelKeys: Readonly<Record<TableStatus, string>> = {
  ACTIVE: 'tables.status.ACTIVE',
  PAUSED: 'tables.status.PAUSED',
  CLOSED: 'tables.status.CLOSED',
};

export const tableKinds = Object.keys(tableKindLabelKeys) as TableKind[];
export const tableStatuses = Object.keys(tableStatusLabelKeys) as TableStatus[];
