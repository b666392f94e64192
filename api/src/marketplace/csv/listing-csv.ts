import { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/auth/actor';
import type { CsvColumn, CsvValue } from './csv';
import type { ReferenceData, RowProblem } from './csv-rows';

/** How one kind of marketplace listing is imported from and exported to CSV. */
export interface ListingCsv<K extends string, Row, Entity> {
  /** Entity type in the audit log. */
  entityType: string;
  /** Start of the export's file name. */
  filename: string;
  /** The template; the first column names the organisation. */
  columns: readonly CsvColumn<K>[];
  /** Converts and checks one row: something to insert, or why not. */
  read(
    cells: Record<K, string>,
    reference: ReferenceData,
  ): Promise<{ row?: Row; problems: RowProblem[] }>;
  /** Writes checked rows, in the import's transaction. */
  insert(manager: EntityManager, ctx: RequestContext, rows: Row[]): Promise<void>;
  /** Export rows in the template's columns. */
  cells(manager: EntityManager, items: Entity[]): Promise<CsvValue[][]>;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    parts.push(items.slice(start, start + size));
  return parts;
}

/** Values grouped by a key, in their order. */
export function groupBy<T, V>(
  items: readonly T[],
  keyOf: (item: T) => string,
  valueOf: (item: T) => V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(valueOf(item));
    else groups.set(keyOf(item), [valueOf(item)]);
  }
  return groups;
}

/** Names of organisations by id: the export names them as the import reads them. */
export async function organisationNames(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, string>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM organisation WHERE id = ANY($1)',
    [distinct],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
