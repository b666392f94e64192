import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationStatus } from '../generated/graphql';
import { organisationStatusLabelKeys } from './labels';

/** The approval status of an organisation, as text (colour only supports it). */
@Component({
  selector: 'app-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'badge--' + status().toLowerCase()">{{
    labelKeys[status()] | transloco
  }}</span>`,
})
export class StatusBadge {
  readonly status = input.required<OrganisationStatus>();
  protected readonly labelKeys = organisationStatusLabelKeys;
}
