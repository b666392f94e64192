import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  LogoutEverywhereDocument,
  MySessionsDocument,
  RevokeSessionDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FormError } from '../shared/form-error';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { describeUserAgent } from './user-agent';

/** The user's sessions (devices), with revoke one and log out everywhere. */
@Component({
  selector: 'app-sessions-section',
  imports: [TranslocoPipe, DateTimePipe, FormError, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{{ 'account.sessions.heading' | transloco }}</h2>
      <p>{{ 'account.sessions.intro' | transloco }}</p>
      <div role="status">
        @if (message(); as message) {
          <p class="state">{{ message | transloco }}</p>
        }
      </div>
      <app-form-error [error]="actionError()" />
      <app-query-status
        [state]="sessions()"
        [error]="'account.sessions.error' | transloco"
        (retry)="reload.retry()"
      />
      @if (list(); as rows) {
        <div class="table-scroll" role="region" aria-labelledby="sessions-caption" tabindex="0">
          <table>
            <caption id="sessions-caption">
              {{
                'account.sessions.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'account.sessions.device' | transloco }}</th>
                <th scope="col">{{ 'account.sessions.createdAt' | transloco }}</th>
                <th scope="col">{{ 'account.sessions.lastUsedAt' | transloco }}</th>
                <th scope="col">{{ 'account.sessions.expiresAt' | transloco }}</th>
                <th scope="col">{{ 'account.sessions.action' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (session of rows; track session.id) {
                <tr [class.is-current]="session.current">
                  <th scope="row">
                    {{
                      describe(session.userAgent) ?? ('account.sessions.unknownDevice' | transloco)
                    }}
                    @if (session.current) {
                      <span class="badge badge--active">{{
                        'account.sessions.current' | transloco
                      }}</span>
                    }
                  </th>
                  <td>{{ session.createdAt | appDateTime }}</td>
                  <td>{{ session.lastUsedAt | appDateTime }}</td>
                  <td>{{ session.expiresAt | appDateTime }}</td>
                  <td>
                    @if (!session.current) {
                      <button
                        type="button"
                        class="button button--secondary"
                        (click)="revoke(session.id)"
                      >
                        {{ 'account.sessions.revoke' | transloco }}
                        <span class="visually-hidden">{{ describe(session.userAgent) }}</span>
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <button type="button" class="button button--secondary" (click)="logoutEverywhere()">
          {{ 'account.sessions.logoutEverywhere' | transloco }}
        </button>
      }
    </section>
  `,
})
export class SessionsSection {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);
  private readonly router = inject(Router);

  protected readonly reload = new Reload();
  protected readonly sessions = toSignal(
    queryState(
      of(null),
      () =>
        this.apollo
          .query({ query: MySessionsDocument, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).mySessions)),
      this.reload,
    ),
  );
  protected readonly list = readyData(this.sessions);
  protected readonly message = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly describe = describeUserAgent;

  protected async revoke(id: string): Promise<void> {
    this.actionError.set(null);
    this.message.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: RevokeSessionDocument, variables: { input: { id } } }),
      );
      this.message.set('account.sessions.revoked');
      this.reload.refresh();
    } catch (error) {
      this.actionError.set(toApiError(error));
    }
  }

  protected async logoutEverywhere(): Promise<void> {
    this.actionError.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutEverywhereDocument }));
      // This session ended too.
      await this.auth.sessionChanged();
      await this.router.navigateByUrl(linkTo('login'));
    } catch (error) {
      this.actionError.set(toApiError(error));
    }
  }
}
