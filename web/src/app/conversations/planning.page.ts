import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { filter, firstValueFrom, interval, map } from 'rxjs';
import {
  CancelConversationDocument,
  ConfirmConversationDocument,
  ConversationPlanningDocument,
  ProposalFieldsFragment,
  ProposeConversationScheduleDocument,
  RescheduleConversationDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { conversationLink, tableLink } from '../tables/table-links';
import { SlotPipe } from './amsterdam-time.pipe';
import { AvailabilityMatrix } from './availability-matrix';
import { BookingActions, BookingChoice } from './booking-actions';
import { isBookingConflict } from './booking-errors';
import { ProposedView } from './conversation-types';
import { ConversationStatusBadge } from './conversation-status-badge';
import { ScheduleProposalView } from './proposal-view';

/** How often the matrix asks again while the poll is open. */
export const pollRefreshMs = 5000;

/**
 * The coordinator's planning page of one conversation: the live availability matrix, the
 * scheduler's proposal with its reasons, confirm (or reschedule) and cancel. A booking that
 * someone else took meanwhile comes back as CONFLICT: the page says so and offers a new
 * proposal.
 */
@Component({
  selector: 'app-planning-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    SlotPipe,
    QueryStatus,
    FormError,
    AvailabilityMatrix,
    ScheduleProposalView,
    BookingActions,
    ConversationStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-query-status
      [state]="result()"
      [error]="'conversations.planning.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (conversation(); as c) {
      <nav class="breadcrumb" [attr.aria-label]="'conversations.breadcrumb' | transloco">
        <a [routerLink]="tableLink(c.table.id)">{{ c.table.name }}</a> ›
        <a [routerLink]="conversationLink(c.id)">{{ c.title }}</a>
      </nav>
      <h1>{{ 'conversations.planning.heading' | transloco: { title: c.title } }}</h1>
      <p>
        <app-conversation-status-badge [status]="c.status" />
        @if (c.confirmedSlot; as slot) {
          {{
            'conversations.planning.confirmedAt'
              | transloco: { slot: (slot | appSlot), venue: c.confirmedVenue?.name ?? '' }
          }}
        }
      </p>
      <div role="status">
        @if (message(); as m) {
          <p class="state" data-message="planning">{{ m | transloco }}</p>
        }
      </div>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{{ 'conversations.planning.matrixHeading' | transloco }}</h2>
        @if (c.status === 'POLLING') {
          <p class="hint">{{ 'conversations.planning.live' | transloco }}</p>
        }
        @if (c.availability; as matrix) {
          <app-availability-matrix [matrix]="matrix" [quorum]="c.quorum" />
        }
      </section>
      @if (c.status === 'POLLING' || c.status === 'CONFIRMED') {
        <section aria-labelledby="proposal-heading">
          <h2 id="proposal-heading">{{ 'conversations.planning.proposalHeading' | transloco }}</h2>
          <p>
            <button
              type="button"
              class="button"
              [disabled]="busy()"
              [attr.aria-busy]="proposing()"
              (click)="propose()"
            >
              {{ 'conversations.planning.propose' | transloco }}
            </button>
          </p>
          @if (conflict()) {
            <div class="state state--error" role="alert" data-error="conflict">
              <p>{{ 'conversations.planning.conflict' | transloco }}</p>
              <button type="button" class="button" [disabled]="busy()" (click)="propose()">
                {{ 'conversations.planning.proposeAgain' | transloco }}
              </button>
            </div>
          } @else {
            <app-form-error [error]="error()" />
          }
          @if (proposal(); as p) {
            <app-schedule-proposal
              [proposal]="p"
              [busy]="busy()"
              [confirmLabel]="
                c.status === 'CONFIRMED'
                  ? 'conversations.proposal.reschedule'
                  : 'conversations.proposal.confirm'
              "
              (confirm)="book($event, c.status === 'CONFIRMED')"
            />
          }
        </section>
      }
      @if (c.status !== 'CANCELLED' && c.availability; as matrix) {
        <section aria-labelledby="manual-heading">
          <h2 id="manual-heading">{{ 'conversations.planning.manualHeading' | transloco }}</h2>
          <app-booking-actions
            [slots]="matrix.slots"
            [venues]="c.venues"
            [confirmed]="c.status === 'CONFIRMED'"
            [current]="current()"
            [busy]="busy()"
            (chosen)="bookChoice($event, c.status === 'CONFIRMED')"
            (cancelled)="cancel($event)"
          />
        </section>
      }
    }
  `,
})
export class PlanningPage {
  private readonly apollo = inject(Apollo);
  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? ''));

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      this.id$,
      (id) =>
        this.apollo
          .query({
            query: ConversationPlanningDocument,
            variables: { id },
            fetchPolicy: 'network-only',
          })
          .pipe(map((r) => requireData(r).conversation)),
      this.reload,
    ),
  );
  protected readonly conversation = readyData(this.result);
  private readonly id = toSignal(this.id$, { initialValue: '' });

  protected readonly proposal = signal<ProposalFieldsFragment | null>(null);
  protected readonly proposing = signal(false);
  protected readonly saving = signal(false);
  protected readonly busy = computed(() => this.proposing() || this.saving());
  protected readonly error = signal<ApiError | null>(null);
  protected readonly conflict = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly current = computed((): BookingChoice | null => {
    const c = this.conversation();
    return c?.confirmedSlot && c.confirmedVenue
      ? { slotId: c.confirmedSlot.id, venueId: c.confirmedVenue.id }
      : null;
  });

  protected readonly tableLink = tableLink;
  protected readonly conversationLink = conversationLink;

  constructor() {
    // While the poll is open the matrix follows the answers; leaving the page stops it.
    interval(pollRefreshMs)
      .pipe(
        filter(() => this.conversation()?.status === 'POLLING' && !this.busy()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.reload.refresh());
  }

  protected async propose(): Promise<void> {
    this.proposing.set(true);
    this.error.set(null);
    this.conflict.set(false);
    this.message.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: ProposeConversationScheduleDocument,
          variables: { id: this.id() },
          fetchPolicy: 'network-only',
        }),
      );
      this.proposal.set(requireData(result).proposeConversationSchedule);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.proposing.set(false);
    }
  }

  protected book(item: ProposedView, reschedule: boolean): Promise<void> {
    return this.bookChoice({ slotId: item.slot.id, venueId: item.venue.id }, reschedule);
  }

  protected async bookChoice(choice: BookingChoice, reschedule: boolean): Promise<void> {
    const input = {
      id: this.id(),
      slotId: choice.slotId,
      venueId: choice.venueId,
      attendeeIds: null,
    };
    await this.save(
      () =>
        reschedule
          ? firstValueFrom(
              this.apollo.mutate({
                mutation: RescheduleConversationDocument,
                variables: { input },
              }),
            )
          : firstValueFrom(
              this.apollo.mutate({ mutation: ConfirmConversationDocument, variables: { input } }),
            ),
      reschedule ? 'conversations.planning.rescheduled' : 'conversations.planning.confirmed',
    );
  }

  protected cancel(reason: string | null): Promise<void> {
    return this.save(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: CancelConversationDocument,
            variables: { input: { id: this.id(), reason } },
          }),
        ),
      'conversations.planning.cancelled',
    );
  }

  private async save(send: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.saving.set(true);
    this.error.set(null);
    this.conflict.set(false);
    this.message.set(null);
    try {
      await send();
      this.proposal.set(null);
      this.message.set(done);
      this.reload.refresh();
    } catch (error) {
      const apiError = toApiError(error);
      if (isBookingConflict(apiError)) {
        // Someone booked the venue or a person meanwhile: the proposal is stale.
        this.proposal.set(null);
        this.conflict.set(true);
      } else {
        this.error.set(apiError);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
