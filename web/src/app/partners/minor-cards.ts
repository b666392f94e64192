import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MinorSummaryFragment, NeedStatus } from '../generated/graphql';
import { ListingPeriod } from '../marketplace/listing-period';
import { ListingStatusBadge } from '../marketplace/listing-status-badge';
import { educationLevelLabelKeys } from '../marketplace/marketplace-labels';
import { themeLabelKeys } from '../shared/labels';
import { editMinorLink, minorLink } from './partner-links';
import { minorKindLabelKeys, partnerRoleLabelKeys } from './partner-labels';
import { ListingStatusActions } from '../marketplace/listing-status-actions';

/**
 * A list of minors: title (link), school, kind, level, period, credits, themes and the partner
 * roles still open. With `manage` (the user's own school) also the status, an edit link and
 * the status steps.
 */
@Component({
  selector: 'app-minor-cards',
  imports: [RouterLink, TranslocoPipe, ListingPeriod, ListingStatusBadge, ListingStatusActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (minor of minors(); track minor.id) {
        <li class="card">
          <h2 class="card__title">
            <a [routerLink]="link(minor.id)">{{ minor.title }}</a>
          </h2>
          @if (manage() || minor.status !== 'OPEN') {
            <p><app-listing-status-badge [status]="minor.status" /></p>
          }
          <dl class="card__facts">
            <dt>{{ 'partners.fields.school' | transloco }}</dt>
            <dd>{{ minor.organisation.name }}</dd>
            <dt>{{ 'partners.fields.kind' | transloco }}</dt>
            <dd>{{ kindLabelKeys[minor.kind] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.level' | transloco }}</dt>
            <dd>{{ levelLabelKeys[minor.level] | transloco }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="minor.startDate" [end]="minor.endDate" /></dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ minor.municipality.name }}</dd>
            @if (minor.credits > 0) {
              <dt>{{ 'partners.fields.credits' | transloco }}</dt>
              <dd>{{ minor.credits }}</dd>
            }
            @if (minor.themes.length > 0) {
              <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
              <dd>
                @for (theme of minor.themes; track theme; let last = $last) {
                  {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
                }
              </dd>
            }
            <dt>{{ 'partners.fields.wantedPartners' | transloco }}</dt>
            <dd>
              @for (slot of openSlots(minor); track slot.id; let last = $last) {
                {{
                  'partners.slots.openCount'
                    | transloco: { role: (roleLabelKeys[slot.role] | transloco), count: slot.open }
                }}{{ last ? '' : ', ' }}
              } @empty {
                {{ 'partners.slots.noneOpen' | transloco }}
              }
            </dd>
          </dl>
          @if (manage()) {
            @if (minor.status === 'DRAFT' || minor.status === 'OPEN') {
              <p>
                <a [routerLink]="editLink(minor.id)">
                  {{ 'partners.minors.edit.link' | transloco }}
                  <span class="visually-hidden">{{ minor.title }}</span>
                </a>
              </p>
            }
            <app-listing-status-actions
              kind="minor"
              [id]="minor.id"
              [name]="minor.title"
              [status]="minor.status"
              (changed)="changed.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
})
export class MinorCards {
  readonly minors = input.required<readonly MinorSummaryFragment[]>();
  readonly manage = input(false);
  readonly changed = output<NeedStatus>();
  protected readonly link = minorLink;
  protected readonly editLink = editMinorLink;
  protected readonly kindLabelKeys = minorKindLabelKeys;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;

  protected openSlots(minor: MinorSummaryFragment) {
    return minor.partnerSlots.filter((slot) => slot.open > 0);
  }
}
