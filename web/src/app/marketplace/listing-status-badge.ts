import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NeedStatus } from '../generated/graphql';
import { needStatusLabelKeys } from './marketplace-labels';

const badgeClass: Readonly<Record<NeedStatus, string>> = {
  DRAFT: 'badge--pending',
  OPEN: 'badge--active',
  FILLED: 'badge--mail-sent',
  CLOSED: 'badge--rejected',
};

/** The status of a need or cohort, as text (colour only supports it). */
@Component({
  selector: 'app-listing-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="badgeClass[status()]">{{
    labelKeys[status()] | transloco
  }}</span>`,
})
export class ListingStatusBadge {
  readonly status = input.required<NeedStatus>();
  protected readonly labelKeys = needStatusLabelKeys;
  protected readonly badgeClass = badgeClass;
}
