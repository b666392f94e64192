import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { organisationLink } from '../app.paths';
import type { OrganisationSummaryFragment } from '../generated/graphql';
import { helixLabelKeys, organisationKindLabelKeys, themeLabelKeys } from '../shared/labels';
import { StatusBadge } from '../shared/status-badge';

/** A list of organisations: name (link), kind, helix, municipality, themes. */
@Component({
  selector: 'app-organisation-cards',
  imports: [RouterLink, TranslocoPipe, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards">
      @for (organisation of organisations(); track organisation.id) {
        <li class="card">
          <h2 class="card__title">
            <a [routerLink]="link(organisation.id)">{{ organisation.name }}</a>
          </h2>
          @if (organisation.status !== 'ACTIVE') {
            <app-status-badge [status]="organisation.status" />
          }
          <dl class="card__facts">
            <dt>{{ 'organisations.fields.kind' | transloco }}</dt>
            <dd>{{ kindLabelKeys[organisation.kind] | transloco }}</dd>
            <dt>{{ 'organisations.fields.helix' | transloco }}</dt>
            <dd>{{ helixLabelKeys[organisation.helix] | transloco }}</dd>
            <dt>{{ 'organisations.fields.municipality' | transloco }}</dt>
            <dd>{{ organisation.municipality.name }}</dd>
            @if (organisation.themes.length > 0) {
              <dt>{{ 'organisations.fields.themes' | transloco }}</dt>
              <dd>
                @for (theme of organisation.themes; track theme; let last = $last) {
                  {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
                }
              </dd>
            }
          </dl>
        </li>
      }
    </ul>
  `,
})
export class OrganisationCards {
  readonly organisations = input.required<readonly OrganisationSummaryFragment[]>();
  protected readonly link = organisationLink;
  protected readonly kindLabelKeys = organisationKindLabelKeys;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
}
