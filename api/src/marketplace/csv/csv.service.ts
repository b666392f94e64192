import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { RequestContext } from '../../core/auth/actor';
import { AppError } from '../../core/errors';
import { ChallengesService } from '../challenges.service';
import { CohortsService } from '../cohorts.service';
import { ChallengeFilter, ChallengeSort } from '../dto/challenge.inputs';
import { MinorFilter, MinorSort } from '../dto/minor.inputs';
import { PartnershipFilter } from '../dto/partnership.inputs';
import { MinorsService } from '../minors.service';
import { PartnershipsService } from '../partnerships.service';
import { CohortFilter, CohortSort } from '../dto/cohort.inputs';
import { InternshipNeedFilter, NeedSort } from '../dto/internship-need.inputs';
import { InternshipNeedsService } from '../internship-needs.service';
import { COHORT_CSV } from './cohorts.csv';
import {
  cellsByColumn,
  CsvSyntaxError,
  formatCsv,
  HeaderProblem,
  matchHeader,
  ParsedCsv,
  parseCsv,
} from './csv';
import { ReferenceData } from './csv-rows';
import { CsvImportInput } from './csv.inputs';
import { CsvFile, CsvImportReport, CsvRowError } from './csv.models';
import { NEED_CSV } from './internship-needs.csv';
import { ListingCsv } from './listing-csv';
import { CHALLENGE_EXPORT, CsvExport, MINOR_EXPORT, PARTNERSHIP_EXPORT } from './partners.csv';

/** The export half of an importable listing: the same columns as its template. */
function listingExport<K extends string, Row, Entity>(
  definition: ListingCsv<K, Row, Entity>,
): CsvExport<Entity> {
  return {
    filename: definition.filename,
    header: definition.columns.map((column) => column.name),
    cells: definition.cells,
  };
}

/** Largest file an import takes (its UTF-8 size). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
/** Most data rows an import takes. */
export const MAX_CSV_ROWS = 5_000;
/** Most rows an export writes; a longer list must be narrowed by its filter. */
export const MAX_EXPORT_ROWS = 10_000;

const HEADER_MESSAGES: Record<HeaderProblem['kind'], (column: string) => string> = {
  missing: (column) => `The required column "${column}" is missing from the header row.`,
  unknown: (column) => `The header row has a column "${column}" the template does not know.`,
  duplicate: (column) => `The header row has the column "${column}" twice.`,
};

function report(totalRows: number, rejectedRows: CsvRowError[]): CsvImportReport {
  return { imported: 0, rejectedRows, totalRows };
}

/**
 * Coordinators import internship needs and cohorts for organisations from CSV,
 * all rows or none; everyone exports the lists they can see.
 */
@Injectable()
export class CsvService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly needs: InternshipNeedsService,
    private readonly cohorts: CohortsService,
    private readonly minors: MinorsService,
    private readonly challenges: ChallengesService,
    private readonly partnerships: PartnershipsService,
  ) {}

  importInternshipNeeds(ctx: RequestContext, input: CsvImportInput): Promise<CsvImportReport> {
    return this.import(ctx, NEED_CSV, input);
  }

  importCohorts(ctx: RequestContext, input: CsvImportInput): Promise<CsvImportReport> {
    return this.import(ctx, COHORT_CSV, input);
  }

  async exportInternshipNeeds(
    ctx: RequestContext,
    filter: InternshipNeedFilter | undefined,
    sort: NeedSort | undefined,
  ): Promise<CsvFile> {
    const page = await this.needs.list(ctx, filter, sort, 0, MAX_EXPORT_ROWS + 1);
    return this.export(listingExport(NEED_CSV), page);
  }

  async exportCohorts(
    ctx: RequestContext,
    filter: CohortFilter | undefined,
    sort: CohortSort | undefined,
  ): Promise<CsvFile> {
    const page = await this.cohorts.list(ctx, filter, sort, 0, MAX_EXPORT_ROWS + 1);
    return this.export(listingExport(COHORT_CSV), page);
  }

  async exportMinors(
    ctx: RequestContext,
    filter: MinorFilter | undefined,
    sort: MinorSort | undefined,
  ): Promise<CsvFile> {
    return this.export(
      MINOR_EXPORT,
      await this.minors.list(ctx, filter, sort, 0, MAX_EXPORT_ROWS + 1),
    );
  }

  async exportChallenges(
    ctx: RequestContext,
    filter: ChallengeFilter | undefined,
    sort: ChallengeSort | undefined,
  ): Promise<CsvFile> {
    return this.export(
      CHALLENGE_EXPORT,
      await this.challenges.list(ctx, filter, sort, 0, MAX_EXPORT_ROWS + 1),
    );
  }

  async exportPartnerships(
    ctx: RequestContext,
    filter: PartnershipFilter | undefined,
  ): Promise<CsvFile> {
    return this.export(
      PARTNERSHIP_EXPORT,
      await this.partnerships.list(ctx, filter, 0, MAX_EXPORT_ROWS + 1),
    );
  }

  private async export<Entity>(
    definition: CsvExport<Entity>,
    page: { items: Entity[]; totalCount: number },
  ): Promise<CsvFile> {
    if (page.totalCount > MAX_EXPORT_ROWS) {
      throw AppError.badInput(
        'filter',
        'validation.export.tooMany',
        `The list has ${page.totalCount} items; an export takes at most ${MAX_EXPORT_ROWS}: narrow the filter.`,
      );
    }
    const rows = await definition.cells(this.dataSource.manager, page.items);
    const day = new Date().toISOString().slice(0, 10);
    return {
      filename: `${definition.filename}-${day}.csv`,
      content: formatCsv(definition.header, rows),
    };
  }

  private async import<K extends string, Row, Entity>(
    ctx: RequestContext,
    definition: ListingCsv<K, Row, Entity>,
    input: CsvImportInput,
  ): Promise<CsvImportReport> {
    if (Buffer.byteLength(input.csv, 'utf8') > MAX_CSV_BYTES) {
      throw AppError.badInput(
        'csv',
        'validation.csv.tooLarge',
        'The file is larger than 2 MB: split it into smaller files.',
      );
    }
    let parsed: ParsedCsv;
    try {
      parsed = parseCsv(input.csv);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      return report(0, [
        {
          row: error.row,
          field: null,
          messageKey: 'validation.csv.syntax',
          message: error.message,
        },
      ]);
    }
    const totalRows = parsed.records.length;
    if (totalRows > MAX_CSV_ROWS) {
      throw AppError.badInput(
        'csv',
        'validation.csv.tooManyRows',
        `The file has ${totalRows} rows; an import takes at most ${MAX_CSV_ROWS}: split it.`,
      );
    }
    if (parsed.header.every((cell) => cell === '')) {
      return report(0, [
        {
          row: 0,
          field: null,
          messageKey: 'validation.csv.empty',
          message: 'The file is empty: it needs the header row of the template.',
        },
      ]);
    }
    const { positions, problems } = matchHeader(parsed.header, definition.columns);
    if (problems.length > 0) {
      return report(
        totalRows,
        problems.map((problem) => ({
          row: 1,
          field: problem.column,
          messageKey: `validation.csv.${problem.kind}Column`,
          message: HEADER_MESSAGES[problem.kind](problem.column),
        })),
      );
    }
    if (totalRows === 0) {
      return report(0, [
        {
          row: 0,
          field: null,
          messageKey: 'validation.csv.noRows',
          message: 'The file has a header row but no data rows.',
        },
      ]);
    }
    const records = parsed.records.map((record) => ({
      row: record.row,
      cells: cellsByColumn(record, definition.columns, positions),
    }));
    const organisationColumn = definition.columns[0].name;
    // A row's problems in the template's column order, the row as a whole first.
    const columnNames: readonly string[] = definition.columns.map((column) => column.name);
    const columnIndex = (problem: { field: string | null }) =>
      problem.field === null ? -1 : columnNames.indexOf(problem.field);
    return this.dataSource.transaction(async (manager) => {
      const reference = await ReferenceData.load(
        manager,
        records.map((record) => record.cells[organisationColumn]),
      );
      const rows: Row[] = [];
      const rejectedRows: CsvRowError[] = [];
      for (const record of records) {
        const result = await definition.read(record.cells, reference);
        if (result.row) rows.push(result.row);
        const ordered = [...result.problems].sort((a, b) => columnIndex(a) - columnIndex(b));
        for (const problem of ordered) rejectedRows.push({ row: record.row, ...problem });
      }
      if (rejectedRows.length > 0 || input.dryRun) return report(totalRows, rejectedRows);
      await definition.insert(manager, ctx, rows);
      await this.audit.record(manager, ctx, {
        action: `${definition.entityType}.import`,
        entityType: definition.entityType,
        summary: {
          imported: rows.length,
          organisations: new Set(records.map((record) => record.cells[organisationColumn])).size,
        },
      });
      return { imported: rows.length, rejectedRows: [], totalRows };
    });
  }
}
