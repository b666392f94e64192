import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HomeReferenceDataQuery } from '../generated/graphql';
import { transitModeLabelKeys } from './reference-labels';

@Component({
  selector: 'app-municipalities-table',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (municipalities().length === 0) {
      <p class="state">{{ 'home.municipalities.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll" role="region" aria-labelledby="municipalities-caption" tabindex="0">
        <table>
          <caption id="municipalities-caption">
            {{
              'home.municipalities.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'home.municipalities.name' | transloco }}</th>
              <th scope="col">{{ 'home.municipalities.code' | transloco }}</th>
              <th scope="col">
                {{ 'home.municipalities.transitModes' | transloco }}
              </th>
              <th scope="col">
                {{ 'home.municipalities.stations' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (municipality of municipalities(); track municipality.code) {
              <tr>
                <th scope="row">{{ municipality.name }}</th>
                <td>{{ municipality.code }}</td>
                <td>
                  <ul class="plain-list">
                    @for (mode of municipality.transitModes; track mode) {
                      <li>{{ transitModeLabelKeys[mode] | transloco }}</li>
                    }
                  </ul>
                </td>
                <td>
                  @if (municipality.stations.length === 0) {
                    {{ 'home.municipalities.noStation' | transloco }}
                  } @else {
                    <ul class="plain-list">
                      @for (station of municipality.stations; track station) {
                        <li>{{ station }}</li>
                      }
                    </ul>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class MunicipalitiesTable {
  readonly municipalities = input.required<HomeReferenceDataQuery['municipalities']>();
  protected readonly transitModeLabelKeys = transitModeLabelKeys;
}
