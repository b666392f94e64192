import { Injectable, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { catchError, EMPTY, map, Subject, switchMap } from 'rxjs';
import { UnreadNotificationCountDocument } from '../generated/graphql';
import { requireData } from '../shared/query-state';

/**
 * How many of my notifications are unread, for the header link. Asked again on request
 * (after a navigation, say); a newer request cancels an older one.
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly apollo = inject(Apollo);
  private readonly requests = new Subject<void>();
  private readonly current = signal(0);

  readonly count = this.current.asReadonly();

  constructor() {
    this.requests
      .pipe(
        switchMap(() =>
          this.apollo
            .query({ query: UnreadNotificationCountDocument, fetchPolicy: 'network-only' })
            .pipe(
              map((result) => requireData(result).myNotifications.unreadCount),
              // The header is no place for an error: keep the last count.
              catchError(() => EMPTY),
            ),
        ),
      )
      .subscribe((count) => this.current.set(count));
  }

  refresh(): void {
    this.requests.next();
  }

  /** A count the caller has just read from the API (the notifications page's list). */
  set(count: number): void {
    this.current.set(count);
  }
}
