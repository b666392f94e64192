import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationQuery } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import {
  ecosystemLabelKeys,
  helixLabelKeys,
  organisationKindLabelKeys,
  themeLabelKeys,
} from '../shared/labels';

export type OrganisationDetail = OrganisationQuery['organisation'];

/** The public facts of an organisation as a description list. */
@Component({
  selector: 'app-organisation-profile',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (organisation().description; as description) {
      <p class="lead pre-line">{{ description }}</p>
    }
    <dl class="details">
      <dt>{{ 'organisations.fields.kind' | transloco }}</dt>
      <dd>{{ kindLabelKeys[organisation().kind] | transloco }}</dd>
      <dt>{{ 'organisations.fields.helix' | transloco }}</dt>
      <dd>{{ helixLabelKeys[organisation().helix] | transloco }}</dd>
      <dt>{{ 'organisations.fields.municipality' | transloco }}</dt>
      <dd>{{ organisation().municipality.name }}</dd>
      <dt>{{ 'organisations.fields.ecosystem' | transloco }}</dt>
      <dd>{{ ecosystemLabelKeys[organisation().ecosystem] | transloco }}</dd>
      <dt>{{ 'organisations.fields.themes' | transloco }}</dt>
      <dd>
        @for (theme of organisation().themes; track theme; let last = $last) {
          {{ themeLabelKeys[theme] | transloco }}{{ last ? '' : ', ' }}
        } @empty {
          {{ 'organisations.detail.noThemes' | transloco }}
        }
      </dd>
      @if (organisation().website; as website) {
        <dt>{{ 'organisations.fields.website' | transloco }}</dt>
        <dd>
          <a [href]="website" rel="noopener noreferrer" target="_blank">{{ website }}</a>
        </dd>
      }
      @if (organisation().address; as address) {
        <dt>{{ 'organisations.fields.address' | transloco }}</dt>
        <dd>{{ address }}</dd>
      }
      @if (organisation().kvkNumber; as kvk) {
        <dt>{{ 'organisations.fields.kvkNumber' | transloco }}</dt>
        <dd>{{ kvk }}</dd>
      }
      @if (organisation().brinCode; as brin) {
        <dt>{{ 'organisations.fields.brinCode' | transloco }}</dt>
        <dd>{{ brin }}</dd>
      }
      <dt>{{ 'organisations.detail.since' | transloco }}</dt>
      <dd>{{ organisation().createdAt | appDateTime: 'date' }}</dd>
    </dl>
  `,
})
export class OrganisationProfile {
  readonly organisation = input.required<OrganisationDetail>();
  protected readonly kindLabelKeys = organisationKindLabelKeys;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
}
