import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { UnreadNotifications } from './unread-notifications';

/**
 * The header link to my notifications. Its accessible name says how many are unread
 * ("Meldingen, 3 ongelezen"); the visible count badge is hidden from screen readers.
 */
@Component({
  selector: 'app-notifications-link',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notifications-link {
      display: inline-flex;
      align-items: center;
      padding: 0.5rem 0.25rem;
      color: inherit;
    }

    .notifications-link.is-active {
      font-weight: 700;
    }

    .notifications-link__count {
      display: inline-block;
      min-width: 1.5rem;
      margin-left: 0.375rem;
      padding: 0 0.375rem;
      border-radius: 1rem;
      background: var(--color-on-primary);
      color: var(--color-primary);
      font-weight: 700;
      text-align: center;
    }
  `,
  template: `
    <a
      class="notifications-link"
      [routerLink]="link"
      routerLinkActive="is-active"
      ariaCurrentWhenActive="page"
    >
      <span class="visually-hidden">
        @if (count() > 0) {
          {{ 'notifications.link.unread' | transloco: { count: count() } }}
        } @else {
          {{ 'notifications.link.label' | transloco }}
        }
      </span>
      <span aria-hidden="true">
        {{ 'notifications.link.label' | transloco }}
        @if (count() > 0) {
          <span class="notifications-link__count">{{ count() }}</span>
        }
      </span>
    </a>
  `,
})
export class NotificationsLink {
  private readonly auth = inject(AuthState);
  private readonly unread = inject(UnreadNotifications);
  protected readonly link = linkTo('notifications');
  protected readonly count = this.unread.count;

  constructor() {
    this.unread.refresh();
    // A light way to keep the count current: ask again after every navigation.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      // Logging out navigates before this link is gone: ask only while signed in.
      .subscribe(() => {
        if (this.auth.signedIn()) this.unread.refresh();
      });
  }
}
