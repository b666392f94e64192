import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PartnershipStatus } from '../generated/graphql';
import { partnershipStatusLabelKeys } from './partner-labels';

const badgeClass: Readonly<Record<PartnershipStatus, string>> = {
  PROPOSED: 'badge--pending',
  ACCEPTED: 'badge--active',
  DECLINED: 'badge--rejected',
  WITHDRAWN: 'badge--rejected',
};

/** Where a partnership stands, as text (colour only supports it). */
@Component({
  selector: 'app-partnership-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="badgeClass[status()]">{{
    labelKeys[status()] | transloco
  }}</span>`,
})
export class PartnershipStatusBadge {
  readonly status = input.required<PartnershipStatus>();
  protected readonly labelKeys = partnershipStatusLabelKeys;
  protected readonly badgeClass = badgeClass;
}
