import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, Observable } from 'rxjs';
import {
  CsvImportReportFieldsFragment,
  ExportCohortsDocument,
  ExportInternshipNeedsDocument,
  ImportCohortsDocument,
  ImportInternshipNeedsDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { downloadCsv, maxCsvBytes, readCsvFile } from '../shared/csv-file';
import { FormError } from '../shared/form-error';
import { requireData } from '../shared/query-state';
import { CsvImportReport } from './csv-import-report';

type ImportKind = 'needs' | 'cohorts';

const templates: Record<ImportKind, string> = {
  needs: '/templates/stagevragen.csv',
  cohorts: '/templates/cohorten.csv',
};

/** Import (coordinators, admins): internship needs or cohorts from a CSV file, all or nothing. */
@Component({
  selector: 'app-csv-import-page',
  imports: [TranslocoPipe, FormError, CsvImportReport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1" id="csv-import-heading">{{ 'csvImport.heading' | transloco }}</h1>
    <p class="lead">{{ 'csvImport.intro' | transloco }}</p>

    <h2>{{ 'csvImport.templates.heading' | transloco }}</h2>
    <p>{{ 'csvImport.templates.intro' | transloco }}</p>
    <ul>
      <li>
        <a [href]="templates.needs" download="stagevragen.csv">{{
          'csvImport.templates.needs' | transloco
        }}</a>
      </li>
      <li>
        <a [href]="templates.cohorts" download="cohorten.csv">{{
          'csvImport.templates.cohorts' | transloco
        }}</a>
      </li>
    </ul>

    <h2>{{ 'csvImport.form.heading' | transloco }}</h2>
    <form class="form" novalidate (submit)="$event.preventDefault()">
      <fieldset class="checkboxes form-field">
        <legend>{{ 'csvImport.kind.legend' | transloco }}</legend>
        @for (option of kinds; track option) {
          <label class="checkbox">
            <input
              type="radio"
              name="csv-kind"
              [value]="option"
              [checked]="kind() === option"
              (change)="choose(option)"
            />
            {{ 'csvImport.kind.' + option | transloco }}
          </label>
        }
      </fieldset>
      <div class="form-field">
        <label for="csv-file">{{ 'csvImport.file.label' | transloco }}</label>
        <p class="hint" id="csv-file-hint">{{ 'csvImport.file.hint' | transloco }}</p>
        <input
          #fileInput
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint csv-file-error"
          [attr.aria-invalid]="fileError() ? 'true' : null"
          (change)="pick(fileInput.files)"
        />
        <div class="field-error" id="csv-file-error">
          @if (fileError(); as key) {
            <p>{{ key | transloco }}</p>
          }
        </div>
      </div>
      <div class="actions">
        <button
          type="button"
          class="button button--secondary"
          [disabled]="busy()"
          [attr.aria-busy]="busy() ? 'true' : null"
          (click)="run(true)"
        >
          {{ 'csvImport.check' | transloco }}
        </button>
        <button
          type="button"
          class="button"
          [disabled]="busy()"
          [attr.aria-busy]="busy() ? 'true' : null"
          (click)="run(false)"
        >
          {{ 'csvImport.import' | transloco }}
        </button>
      </div>
    </form>

    <div role="status">
      @if (outcome(); as outcome) {
        <p class="state" [class.state--error]="outcome.failed">
          {{ outcome.key | transloco: outcome.params }}
        </p>
      }
    </div>
    <app-form-error [error]="apiError()" />
    @if (problems().length > 0) {
      <app-csv-import-report [problems]="problems()" />
    }

    <h2>{{ 'csvImport.export.heading' | transloco }}</h2>
    <p>{{ 'csvImport.export.intro' | transloco }}</p>
    <div class="actions">
      <button type="button" class="button button--secondary" (click)="export('needs')">
        {{ 'csvImport.export.needs' | transloco }}
      </button>
      <button type="button" class="button button--secondary" (click)="export('cohorts')">
        {{ 'csvImport.export.cohorts' | transloco }}
      </button>
    </div>
  `,
})
export class CsvImportPage {
  private readonly apollo = inject(Apollo);
  private readonly document = inject(DOCUMENT);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly templates = templates;
  protected readonly kinds: readonly ImportKind[] = ['needs', 'cohorts'];
  protected readonly kind = signal<ImportKind>('needs');
  protected readonly file = signal<string | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<{
    key: string;
    params: Record<string, number>;
    failed: boolean;
  } | null>(null);
  protected readonly problems = signal<CsvImportReportFieldsFragment['rejectedRows']>([]);
  protected readonly apiError = signal<ApiError | null>(null);

  protected choose(kind: ImportKind): void {
    this.kind.set(kind);
    this.clearResult();
  }

  /** The read of the chosen file while it runs: a quick check or import waits for it. */
  private reading: Promise<void> = Promise.resolve();

  protected pick(files: FileList | null): Promise<void> {
    this.reading = this.read(files);
    return this.reading;
  }

  private async read(files: FileList | null): Promise<void> {
    this.clearResult();
    this.fileError.set(null);
    this.file.set(null);
    const chosen = files?.item(0);
    if (!chosen) return;
    if (chosen.size > maxCsvBytes) {
      this.fileError.set('csvImport.file.tooLarge');
      return;
    }
    this.file.set(await readCsvFile(chosen));
  }

  /** Checks (dry run) or imports the chosen file; the report lists every rejected row. */
  protected async run(dryRun: boolean): Promise<void> {
    await this.reading;
    const csv = this.file();
    this.clearResult();
    if (csv === null) {
      this.fileError.set(this.fileError() ?? 'csvImport.file.required');
      this.fileInput().nativeElement.focus();
      return;
    }
    this.busy.set(true);
    try {
      const report = await firstValueFrom(this.importCall(csv, dryRun));
      this.problems.set(report.rejectedRows);
      const rows = new Set(report.rejectedRows.map((problem) => problem.row)).size;
      if (report.rejectedRows.length > 0) {
        this.outcome.set({
          key: 'csvImport.result.rejected',
          params: { problems: report.rejectedRows.length, rows },
          failed: true,
        });
      } else if (dryRun) {
        this.outcome.set({
          key: 'csvImport.result.checked',
          params: { total: report.totalRows },
          failed: false,
        });
      } else {
        this.outcome.set({
          key: `csvImport.result.imported.${this.kind()}`,
          params: { count: report.imported },
          failed: false,
        });
        // The same file once more would import every row again.
        this.file.set(null);
        this.fileInput().nativeElement.value = '';
      }
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async export(kind: ImportKind): Promise<void> {
    this.apiError.set(null);
    try {
      const file = await firstValueFrom(
        kind === 'needs'
          ? this.apollo
              .query({
                query: ExportInternshipNeedsDocument,
                variables: { filter: null, sort: null },
                fetchPolicy: 'network-only',
              })
              .pipe(map((result) => requireData(result).exportInternshipNeeds))
          : this.apollo
              .query({
                query: ExportCohortsDocument,
                variables: { filter: null, sort: null },
                fetchPolicy: 'network-only',
              })
              .pipe(map((result) => requireData(result).exportCohorts)),
      );
      downloadCsv(file, this.document);
    } catch (error) {
      this.apiError.set(toApiError(error));
    }
  }

  private importCall(csv: string, dryRun: boolean): Observable<CsvImportReportFieldsFragment> {
    const input = { csv, dryRun };
    return this.kind() === 'needs'
      ? this.apollo
          .mutate({ mutation: ImportInternshipNeedsDocument, variables: { input } })
          .pipe(map((result) => requireMutationData(result.data).importInternshipNeeds))
      : this.apollo
          .mutate({ mutation: ImportCohortsDocument, variables: { input } })
          .pipe(map((result) => requireMutationData(result.data).importCohorts));
  }

  private clearResult(): void {
    this.outcome.set(null);
    this.problems.set([]);
    this.apiError.set(null);
  }
}

function requireMutationData<T>(data: T | null | undefined): T {
  if (!data) throw new Error('The API answered without data.');
  return data;
}
