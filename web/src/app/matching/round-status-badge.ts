import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchingRoundStatus } from '../generated/graphql';
import { roundStatusBadgeClass, roundStatusLabelKeys } from './matching-labels';

/** The status of a matching round, as text (colour only supports it). */
@Component({
  selector: 'app-round-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="badgeClass[status()]">{{
    labelKeys[status()] | transloco
  }}</span>`,
})
export class RoundStatusBadge {
  readonly status = input.required<MatchingRoundStatus>();
  protected readonly labelKeys = roundStatusLabelKeys;
  protected readonly badgeClass = roundStatusBadgeClass;
}
