import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Helix } from '../generated/graphql';
import { helixLabelKeys } from '../shared/labels';
import { DecimalTextPipe, SlotPipe } from './amsterdam-time.pipe';
import {
  helixOrder,
  PersonView,
  ProposalView,
  ProposedView,
  UnscheduledView,
} from './conversation-types';

/** The reasons the scheduler gives, by code; an unknown code shows the API's sentence. */
export const unscheduledCodes = [
  'NO_CANDIDATES',
  'CAPACITY_TOO_SMALL',
  'VENUE_UNAVAILABLE',
  'QUORUM_SHORT',
  'PEOPLE_CONFLICT',
  'VENUE_CONFLICT',
] as const;

export function unscheduledKey(code: string): string | null {
  return (unscheduledCodes as readonly string[]).includes(code)
    ? `conversations.proposal.reason.${code}`
    : null;
}

export interface AttendeeGroup {
  readonly helix: Helix | null;
  readonly people: readonly PersonView[];
}

/** Attendees by helix in the fixed order; people without a helix (coordinators) last. */
export function attendeesByHelix(people: readonly PersonView[]): readonly AttendeeGroup[] {
  const groups: AttendeeGroup[] = helixOrder.map((helix) => ({
    helix,
    people: people.filter((p) => p.helix === helix),
  }));
  groups.push({ helix: null, people: people.filter((p) => p.helix === null) });
  return groups.filter((group) => group.people.length > 0);
}

/**
 * The scheduler's proposal: per conversation the slot, venue, attendees and score, and for
 * each conversation it cannot hold the reason (which helix falls short) and what would help.
 * For one conversation a confirm button per proposal; for a season a checkbox per proposal.
 */
@Component({
  selector: 'app-schedule-proposal',
  imports: [TranslocoPipe, SlotPipe, DecimalTextPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = proposal();
    <p role="status">
      {{
        'conversations.proposal.summary'
          | transloco
            : {
                scheduled: p.scheduledCount,
                unscheduled: p.unscheduled.length,
                score: (p.totalScore | appDecimal),
              }
      }}
    </p>
    @for (item of p.scheduled; track item.conversation.id) {
      <article
        class="card proposal"
        [attr.aria-labelledby]="'proposed-' + item.conversation.id"
        data-proposal="scheduled"
      >
        <h3 class="card__title" [id]="'proposed-' + item.conversation.id">
          {{ item.conversation.title }}
        </h3>
        <dl class="details">
          <dt>{{ 'conversations.proposal.slot' | transloco }}</dt>
          <dd data-field="slot">{{ item.slot | appSlot }}</dd>
          <dt>{{ 'conversations.proposal.venue' | transloco }}</dt>
          <dd data-field="venue">
            {{ item.venue.name }}
            @if (item.venue.municipality; as municipality) {
              ({{ municipality.name }})
            }
          </dd>
          <dt>{{ 'conversations.proposal.score' | transloco }}</dt>
          <dd data-field="score">
            {{
              'conversations.proposal.scoreValue'
                | transloco: { score: (item.score | appDecimal), count: item.attendees.length }
            }}
          </dd>
          <dt>{{ 'conversations.proposal.attendees' | transloco }}</dt>
          <dd>
            <ul class="plain-list">
              @for (group of groupsOf(item); track group.helix) {
                <li>
                  <strong>{{
                    group.helix
                      ? (helixLabelKeys[group.helix] | transloco)
                      : ('conversations.proposal.noHelix' | transloco)
                  }}</strong
                  >: {{ names(group.people) }}
                </li>
              }
            </ul>
          </dd>
        </dl>
        @if (mode() === 'single') {
          <button
            type="button"
            class="button"
            [disabled]="busy()"
            [attr.aria-busy]="busy()"
            (click)="confirm.emit(item)"
          >
            {{ confirmLabel() | transloco: { title: item.conversation.title } }}
          </button>
        } @else {
          <div class="checkbox">
            <input
              type="checkbox"
              [id]="'choose-' + item.conversation.id"
              [checked]="chosen().has(item.conversation.id)"
              (change)="toggle(item.conversation.id)"
            />
            <label [for]="'choose-' + item.conversation.id">
              {{ 'conversations.proposal.choose' | transloco: { title: item.conversation.title } }}
            </label>
          </div>
        }
      </article>
    }
    @if (mode() === 'season' && p.scheduled.length > 0) {
      <button
        type="button"
        class="button"
        [disabled]="busy() || chosenItems().length === 0"
        [attr.aria-busy]="busy()"
        (click)="confirmChosen.emit(chosenItems())"
      >
        {{ 'conversations.proposal.confirmChosen' | transloco: { count: chosenItems().length } }}
      </button>
    }
    @if (p.unscheduled.length > 0) {
      <h3>{{ 'conversations.proposal.unscheduledHeading' | transloco }}</h3>
      @for (item of p.unscheduled; track item.conversation.id) {
        <article
          class="card proposal proposal--unscheduled"
          [attr.aria-labelledby]="'unscheduled-' + item.conversation.id"
          data-proposal="unscheduled"
        >
          <h4 class="card__title" [id]="'unscheduled-' + item.conversation.id">
            {{ item.conversation.title }}
          </h4>
          <p data-field="reason">
            @if (reasonKey(item); as key) {
              {{
                key
                  | transloco
                    : {
                        helix: item.helix ? (helixLabelKeys[item.helix] | transloco) : '',
                        have: item.have ?? 0,
                        need: item.need ?? 0,
                      }
              }}
            } @else {
              {{ item.reason }}
            }
          </p>
          @if (item.shortfalls.length > 0) {
            <p>{{ 'conversations.proposal.shortfalls' | transloco }}</p>
            <ul data-field="shortfalls">
              @for (s of item.shortfalls; track s.helix) {
                <li>
                  {{
                    'conversations.proposal.shortfall'
                      | transloco
                        : {
                            helix: (helixLabelKeys[s.helix] | transloco),
                            have: s.have,
                            need: s.need,
                          }
                  }}
                </li>
              }
            </ul>
          }
          @if (item.slot) {
            <p>
              {{
                'conversations.proposal.closest'
                  | transloco: { slot: (item.slot | appSlot), venue: item.venue?.name ?? '–' }
              }}
            </p>
          }
          @if (item.suggestion; as help) {
            <div data-field="suggestion">
              <p>
                <strong>{{ 'conversations.proposal.wouldHelp' | transloco }}</strong>
              </p>
              <ul>
                @if (help.persons.length > 0) {
                  <li>
                    {{
                      (help.invite
                        ? 'conversations.proposal.helpInvite'
                        : 'conversations.proposal.helpPersons'
                      ) | transloco: { names: names(help.persons) }
                    }}
                  </li>
                }
                @if (help.slot) {
                  <li>
                    {{
                      'conversations.proposal.helpSlot'
                        | transloco: { slot: (help.slot | appSlot), venue: help.venue?.name ?? '–' }
                    }}
                  </li>
                }
                @if (help.move.length > 0) {
                  <li>
                    {{
                      'conversations.proposal.helpMove' | transloco: { titles: titles(help.move) }
                    }}
                  </li>
                }
              </ul>
            </div>
          }
        </article>
      }
    }
  `,
})
export class ScheduleProposalView {
  readonly proposal = input.required<ProposalView>();
  readonly mode = input<'single' | 'season'>('single');
  readonly busy = input(false);
  /** Translation key of the confirm button (one conversation); it gets {{title}}. */
  readonly confirmLabel = input('conversations.proposal.confirm');
  readonly confirm = output<ProposedView>();
  readonly confirmChosen = output<readonly ProposedView[]>();

  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly chosenItems = computed(() =>
    this.proposal().scheduled.filter((item) => this.chosen().has(item.conversation.id)),
  );

  constructor() {
    // A new proposal starts with everything it holds chosen: the coordinator opts out.
    effect(() => {
      this.chosen.set(new Set(this.proposal().scheduled.map((item) => item.conversation.id)));
    });
  }

  protected groupsOf(item: ProposedView): readonly AttendeeGroup[] {
    return attendeesByHelix(item.attendees);
  }

  protected names(people: readonly PersonView[]): string {
    return people
      .map((p) => (p.organisation ? `${p.displayName} (${p.organisation.name})` : p.displayName))
      .join(', ');
  }

  protected titles(items: readonly { readonly title: string }[]): string {
    return items.map((item) => item.title).join(', ');
  }

  protected reasonKey(item: UnscheduledView): string | null {
    return unscheduledKey(item.code);
  }

  protected toggle(id: string): void {
    const next = new Set(this.chosen());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.chosen.set(next);
  }
}
