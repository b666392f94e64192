import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { QueryState } from './query-state';

/**
 * What a page shows of a query that is not ready: a loading status, or the error
 * message with a retry button. The ready data is the page's own to show.
 */
@Component({
  selector: 'app-query-status',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state()?.status === 'error') {
      <div class="state state--error" role="alert">
        <p>{{ error() }}</p>
        <button type="button" class="button" (click)="retry.emit()">
          {{ 'common.retry' | transloco }}
        </button>
      </div>
    } @else if (state()?.status !== 'ready') {
      <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
    }
  `,
})
export class QueryStatus {
  readonly state = input.required<QueryState<unknown> | undefined>();
  /** The (translated) error message. */
  readonly error = input.required<string>();
  readonly retry = output();
}
