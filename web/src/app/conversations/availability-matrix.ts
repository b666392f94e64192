import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { helixLabelKeys } from '../shared/labels';
import { DecimalTextPipe, SlotPipe } from './amsterdam-time.pipe';
import { answerIcons, answerLabelKeys } from './answer-labels';
import { matrixModel } from './availability-model';
import { MatrixView, QuorumView } from './conversation-types';

/**
 * The availability poll as a table: invitees (rows, grouped by helix) × slots (columns),
 * each answer as text with an icon, and per slot the available invitees of each helix
 * against its quorum and the overall totals. Times are Amsterdam times.
 */
@Component({
  selector: 'app-availability-matrix',
  imports: [TranslocoPipe, SlotPipe, DecimalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .matrix th[scope='rowgroup'] {
      background: var(--color-surface);
    }
    .matrix td,
    .matrix thead th {
      min-width: 7.5rem;
    }
    .matrix__comment {
      display: block;
      font-size: 0.875rem;
      font-style: italic;
    }
    .matrix__icon {
      display: inline-block;
      width: 1.25em;
      font-weight: 700;
    }
    .matrix__short {
      color: var(--color-error);
      font-weight: 700;
    }
    .matrix__ok {
      color: #1d6b2f;
      font-weight: 700;
    }
  `,
  template: `
    @let m = model();
    @if (m.slots.length === 0) {
      <p class="state">{{ 'conversations.matrix.noSlots' | transloco }}</p>
    } @else {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="captionId()">
        <table class="matrix">
          <caption [id]="captionId()">
            {{
              'conversations.matrix.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'conversations.matrix.invitee' | transloco }}</th>
              @for (slot of m.slots; track slot.id) {
                <th scope="col" [attr.data-slot]="slot.id">{{ slot | appSlot }}</th>
              }
            </tr>
          </thead>
          @for (group of m.groups; track group.helix) {
            <tbody [attr.data-helix]="group.helix">
              <tr>
                <th scope="rowgroup" [attr.colspan]="m.slots.length + 1">
                  {{ helixLabelKeys[group.helix] | transloco }}
                  ({{ 'conversations.matrix.quorum' | transloco: { quorum: group.quorum } }})
                </th>
              </tr>
              @if (group.rows.length === 0) {
                <tr>
                  <td [attr.colspan]="m.slots.length + 1">
                    {{ 'conversations.matrix.noInvitees' | transloco }}
                  </td>
                </tr>
              }
              @for (row of group.rows; track row.person.id) {
                <tr [attr.data-person]="row.person.id">
                  <th scope="row">
                    {{ row.person.displayName }}
                    @if (row.person.organisation; as organisation) {
                      <span class="hint">{{ organisation.name }}</span>
                    }
                  </th>
                  @for (cell of row.cells; track cell.slotId) {
                    <td [attr.data-answer]="cell.answer ?? 'NONE'">
                      @if (cell.answer; as answer) {
                        <span class="matrix__icon" aria-hidden="true">{{ icons[answer] }}</span>
                        {{ answerLabelKeys[answer] | transloco }}
                      } @else {
                        <span class="matrix__icon" aria-hidden="true">–</span>
                        {{ 'conversations.answer.none' | transloco }}
                      }
                      @if (cell.comment) {
                        <span class="matrix__comment">“{{ cell.comment }}”</span>
                      }
                    </td>
                  }
                </tr>
              }
              <tr class="matrix__subtotal">
                <th scope="row">
                  {{
                    'conversations.matrix.available'
                      | transloco: { helix: (helixLabelKeys[group.helix] | transloco) }
                  }}
                </th>
                @for (c of group.counts; track c.slotId) {
                  <td [attr.data-helix-total]="group.helix">
                    <span [class]="c.meetsQuorum ? 'matrix__ok' : 'matrix__short'">
                      <span aria-hidden="true">{{ c.meetsQuorum ? '✓' : '!' }}</span>
                      {{
                        (c.meetsQuorum
                          ? 'conversations.matrix.meets'
                          : 'conversations.matrix.short'
                        ) | transloco: { available: c.available, quorum: c.quorum }
                      }}
                    </span>
                  </td>
                }
              </tr>
            </tbody>
          }
          <tfoot>
            <tr>
              <th scope="row">{{ 'conversations.matrix.totals' | transloco }}</th>
              @for (total of m.totals; track total.slotId) {
                <td [attr.data-total]="total.slotId">
                  {{
                    'conversations.matrix.totalCounts'
                      | transloco
                        : {
                            yes: total.yes,
                            ifNeedBe: total.ifNeedBe,
                            no: total.no,
                            none: total.unanswered,
                          }
                  }}
                  <br />
                  {{
                    'conversations.matrix.score' | transloco: { score: (total.score | appDecimal) }
                  }}
                  <br />
                  <strong>
                    {{
                      (total.meetsQuorum
                        ? 'conversations.matrix.quorumMet'
                        : 'conversations.matrix.quorumNotMet'
                      ) | transloco
                    }}
                  </strong>
                </td>
              }
            </tr>
          </tfoot>
        </table>
      </div>
    }
  `,
})
export class AvailabilityMatrix {
  readonly matrix = input.required<MatrixView>();
  /** The conversation's quorum, for a helix the matrix has no invitees of. */
  readonly quorum = input<QuorumView | null>(null);
  readonly captionId = input('availability-caption');

  protected readonly model = computed(() => matrixModel(this.matrix(), this.quorum()));
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly answerLabelKeys = answerLabelKeys;
  protected readonly icons = answerIcons;
}
