import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';
import { ApiError, toApiError } from '../shared/api-error';
import { downloadCsv } from '../shared/csv-file';
import { MessageKeys } from '../shared/message-keys';

export interface CsvDownload {
  readonly filename: string;
  readonly content: string;
}

/** "Export CSV": asks the API for the list as it is filtered now and lets the browser save it. */
@Component({
  selector: 'app-export-button',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <button
        type="button"
        class="button button--secondary"
        [attr.aria-busy]="busy()"
        (click)="download()"
      >
        {{ 'marketplace.export.button' | transloco }}
      </button>
    </p>
    <div role="alert">
      @if (error(); as error) {
        <p class="state state--error">{{ keys.forError(error) | transloco }}</p>
      }
    </div>
  `,
})
export class ExportButton {
  private readonly document = inject(DOCUMENT);
  protected readonly keys = inject(MessageKeys);

  /** The export of the list as the page filters it now. */
  readonly fetch = input.required<() => Observable<CsvDownload>>();

  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      downloadCsv(await firstValueFrom(this.fetch()()), this.document);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
