import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InternshipNeedSummaryFragment, NeedStatus } from '../generated/graphql';
import { themeLabelKeys } from '../shared/labels';
import { ListingPeriod } from './listing-period';
import { ListingStatusActions } from './listing-status-actions';
import { ListingStatusBadge } from './listing-status-badge';
import { editInternshipNeedLink, internshipNeedLink } from './marketplace-links';
import { educationLevelLabelKeys } from './marketplace-labels';

/**
 * A list of internship needs: title (link), company, site, levels, period, places, themes.
 * With `manage` (the user's own company) also the status, an edit link and the status steps.
 */
@Component({
  selector: 'app-need-cards',
  imports: [RouterLink, TranslocoPipe, ListingPeriod, ListingStatusActions, ListingStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (need of needs(); track need.id) {
        <li class="card">
          <!-- Under "my …" each organisation has its own h2. -->
          @if (manage()) {
            <h3 class="card__title">
              <a [routerLink]="link(need.id)">{{ need.title }}</a>
            </h3>
          } @else {
            <h2 class="card__title">
              <a [routerLink]="link(need.id)">{{ need.title }}</a>
            </h2>
          }
          @if (manage() || need.status !== 'OPEN') {
            <p><app-listing-status-badge [status]="need.status" /></p>
          }
          <dl class="card__facts">
            <dt>{{ 'marketplace.fields.organisation' | transloco }}</dt>
            <dd>{{ need.organisation.name }}</dd>
            <dt>{{ 'marketplace.fields.fieldOfStudy' | transloco }}</dt>
            <dd>{{ need.fieldOfStudy }}</dd>
            <dt>{{ 'marketplace.fields.site' | transloco }}</dt>
            <dd>{{ need.siteMunicipality.name }}</dd>
            <dt>{{ 'marketplace.fields.levels' | transloco }}</dt>
            <dd>
              @for (level of need.levels; track level; let last = $last) {
                {{ levelLabelKeys[level] | transloco }}{{ last ? '' : ', ' }}
              }
            </dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="need.startDate" [end]="need.endDate" /></dd>
            <dt>{{ 'marketplace.fields.places' | transloco }}</dt>
            <dd>{{ need.places }}</dd>
            @if (need.themes.length > 0) {
              <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
              <dd>
                @for (theme of need.themes; track theme; let last = $last) {
                  {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
                }
              </dd>
            }
          </dl>
          @if (manage()) {
            @if (need.status === 'DRAFT' || need.status === 'OPEN') {
              <p>
                <a [routerLink]="editLink(need.id)">
                  {{ 'marketplace.needs.edit.link' | transloco }}
                  <span class="visually-hidden">{{ need.title }}</span>
                </a>
              </p>
            }
            <app-listing-status-actions
              kind="need"
              [id]="need.id"
              [name]="need.title"
              [status]="need.status"
              (changed)="changed.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
})
export class NeedCards {
  readonly needs = input.required<readonly InternshipNeedSummaryFragment[]>();
  readonly manage = input(false);
  readonly changed = output<NeedStatus>();
  protected readonly link = internshipNeedLink;
  protected readonly editLink = editInternshipNeedLink;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
}
