import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { AuthState } from '../auth/auth-state.service';
import { SlotPipe } from '../conversations/amsterdam-time.pipe';
import { ConversationStatusBadge } from '../conversations/conversation-status-badge';
import { RemoveTableMemberDocument, TransitionTableDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { ecosystemLabelKeys, helixLabelKeys, themeLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ConfirmButton } from '../shared/confirm-button';
import { SuggestedMembers } from './suggested-members';
import { tableKindLabelKeys, tableStatusLabelKeys } from './table-labels';
import { conversationLink, editTableLink, newConversationLink } from './table-links';

/**
 * One table: what it is about, its members per helix against the quorum, its conversations,
 * and for coordinators the suggested members and the way to plan a new conversation.
 */
@Component({
  selector: 'app-table-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    SlotPipe,
    QueryStatus,
    ConversationStatusBadge,
    SuggestedMembers,
    FormError,
    ConfirmButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-query-status
      [state]="result()"
      [error]="'tables.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (data(); as d) {
      @let t = d.transitionTable;
      <h1>{{ t.name }}</h1>
      <p>
        <span class="badge">{{ kindLabelKeys[t.kind] | transloco }}</span>
        <span class="badge">{{ statusLabelKeys[t.status] | transloco }}</span>
      </p>
      @if (auth.canCoordinate()) {
        <p class="actions">
          <a class="button" [routerLink]="newConversationLink(t.id)">
            {{ 'tables.detail.newConversation' | transloco }}
          </a>
          <a class="button button--secondary" [routerLink]="editLink(t.id)">
            {{ 'tables.detail.edit' | transloco }}
          </a>
        </p>
      }
      <p class="pre-line">{{ t.description }}</p>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{{ 'tables.detail.facts' | transloco }}</h2>
        <dl class="details">
          <dt>{{ 'tables.detail.theme' | transloco }}</dt>
          <dd>{{ themeLabelKeys[t.theme] | transloco }}</dd>
          <dt>{{ 'tables.detail.ecosystem' | transloco }}</dt>
          <dd>{{ ecosystemLabelKeys[t.ecosystem] | transloco }}</dd>
          <dt>{{ 'tables.detail.coordinators' | transloco }}</dt>
          <dd>{{ names(t.coordinators) }}</dd>
          @if (t.goals) {
            <dt>{{ 'tables.detail.goals' | transloco }}</dt>
            <dd class="pre-line">{{ t.goals }}</dd>
          }
        </dl>
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" tabindex="-1">
          {{ 'tables.detail.membersHeading' | transloco }}
        </h2>
        <div role="status">
          @if (removed(); as name) {
            <p class="state">{{ 'tables.detail.removed' | transloco: { name } }}</p>
          }
        </div>
        <app-form-error [error]="removeError()" />
        @for (group of t.membersByHelix; track group.helix) {
          <h3 [attr.data-helix]="group.helix">
            {{
              'tables.detail.helixCount'
                | transloco
                  : {
                      helix: (helixLabelKeys[group.helix] | transloco),
                      count: group.count,
                      quorum: group.quorum,
                    }
            }}
          </h3>
          @if (group.members.length === 0) {
            <p>{{ 'tables.detail.noMembers' | transloco }}</p>
          } @else {
            <ul>
              @for (m of group.members; track m.id) {
                <li>
                  {{ m.displayName }}
                  @if (m.organisation; as o) {
                    ({{ o.name }})
                  }
                  @if (auth.canCoordinate()) {
                    <app-confirm-button
                      [id]="'member-' + m.id"
                      [name]="m.displayName"
                      label="tables.detail.remove"
                      question="tables.detail.removeConfirm"
                      confirmLabel="tables.detail.confirmRemove"
                      [busy]="removing()"
                      (confirmed)="removeMember(t.id, m)"
                    />
                  }
                </li>
              }
            </ul>
          }
        }
      </section>
      <section aria-labelledby="conversations-heading">
        <h2 id="conversations-heading">{{ 'tables.detail.conversationsHeading' | transloco }}</h2>
        @if (d.conversations.items.length === 0) {
          <p>{{ 'tables.detail.noConversations' | transloco }}</p>
        } @else {
          <ul class="stack plain-list">
            @for (c of d.conversations.items; track c.id) {
              <li>
                <a [routerLink]="conversationLink(c.id)">{{ c.title }}</a>
                <app-conversation-status-badge [status]="c.status" />
                @if (c.confirmedSlot; as slot) {
                  {{ slot | appSlot }}
                }
              </li>
            }
          </ul>
        }
      </section>
      @if (auth.canCoordinate()) {
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">{{ 'tables.detail.suggestionsHeading' | transloco }}</h2>
          <app-suggested-members [tableId]="t.id" (memberAdded)="reload.refresh()" />
        </section>
      }
    }
  `,
})
export class TablePage {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly auth = inject(AuthState);

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: TransitionTableDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((r) => requireData(r))),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);
  protected readonly kindLabelKeys = tableKindLabelKeys;
  protected readonly statusLabelKeys = tableStatusLabelKeys;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly conversationLink = conversationLink;
  protected readonly newConversationLink = newConversationLink;
  protected readonly editLink = editTableLink;

  protected readonly removing = signal(false);
  protected readonly removed = signal<string | null>(null);
  protected readonly removeError = signal<ApiError | null>(null);

  // The API lets coordinators and admins remove a person from any table (as canCoordinate).
  protected async removeMember(
    tableId: string,
    member: { readonly id: string; readonly displayName: string },
  ): Promise<void> {
    if (this.removing()) return;
    this.removing.set(true);
    this.removed.set(null);
    this.removeError.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: RemoveTableMemberDocument,
          variables: { input: { tableId, userId: member.id } },
        }),
      );
      this.removed.set(member.displayName);
      this.reload.refresh();
      // The row and its button are gone: keep focus in the section.
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('#members-heading')?.focus(),
        { injector: this.injector },
      );
    } catch (error) {
      this.removeError.set(toApiError(error));
    } finally {
      this.removing.set(false);
    }
  }

  protected names(people: readonly { readonly displayName: string }[]): string {
    return people.map((p) => p.displayName).join(', ') || '–';
  }
}
