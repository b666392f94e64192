import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CsvImportReportFieldsFragment } from '../generated/graphql';
import { MessageKeys } from '../shared/message-keys';

export type CsvProblem = CsvImportReportFieldsFragment['rejectedRows'][number];

// Reasons whose English text names the value concerned (a skill, an organisation):
// shown beside the translation, so the coordinator finds the cell.
const detailed = new Set([
  'validation.skills.unknown',
  'validation.skills.ambiguous',
  'validation.organisation.unknown',
  'validation.organisation.ambiguous',
  'validation.csv.syntax',
]);

/** The problems of an import, one table row per problem: where (row, column) and why. */
@Component({
  selector: 'app-csv-import-report',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" aria-labelledby="csv-report-caption" tabindex="0">
      <table>
        <caption id="csv-report-caption">
          {{
            'csvImport.report.caption' | transloco: { count: problems().length }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric">{{ 'csvImport.report.row' | transloco }}</th>
            <th scope="col">{{ 'csvImport.report.column' | transloco }}</th>
            <th scope="col">{{ 'csvImport.report.reason' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (problem of problems(); track $index) {
            <tr>
              <th scope="row" class="numeric">
                @if (problem.row === 0) {
                  {{ 'csvImport.report.wholeFile' | transloco }}
                } @else if (problem.row === 1) {
                  1 ({{ 'csvImport.report.header' | transloco }})
                } @else {
                  {{ problem.row }}
                }
              </th>
              <td>
                @if (problem.field) {
                  <code>{{ problem.field }}</code>
                } @else {
                  {{ 'csvImport.report.wholeRow' | transloco }}
                }
              </td>
              <td>
                @if (keys.has(problem.messageKey)) {
                  {{ problem.messageKey | transloco: { field: problem.field ?? '' } }}
                  @if (detailed.has(problem.messageKey)) {
                    <br /><span class="hint" lang="en">{{ problem.message }}</span>
                  }
                } @else {
                  <span lang="en">{{ problem.message }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class CsvImportReport {
  protected readonly keys = inject(MessageKeys);
  protected readonly detailed = detailed;
  readonly problems = input.required<readonly CsvProblem[]>();
}
