import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateTimePipe } from '../shared/date-time.pipe';

/** A period of two local dates (yyyy-mm-dd) in the active language: "1 sep 2026 – 31 jan 2027". */
@Component({
  selector: 'app-listing-period',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{
    'marketplace.fields.periodValue'
      | transloco
        : {
            start: (start() + noon | appDateTime: 'date'),
            end: (end() + noon | appDateTime: 'date'),
          }
  }}`,
})
export class ListingPeriod {
  readonly start = input.required<string>();
  readonly end = input.required<string>();
  // A local date read at midnight UTC could show the day before west of Greenwich.
  protected readonly noon = 'T12:00:00';
}
