import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CohortSummaryFragment, NeedStatus } from '../generated/graphql';
import { ListingPeriod } from './listing-period';
import { ListingStatusActions } from './listing-status-actions';
import { ListingStatusBadge } from './listing-status-badge';
import { cohortLink, editCohortLink } from './marketplace-links';
import { educationLevelLabelKeys } from './marketplace-labels';

/**
 * A list of cohorts: programme (link), school, municipality, level, period, students.
 * With `manage` (the user's own school) also the status, an edit link and the status steps.
 */
@Component({
  selector: 'app-cohort-cards',
  imports: [RouterLink, TranslocoPipe, ListingPeriod, ListingStatusActions, ListingStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (cohort of cohorts(); track cohort.id) {
        <li class="card">
          <!-- Under "my …" each organisation has its own h2. -->
          @if (manage()) {
            <h3 class="card__title">
              <a [routerLink]="link(cohort.id)">{{ cohort.programmeName }}</a>
            </h3>
          } @else {
            <h2 class="card__title">
              <a [routerLink]="link(cohort.id)">{{ cohort.programmeName }}</a>
            </h2>
          }
          @if (manage() || cohort.status !== 'OPEN') {
            <p><app-listing-status-badge [status]="cohort.status" /></p>
          }
          <dl class="card__facts">
            <dt>{{ 'marketplace.fields.school' | transloco }}</dt>
            <dd>{{ cohort.organisation.name }}</dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ cohort.municipality.name }}</dd>
            <dt>{{ 'marketplace.fields.level' | transloco }}</dt>
            <dd>{{ levelLabelKeys[cohort.level] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="cohort.startDate" [end]="cohort.endDate" /></dd>
            <dt>{{ 'marketplace.fields.students' | transloco }}</dt>
            <dd>{{ cohort.students }}</dd>
          </dl>
          @if (manage()) {
            @if (cohort.status === 'DRAFT' || cohort.status === 'OPEN') {
              <p>
                <a [routerLink]="editLink(cohort.id)">
                  {{ 'marketplace.cohorts.edit.link' | transloco }}
                  <span class="visually-hidden">{{ cohort.programmeName }}</span>
                </a>
              </p>
            }
            <app-listing-status-actions
              kind="cohort"
              [id]="cohort.id"
              [name]="cohort.programmeName"
              [status]="cohort.status"
              (changed)="changed.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
})
export class CohortCards {
  readonly cohorts = input.required<readonly CohortSummaryFragment[]>();
  readonly manage = input(false);
  readonly changed = output<NeedStatus>();
  protected readonly link = cohortLink;
  protected readonly editLink = editCohortLink;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
}
