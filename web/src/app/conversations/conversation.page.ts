import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { AuthState } from '../auth/auth-state.service';
import {
  AnswerAvailabilityDocument,
  ConversationCalendarEntryDocument,
  ConversationDocument,
  CreateActionItemDocument,
  OpenConversationPollDocument,
  PlanNextConversationDocument,
  SaveConversationMinutesDocument,
  UpdateActionItemDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FormError } from '../shared/form-error';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { editConversationLink, planningLink, tableLink } from '../tables/table-links';
import { ActionItems, NewActionItem, OrganisationOption } from './action-items';
import { SlotPipe } from './amsterdam-time.pipe';
import { ActionItemStatus } from './conversation-types';
import { ConversationStatusBadge } from './conversation-status-badge';
import { MinutesView } from './minutes-view';
import { PollForm, SlotAnswer } from './poll-form';
import { attendeesByHelix } from './proposal-view';
import { helixLabelKeys } from '../shared/labels';

/**
 * One regional conversation: when and where, agenda, my availability while the poll runs,
 * the calendar entry once confirmed, and afterwards minutes, action items and "plan the
 * next conversation" (coordinators).
 */
@Component({
  selector: 'app-conversation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    SlotPipe,
    DateTimePipe,
    QueryStatus,
    FormError,
    ConversationStatusBadge,
    MinutesView,
    PollForm,
    ActionItems,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-query-status
      [state]="result()"
      [error]="'conversations.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (conversation(); as c) {
      <nav class="breadcrumb" [attr.aria-label]="'conversations.breadcrumb' | transloco">
        <a [routerLink]="tableLink(c.table.id)">{{ c.table.name }}</a>
      </nav>
      <h1>{{ c.title }}</h1>
      <p><app-conversation-status-badge [status]="c.status" /></p>
      <div role="status">
        @if (notice(); as key) {
          <p class="state" data-message="conversation">{{ key | transloco }}</p>
        }
      </div>
      <app-form-error [error]="error()" />
      @if (coordinator()) {
        <p class="actions">
          @if (c.status === 'POLLING' || c.status === 'CONFIRMED') {
            <a class="button" [routerLink]="planningLink(c.id)">
              {{ 'conversations.detail.plan' | transloco }}
            </a>
          }
          @if (c.status === 'DRAFT' || c.status === 'POLLING') {
            <a class="button button--secondary" [routerLink]="editLink(c.id)">
              {{ 'conversations.detail.edit' | transloco }}
            </a>
          }
          @if (c.status === 'DRAFT') {
            <button type="button" class="button" [disabled]="busy()" (click)="openPoll()">
              {{ 'conversations.detail.openPoll' | transloco }}
            </button>
          }
        </p>
      }
      <dl class="details">
        <dt>{{ 'conversations.detail.table' | transloco }}</dt>
        <dd>{{ c.table.name }}</dd>
        <dt>{{ 'conversations.detail.duration' | transloco }}</dt>
        <dd>{{ 'conversations.detail.minutes' | transloco: { minutes: c.durationMinutes } }}</dd>
        @if (c.confirmedSlot; as slot) {
          <dt>{{ 'conversations.detail.when' | transloco }}</dt>
          <dd data-field="when">{{ slot | appSlot }}</dd>
        }
        @if (c.confirmedVenue; as venue) {
          <dt>{{ 'conversations.detail.where' | transloco }}</dt>
          <dd data-field="where">
            {{ venue.name }}, {{ venue.address }} ({{ venue.municipality.name }})
          </dd>
        }
        @if (c.cancelReason) {
          <dt>{{ 'conversations.detail.cancelReason' | transloco }}</dt>
          <dd>{{ c.cancelReason }}</dd>
        }
      </dl>
      @if (c.status === 'CONFIRMED' && isAttendee()) {
        <p>
          <button type="button" class="button button--secondary" (click)="downloadIcs(c.id)">
            {{ 'conversations.detail.ics' | transloco }}
          </button>
        </p>
      }
      @if (c.attendees.length > 0) {
        <section aria-labelledby="attendees-heading">
          <h2 id="attendees-heading">{{ 'conversations.detail.attendees' | transloco }}</h2>
          <ul>
            @for (group of attendeeGroups(); track group.helix) {
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
        </section>
      }
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{{ 'conversations.detail.agenda' | transloco }}</h2>
        @if (c.agenda.trim()) {
          <app-minutes-view [markdown]="c.agenda" />
        } @else {
          <p>{{ 'conversations.detail.noAgenda' | transloco }}</p>
        }
      </section>
      @if (c.status === 'POLLING' && isInvitee()) {
        <section aria-labelledby="poll-heading">
          <h2 id="poll-heading">{{ 'conversations.detail.poll' | transloco }}</h2>
          <app-poll-form
            [slots]="c.slots"
            [initial]="c.myAnswers"
            [saving]="busy()"
            (submitted)="answer($event)"
          />
        </section>
      }
      @if (c.status === 'CONFIRMED') {
        <section aria-labelledby="minutes-heading">
          <h2 id="minutes-heading">{{ 'conversations.detail.minutesHeading' | transloco }}</h2>
          @if (c.minutes) {
            <app-minutes-view [markdown]="c.minutes" />
            @if (c.minutesUpdatedAt) {
              <p class="hint">{{ c.minutesUpdatedAt | appDateTime }}</p>
            }
          } @else {
            <p>{{ 'conversations.detail.noMinutes' | transloco }}</p>
          }
          @if (coordinator()) {
            <form class="form" (ngSubmit)="saveMinutes()" novalidate>
              <div class="form-field">
                <label for="minutes">{{ 'conversations.detail.minutesLabel' | transloco }}</label>
                <p class="hint" id="minutes-hint">
                  {{ 'conversations.detail.minutesHint' | transloco }}
                </p>
                <textarea
                  id="minutes"
                  rows="10"
                  [formControl]="minutes"
                  aria-describedby="minutes-hint"
                  maxlength="50000"
                ></textarea>
              </div>
              <button type="submit" class="button" [disabled]="busy()">
                {{ 'conversations.detail.saveMinutes' | transloco }}
              </button>
            </form>
          }
        </section>
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{{ 'conversations.detail.actionItemsHeading' | transloco }}</h2>
          <app-action-items
            [items]="c.actionItems"
            [organisations]="organisations()"
            [canEdit]="coordinator()"
            [busy]="busy()"
            (created)="createActionItem($event)"
            (statusChange)="setStatus($event.id, $event.status)"
          />
        </section>
        @if (coordinator()) {
          <section aria-labelledby="next-heading">
            <h2 id="next-heading">{{ 'conversations.detail.next' | transloco }}</h2>
            <p>{{ 'conversations.detail.nextIntro' | transloco }}</p>
            <button type="button" class="button" [disabled]="busy()" (click)="planNext()">
              {{ 'conversations.detail.next' | transloco }}
            </button>
          </section>
        }
      }
    }
  `,
})
export class ConversationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthState);
  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? ''));
  private readonly actionItems = viewChild(ActionItems);

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      this.id$,
      (id) =>
        this.apollo
          .query({ query: ConversationDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((r) => requireData(r).conversation)),
      this.reload,
    ),
  );
  protected readonly conversation = readyData(this.result);
  protected readonly coordinator = this.auth.canCoordinate;
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly minutes = inject(NonNullableFormBuilder).control('');
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly tableLink = tableLink;
  protected readonly planningLink = planningLink;
  protected readonly editLink = editConversationLink;

  protected readonly isInvitee = computed(() => {
    const me = this.auth.user()?.id;
    return !!me && (this.conversation()?.invitees.some((p) => p.id === me) ?? false);
  });
  protected readonly isAttendee = computed(() => {
    const me = this.auth.user()?.id;
    return !!me && (this.conversation()?.attendees.some((p) => p.id === me) ?? false);
  });
  protected readonly attendeeGroups = computed(() =>
    attendeesByHelix(this.conversation()?.attendees ?? []),
  );
  /** Owners of action items: the organisations at the table for this conversation. */
  protected readonly organisations = computed((): readonly OrganisationOption[] => {
    const c = this.conversation();
    const all = [...(c?.attendees ?? []), ...(c?.invitees ?? [])].flatMap((p) =>
      p.organisation ? [p.organisation] : [],
    );
    const unique = new Map(all.map((o) => [o.id, { id: o.id, name: o.name }]));
    return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
  private lastMinutesOf: string | null = null;

  constructor() {
    // Fill the minutes editor once per conversation, not on every refresh.
    effect(() => {
      const c = this.conversation();
      if (c && this.lastMinutesOf !== c.id) {
        this.lastMinutesOf = c.id;
        this.minutes.setValue(c.minutes ?? '');
      }
    });
  }

  protected names(people: readonly { displayName: string }[]): string {
    return people.map((p) => p.displayName).join(', ');
  }

  private get id(): string {
    return this.conversation()?.id ?? '';
  }

  private async run(send: () => Promise<unknown>, done: string | null): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await send();
      this.notice.set(done);
      this.reload.refresh();
      return true;
    } catch (error) {
      this.error.set(toApiError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected answer(answers: readonly SlotAnswer[]): Promise<boolean> {
    const input = { conversationId: this.id, answers: answers.map((a) => ({ ...a })) };
    return this.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({ mutation: AnswerAvailabilityDocument, variables: { input } }),
        ),
      'conversations.poll.saved',
    );
  }

  protected openPoll(): Promise<boolean> {
    return this.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: OpenConversationPollDocument,
            variables: { input: { id: this.id } },
          }),
        ),
      'conversations.detail.pollOpened',
    );
  }

  protected saveMinutes(): Promise<boolean> {
    return this.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: SaveConversationMinutesDocument,
            variables: { input: { id: this.id, minutes: this.minutes.value } },
          }),
        ),
      'conversations.detail.minutesSaved',
    );
  }

  protected async createActionItem(item: NewActionItem): Promise<void> {
    const ok = await this.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: CreateActionItemDocument,
            variables: { input: { conversationId: this.id, ...item } },
          }),
        ),
      null,
    );
    if (ok) this.actionItems()?.reset();
  }

  protected setStatus(id: string, status: ActionItemStatus): Promise<boolean> {
    return this.run(
      () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateActionItemDocument,
            variables: {
              input: { id, status, description: null, ownerOrganisationId: null, dueDate: null },
            },
          }),
        ),
      null,
    );
  }

  protected async planNext(): Promise<void> {
    let nextId: string | null = null;
    await this.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: PlanNextConversationDocument,
          variables: { input: { id: this.id, title: null } },
        }),
      );
      nextId = result.data?.planNextConversation.id ?? null;
    }, null);
    if (nextId) await this.router.navigateByUrl(editConversationLink(nextId));
  }

  protected async downloadIcs(id: string): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: ConversationCalendarEntryDocument,
          variables: { id },
          fetchPolicy: 'network-only',
        }),
      );
      const ics = requireData(result).conversation.invitationCalendar;
      if (!ics) return;
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'regiogesprek.ics';
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}
