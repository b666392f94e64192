import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { AnswerAvailabilityDocument, MyInvitationsDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { conversationLink } from '../tables/table-links';
import { SlotPipe } from './amsterdam-time.pipe';
import { ConversationStatusBadge } from './conversation-status-badge';
import { PollForm, SlotAnswer } from './poll-form';

/**
 * My invitations to regional conversations: the open polls first, each with the form to
 * answer it (made for a phone too), then the confirmed, draft and cancelled ones.
 */
@Component({
  selector: 'app-invitations-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    SlotPipe,
    QueryStatus,
    Pagination,
    FormError,
    PollForm,
    ConversationStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'conversations.invitations.heading' | transloco }}</h1>
    <p class="lead">{{ 'conversations.invitations.intro' | transloco }}</p>
    <app-query-status
      [state]="list.result()"
      [error]="'conversations.invitations.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      @if (page.items.length === 0) {
        <p class="state">{{ 'conversations.invitations.empty' | transloco }}</p>
      } @else {
        @if (polling().length > 0) {
          <h2>{{ 'conversations.invitations.open' | transloco }}</h2>
          @for (c of polling(); track c.id) {
            <section class="card" [attr.aria-labelledby]="'invitation-' + c.id">
              <h3 class="card__title" [id]="'invitation-' + c.id">{{ c.title }}</h3>
              <p>
                {{ c.table.name }} ·
                <a [routerLink]="link(c.id)">{{
                  'conversations.invitations.details' | transloco
                }}</a>
              </p>
              <p class="hint">
                {{
                  'conversations.invitations.answered'
                    | transloco: { count: answeredCount(c), total: c.slots.length }
                }}
              </p>
              <div role="status">
                @if (saved() === c.id) {
                  <p class="state" data-message="saved">
                    {{ 'conversations.poll.saved' | transloco }}
                  </p>
                }
              </div>
              @if (errorFor() === c.id) {
                <app-form-error [error]="error()" />
              }
              <app-poll-form
                [slots]="c.slots"
                [initial]="c.myAnswers"
                [saving]="savingId() === c.id"
                (submitted)="answer(c.id, $event)"
              />
            </section>
          }
        }
        @if (others().length > 0) {
          <h2>{{ 'conversations.invitations.other' | transloco }}</h2>
          <ul class="stack plain-list">
            @for (c of others(); track c.id) {
              <li class="card">
                <a class="card__title" [routerLink]="link(c.id)">{{ c.title }}</a>
                <app-conversation-status-badge [status]="c.status" />
                <p>{{ c.table.name }}</p>
                @if (c.confirmedSlot; as slot) {
                  <p>
                    {{
                      'conversations.invitations.when'
                        | transloco: { slot: (slot | appSlot), venue: c.confirmedVenue?.name ?? '' }
                    }}
                  </p>
                }
              </li>
            }
          </ul>
        }
        <app-pagination
          [total]="page.totalCount"
          [skip]="list.skip()"
          [take]="list.take"
          (skipChange)="list.goTo($event)"
        />
      }
    }
  `,
})
export class InvitationsPage {
  private readonly apollo = inject(Apollo);

  protected readonly list = pagedList(25, ({ skip, take }) =>
    this.apollo
      .query({
        query: MyInvitationsDocument,
        variables: { status: null, skip, take },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).myInvitations)),
  );
  protected readonly polling = computed(
    () => this.list.page()?.items.filter((c) => c.status === 'POLLING') ?? [],
  );
  protected readonly others = computed(
    () => this.list.page()?.items.filter((c) => c.status !== 'POLLING') ?? [],
  );
  protected readonly savingId = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly errorFor = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  protected link(id: string): string {
    return conversationLink(id);
  }

  protected answeredCount(c: {
    readonly myAnswers: readonly { readonly answer: unknown }[];
  }): number {
    return c.myAnswers.filter((cell) => cell.answer !== null).length;
  }

  protected async answer(conversationId: string, answers: readonly SlotAnswer[]): Promise<void> {
    if (this.savingId()) return;
    this.savingId.set(conversationId);
    this.saved.set(null);
    this.errorFor.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: AnswerAvailabilityDocument,
          variables: {
            input: {
              conversationId,
              answers: answers.map((a) => ({
                slotId: a.slotId,
                answer: a.answer,
                comment: a.comment,
              })),
            },
          },
        }),
      );
      this.saved.set(conversationId);
      this.list.reload.refresh();
    } catch (error) {
      this.error.set(toApiError(error));
      this.errorFor.set(conversationId);
    } finally {
      this.savingId.set(null);
    }
  }
}
