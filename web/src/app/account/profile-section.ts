import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { organisationLink, linkTo } from '../app.paths';
import type { CurrentUser } from '../auth/auth-state.service';
import { DateTimePipe } from '../shared/date-time.pipe';
import { membershipRoleLabelKeys, roleLabelKeys } from '../shared/labels';
import { StatusBadge } from '../shared/status-badge';

/** Name, address, roles and organisations of the signed-in user. */
@Component({
  selector: 'app-profile-section',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{{ 'account.profile.heading' | transloco }}</h2>
      <dl class="details">
        <dt>{{ 'account.profile.displayName' | transloco }}</dt>
        <dd>{{ user().displayName }}</dd>
        <dt>{{ 'account.profile.email' | transloco }}</dt>
        <dd>
          {{ user().email }}
          @if (!user().emailVerified) {
            ({{ 'account.profile.notVerified' | transloco }})
          }
        </dd>
        <dt>{{ 'account.profile.roles' | transloco }}</dt>
        <dd>
          @for (role of user().roles; track role; let last = $last) {
            {{ roleLabelKeys[role] | transloco }}{{ last ? '' : ', ' }}
          } @empty {
            {{ 'account.profile.noRoles' | transloco }}
          }
        </dd>
        <dt>{{ 'account.profile.since' | transloco }}</dt>
        <dd>{{ user().createdAt | appDateTime: 'date' }}</dd>
      </dl>

      <h3>{{ 'account.profile.organisations' | transloco }}</h3>
      @if (user().memberships.length === 0) {
        <p>{{ 'account.profile.noOrganisations' | transloco }}</p>
        <p>
          <a [routerLink]="newOrganisationLink">{{
            'account.profile.createOrganisation' | transloco
          }}</a>
        </p>
      } @else {
        <ul class="plain-list stack">
          @for (membership of user().memberships; track membership.id) {
            <li>
              <a [routerLink]="link(membership.organisation.id)">{{
                membership.organisation.name
              }}</a>
              — {{ membershipRoleLabelKeys[membership.role] | transloco }}
              @if (membership.organisation.status !== 'ACTIVE') {
                <app-status-badge [status]="membership.organisation.status" />
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class ProfileSection {
  readonly user = input.required<CurrentUser>();
  protected readonly roleLabelKeys = roleLabelKeys;
  protected readonly membershipRoleLabelKeys = membershipRoleLabelKeys;
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly link = organisationLink;
}
