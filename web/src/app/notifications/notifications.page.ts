import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, Observable } from 'rxjs';
import { AmsterdamTimePipe, SlotPipe } from '../conversations/amsterdam-time.pipe';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  type NotificationFieldsFragment,
} from '../generated/graphql';
import { conversationLink } from '../tables/table-links';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { notificationMessage, NotificationMessage } from './notification-message';
import { UnreadNotifications } from './unread-notifications';

interface NotificationView {
  readonly id: string;
  readonly unread: boolean;
  readonly createdAt: string;
  readonly link: string | null;
  readonly message: NotificationMessage;
}

function toView(notification: NotificationFieldsFragment): NotificationView {
  return {
    id: notification.id,
    unread: notification.readAt === null,
    createdAt: notification.createdAt,
    link: notification.conversationId ? conversationLink(notification.conversationId) : null,
    message: notificationMessage(notification.kind, notification.payload),
  };
}

/**
 * My notifications, newest first: what happened to the conversations I am invited to, each
 * with a link to the conversation. Unread ones say so in words; I mark them read one by one
 * or all at once.
 */
@Component({
  selector: 'app-notifications-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    AmsterdamTimePipe,
    SlotPipe,
    QueryStatus,
    Pagination,
    FormError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notification--unread {
      border-left: 6px solid var(--color-primary);
    }

    .notification--unread .notification__text {
      font-weight: 700;
    }

    .notification__text {
      margin-top: 0.5rem;
    }
  `,
  template: `
    <h1 id="notifications-heading" tabindex="-1">{{ 'notifications.heading' | transloco }}</h1>
    <app-query-status
      [state]="list.result()"
      [error]="'notifications.error' | transloco"
      (retry)="list.reload.retry()"
    />
    <div role="status">
      @if (done(); as done) {
        <p class="state">{{ done | transloco }}</p>
      }
    </div>
    <app-form-error [error]="error()" />
    @if (list.page(); as page) {
      @if (page.totalCount === 0) {
        <p class="state">{{ 'notifications.empty' | transloco }}</p>
      } @else {
        <div class="row">
          <p>
            {{
              'notifications.summary'
                | transloco: { unread: page.unreadCount, total: page.totalCount }
            }}
          </p>
          @if (page.unreadCount > 0) {
            <button
              type="button"
              class="button button--secondary"
              [disabled]="busy()"
              (click)="markAllRead()"
            >
              {{ 'notifications.markAllRead' | transloco }}
            </button>
          }
        </div>
        <ul class="stack plain-list">
          @for (n of notifications(); track n.id) {
            @let m = n.message;
            <li
              class="card notification"
              [class.notification--unread]="n.unread"
              [id]="'notification-' + n.id"
            >
              @if (n.unread) {
                <span class="badge">{{ 'notifications.unread' | transloco }}</span>
              }
              <p class="notification__text">
                {{
                  m.key
                    | transloco
                      : {
                          title: m.title,
                          table: m.table,
                          venue: m.venue,
                          when: (m.slot | appSlot),
                        }
                }}
              </p>
              @if (m.reason) {
                <p>{{ 'notifications.reason' | transloco: { reason: m.reason } }}</p>
              }
              <p class="hint">
                {{ 'notifications.received' | transloco: { when: (n.createdAt | appAmsterdam) } }}
              </p>
              <p class="actions">
                @if (n.link) {
                  <a [routerLink]="n.link">
                    {{ 'notifications.toConversation' | transloco }}
                    <span class="visually-hidden">{{ m.title }}</span>
                  </a>
                }
                @if (n.unread) {
                  <button
                    type="button"
                    class="button button--secondary"
                    [disabled]="busy()"
                    (click)="markRead(n.id)"
                  >
                    {{ 'notifications.markRead' | transloco }}
                    <span class="visually-hidden">{{ m.title }}</span>
                  </button>
                }
              </p>
            </li>
          }
        </ul>
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
export class NotificationsPage {
  private readonly apollo = inject(Apollo);
  private readonly unread = inject(UnreadNotifications);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly list = pagedList(25, ({ skip, take }) =>
    this.apollo
      .query({
        query: MyNotificationsDocument,
        variables: { skip, take },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).myNotifications)),
  );
  protected readonly notifications = computed(() => this.list.page()?.items.map(toView) ?? []);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    // The list knows the unread count too: the header shows the same number.
    effect(() => {
      const page = this.list.page();
      if (page) this.unread.set(page.unreadCount);
    });
  }

  protected async markRead(id: string): Promise<void> {
    const marked = await this.run(
      this.apollo.mutate({ mutation: MarkNotificationReadDocument, variables: { input: { id } } }),
      'notifications.markedRead',
    );
    // The button is gone: keep focus on the notification's link, else on the heading.
    if (marked) this.focus(`#notification-${id} a`);
  }

  protected async markAllRead(): Promise<void> {
    const marked = await this.run(
      this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument }),
      'notifications.markedAllRead',
    );
    if (marked) this.focus('#notifications-heading');
  }

  private async run(mutation: Observable<unknown>, done: string): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      await firstValueFrom(mutation);
      this.done.set(done);
      this.list.reload.refresh();
      return true;
    } catch (error) {
      this.error.set(toApiError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private focus(selector: string): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const target =
          root.querySelector<HTMLElement>(selector) ??
          root.querySelector<HTMLElement>('#notifications-heading');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
