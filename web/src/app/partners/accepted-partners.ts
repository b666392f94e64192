import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { organisationLink } from '../app.paths';
import type { PartnershipFieldsFragment } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { challengeLink, minorLink } from './partner-links';
import { partnerRoleLabelKeys } from './partner-labels';

/**
 * The accepted partnerships of a minor (companies per role, challenges taken on) or of a
 * challenge (the minors that take it on).
 */
@Component({
  selector: 'app-accepted-partners',
  imports: [RouterLink, TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (partnerships().length === 0) {
      <p>{{ emptyKey() | transloco }}</p>
    } @else {
      <ul class="plain-list stack">
        @for (partnership of partnerships(); track partnership.id) {
          <li>
            @if (partnership.kind === 'PARTNER_SLOT') {
              <a [routerLink]="organisationLink(partnership.proposer.id)">{{
                partnership.proposer.name
              }}</a>
              —
              @if (partnership.slot; as slot) {
                {{ roleLabelKeys[slot.role] | transloco }}
              }
            } @else if (perspective() === 'minor') {
              @if (partnership.challenge; as challenge) {
                {{ 'partners.partners.challenge' | transloco }}:
                <a [routerLink]="challengeLink(challenge.id)">{{ challenge.title }}</a>
                ({{ partnership.recipient.name }})
              }
            } @else {
              <a [routerLink]="minorLink(partnership.minor.id)">{{ partnership.minor.title }}</a>
              ({{ partnership.proposer.name }})
            }
            @if (partnership.respondedAt) {
              <span class="hint">
                —
                {{
                  'partners.partners.since'
                    | transloco: { date: (partnership.respondedAt | appDateTime: 'date') }
                }}
              </span>
            }
          </li>
        }
      </ul>
    }
  `,
})
export class AcceptedPartners {
  readonly partnerships = input.required<readonly PartnershipFieldsFragment[]>();
  readonly perspective = input.required<'minor' | 'challenge'>();
  readonly emptyKey = input.required<string>();
  protected readonly organisationLink = organisationLink;
  protected readonly minorLink = minorLink;
  protected readonly challengeLink = challengeLink;
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
}
