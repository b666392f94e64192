import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChallengeSummaryFragment, NeedStatus } from '../generated/graphql';
import { ListingPeriod } from '../marketplace/listing-period';
import { ListingStatusBadge } from '../marketplace/listing-status-badge';
import { helixLabelKeys, themeLabelKeys } from '../shared/labels';
import { challengeLink, editChallengeLink } from './partner-links';
import { ListingStatusActions } from '../marketplace/listing-status-actions';

/**
 * A list of challenges: title (link), organisation and helix, municipality, period, team size,
 * themes. With `manage` (the user's own organisation) also the status, an edit link and the
 * status steps.
 */
@Component({
  selector: 'app-challenge-cards',
  imports: [RouterLink, TranslocoPipe, ListingPeriod, ListingStatusBadge, ListingStatusActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (challenge of challenges(); track challenge.id) {
        <li class="card">
          <h2 class="card__title">
            <a [routerLink]="link(challenge.id)">{{ challenge.title }}</a>
          </h2>
          @if (manage() || challenge.status !== 'OPEN') {
            <p><app-listing-status-badge [status]="challenge.status" /></p>
          }
          <dl class="card__facts">
            <dt>{{ 'partners.fields.poster' | transloco }}</dt>
            <dd>
              {{ challenge.organisation.name }}
              ({{ helixLabelKeys[challenge.organisation.helix] | transloco }})
            </dd>
            <dt>{{ 'marketplace.fields.municipality' | transloco }}</dt>
            <dd>{{ challenge.municipality.name }}</dd>
            <dt>{{ 'marketplace.fields.period' | transloco }}</dt>
            <dd><app-listing-period [start]="challenge.startDate" [end]="challenge.endDate" /></dd>
            <dt>{{ 'partners.fields.teamSize' | transloco }}</dt>
            <dd>
              {{
                'partners.fields.teamSizeValue'
                  | transloco: { min: challenge.teamSizeMin, max: challenge.teamSizeMax }
              }}
            </dd>
            @if (challenge.themes.length > 0) {
              <dt>{{ 'marketplace.fields.themes' | transloco }}</dt>
              <dd>
                @for (theme of challenge.themes; track theme; let last = $last) {
                  {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
                }
              </dd>
            }
          </dl>
          @if (manage()) {
            @if (challenge.status === 'DRAFT' || challenge.status === 'OPEN') {
              <p>
                <a [routerLink]="editLink(challenge.id)">
                  {{ 'partners.challenges.edit.link' | transloco }}
                  <span class="visually-hidden">{{ challenge.title }}</span>
                </a>
              </p>
            }
            <app-listing-status-actions
              kind="challenge"
              [id]="challenge.id"
              [name]="challenge.title"
              [status]="challenge.status"
              (changed)="changed.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
})
export class ChallengeCards {
  readonly challenges = input.required<readonly ChallengeSummaryFragment[]>();
  readonly manage = input(false);
  readonly changed = output<NeedStatus>();
  protected readonly link = challengeLink;
  protected readonly editLink = editChallengeLink;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
}
