import { CsvError, parse } from 'csv-parse/sync';

// Generic CSV pieces for every marketplace import and export (needs and cohorts
// now; minors, challenges and partnerships can reuse them). No Nest, no database.

export type Delimiter = ',' | ';' | '\t';

const BOM = '\uFEFF';
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** One data record of a file, numbered as Excel shows it (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: Delimiter;
  /** The header cells as written (trimmed). */
  header: string[];
  /** Data records; records whose cells are all blank are left out. */
  records: CsvRecord[];
}

/** The file cannot be read as CSV at all (e.g. a quote that never closes). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The delimiter of the header line: whichever of `;`, `,` and tab occurs most
 * outside quotes (Dutch Excel writes `;`, most other software `,`).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of stripBom(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let most = 0;
  for (const [delimiter, count] of counts) {
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** Parses CSV text: UTF-8 with or without BOM, `,` `;` or tab, CRLF or LF, quoted newlines. */
export function parseCsv(text: string): ParsedCsv {
  const body = stripBom(text);
  const delimiter = detectDelimiter(body);
  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const records = (error as CsvError & { records?: number }).records ?? 0;
      throw new CsvSyntaxError(records + 1, error.message);
    }
    throw error;
  }
  const [header = [], ...data] = rows;
  return {
    delimiter,
    header: header.map((cell) => cell.trim()),
    records: data
      .map((cells, index) => ({ row: index + 2, cells: cells.map(unguardCell) }))
      .filter((record) => record.cells.some((cell) => cell.trim() !== '')),
  };
}

/** A header name compared case-insensitively, with spaces and hyphens as underscores. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A column of an import template: its name, the other names accepted for it, required or not. */
export interface CsvColumn<K extends string = string> {
  name: K;
  aliases?: readonly string[];
  required: boolean;
}

export interface HeaderProblem {
  /** The column concerned, as written in the file or in the template. */
  column: string;
  kind: 'missing' | 'unknown' | 'duplicate';
}

/** Matches a header against the template: where each column is, and what is wrong. */
export function matchHeader<K extends string>(
  header: readonly string[],
  columns: readonly CsvColumn<K>[],
): { positions: Partial<Record<K, number>>; problems: HeaderProblem[] } {
  const byName = new Map<string, K>();
  for (const column of columns) {
    for (const name of [column.name, ...(column.aliases ?? [])])
      byName.set(normaliseHeader(name), column.name);
  }
  const positions: Partial<Record<K, number>> = {};
  const problems: HeaderProblem[] = [];
  header.forEach((written, index) => {
    if (written === '') return;
    const column = byName.get(normaliseHeader(written));
    if (column === undefined) problems.push({ column: written, kind: 'unknown' });
    else if (positions[column] !== undefined) problems.push({ column: written, kind: 'duplicate' });
    else positions[column] = index;
  });
  for (const column of columns) {
    if (column.required && positions[column.name] === undefined)
      problems.push({ column: column.name, kind: 'missing' });
  }
  return { positions, problems };
}

/** The cells of a record by column name, trimmed; blank for columns the file does not have. */
export function cellsByColumn<K extends string>(
  record: CsvRecord,
  columns: readonly CsvColumn<K>[],
  positions: Partial<Record<K, number>>,
): Record<K, string> {
  const cells = {} as Record<K, string>;
  for (const { name } of columns) {
    const index = positions[name];
    cells[name] = index === undefined ? '' : (record.cells[index] ?? '').trim();
  }
  return cells;
}

/** A `|`-separated list cell; blanks dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A date cell as yyyy-mm-dd: ISO as written, or day-month-year as Dutch Excel
 * writes it (1-2-2027, 01/02/2027). Anything else is returned as written, for the
 * input's own date check to refuse.
 */
export function parseDate(cell: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell.trim());
  if (!dutch) return cell.trim();
  const [, day, month, year] = dutch;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A number cell, with a decimal point or a Dutch decimal comma. Anything that is
 * not a number is returned as written, for the input's own number check to refuse.
 */
export function parseNumber(cell: string): number | string {
  const text = cell.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return cell.trim();
  return Number(text.replace(',', '.'));
}

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert in a spreadsheet: a leading `'` before a formula character. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes {@link guardCell}, so an exported file imports the text as it was. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export type CsvValue = string | number | null | undefined;

/** One cell as CSV: text guarded against formulas, quoted when it must be. */
export function formatCell(value: CsvValue, delimiter: Delimiter = ';'): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : guardCell(value);
  const mustQuote =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface FormatOptions {
  delimiter?: Delimiter;
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** A CSV file: header and rows, CRLF line endings, `;` and a BOM by default (Dutch Excel). */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: FormatOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => formatCell(cell, delimiter)).join(delimiter),
  );
  return `${options.bom === false ? '' : BOM}${lines.join('\r\n')}\r\n`;
}
