import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PartnerSlotFieldsFragment } from '../generated/graphql';
import { partnerRoleLabelKeys } from './partner-labels';

/** A minor's partner slots: per role how many partners it wants, has and still seeks. */
@Component({
  selector: 'app-partner-slots-table',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (slots().length === 0) {
      <p>{{ 'partners.slots.none' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            {{
              caption() | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'partners.slots.role' | transloco }}</th>
              <th scope="col" class="numeric">{{ 'partners.slots.wanted' | transloco }}</th>
              <th scope="col" class="numeric">{{ 'partners.slots.filled' | transloco }}</th>
              <th scope="col" class="numeric">{{ 'partners.slots.open' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (slot of slots(); track slot.id) {
              <tr [attr.data-role]="slot.role">
                <th scope="row">{{ roleLabelKeys[slot.role] | transloco }}</th>
                <td class="numeric" data-column="wanted">{{ slot.wanted }}</td>
                <td class="numeric" data-column="filled">{{ slot.filled }}</td>
                <td class="numeric" data-column="open">{{ slot.open }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class PartnerSlotsTable {
  readonly slots = input.required<readonly PartnerSlotFieldsFragment[]>();
  /** Translation key of the (visually hidden) caption. */
  readonly caption = input('partners.slots.caption');
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
}
