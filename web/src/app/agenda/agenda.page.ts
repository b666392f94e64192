import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of } from 'rxjs';
import { AuthState } from '../auth/auth-state.service';
import { MyAgendaDocument, RenewCalendarFeedDocument } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { CalendarEvent } from './calendar-model';
import { CalendarView } from './calendar-view';

/**
 * My agenda: my confirmed conversations in a month calendar, and my personal calendar feed
 * (made or renewed after a confirm step, shown once, with a copy button and a download).
 */
@Component({
  selector: 'app-agenda-page',
  imports: [TranslocoPipe, DateTimePipe, QueryStatus, CalendarView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .feed {
      margin-top: 2rem;
    }
    .feed__url {
      width: 100%;
      font-family: monospace;
    }
  `,
  template: `
    <h1>{{ 'agenda.heading' | transloco }}</h1>
    <p class="lead">{{ 'agenda.intro' | transloco }}</p>
    <app-query-status
      [state]="result()"
      [error]="'agenda.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (data(); as d) {
      <app-calendar-view [events]="events()" />
      <section class="card feed" aria-labelledby="feed-heading">
        <h2 id="feed-heading">{{ 'agenda.feed.heading' | transloco }}</h2>
        <p>{{ 'agenda.feed.intro' | transloco }}</p>
        @if (feedUrl(); as url) {
          <div class="form-field">
            <label for="feed-url">{{ 'agenda.feed.url' | transloco }}</label>
            <input id="feed-url" class="feed__url" type="text" readonly [value]="url" />
          </div>
          <div class="actions">
            <button type="button" class="button" (click)="copy(url)">
              {{ 'agenda.feed.copy' | transloco }}
            </button>
            <a class="button button--secondary" [href]="url" download="knooppunt-agenda.ics">
              {{ 'agenda.feed.download' | transloco }}
            </a>
          </div>
        } @else if (d.myCalendarFeed.active) {
          <p>
            {{
              'agenda.feed.active' | transloco: { date: (d.myCalendarFeed.createdAt | appDateTime) }
            }}
          </p>
        } @else {
          <p>{{ 'agenda.feed.none' | transloco }}</p>
        }
        @if (d.myCalendarFeed.lastUsedAt; as lastUsed) {
          <p class="hint">
            {{ 'agenda.feed.lastUsed' | transloco: { date: (lastUsed | appDateTime) } }}
          </p>
        }
        <div role="status">
          @if (notice(); as key) {
            <p class="state" data-message="feed">{{ key | transloco }}</p>
          }
        </div>
        @if (failed()) {
          <p class="state state--error" role="alert">{{ 'agenda.feed.error' | transloco }}</p>
        }
        @if (!d.myCalendarFeed.active && !feedUrl()) {
          <button type="button" class="button" [disabled]="renewing()" (click)="renew()">
            {{ 'agenda.feed.create' | transloco }}
          </button>
        } @else if (!askRenew()) {
          <button type="button" class="button button--secondary" (click)="askRenew.set(true)">
            {{ 'agenda.feed.renew' | transloco }}
          </button>
        } @else {
          <div class="inline-confirm" role="group" aria-labelledby="renew-confirm-text">
            <p id="renew-confirm-text">{{ 'agenda.feed.renewConfirm' | transloco }}</p>
            <div class="actions">
              <button type="button" class="button" [disabled]="renewing()" (click)="renew()">
                {{ 'agenda.feed.renewYes' | transloco }}
              </button>
              <button type="button" class="button button--secondary" (click)="askRenew.set(false)">
                {{ 'agenda.feed.renewNo' | transloco }}
              </button>
            </div>
          </div>
        }
      </section>
    }
  `,
})
export class AgendaPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      of(null),
      () =>
        this.apollo
          .query({ query: MyAgendaDocument, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result))),
      this.reload,
    ),
  );
  protected readonly data = readyData(this.result);
  // Confirmed conversations I attend (an invitee who cannot come is not booked).
  protected readonly events = computed((): readonly CalendarEvent[] =>
    (this.data()?.myInvitations.items ?? []).flatMap((c) =>
      c.confirmedSlot && c.attendees.some((a) => a.id === this.auth.user()?.id)
        ? [
            {
              id: c.id,
              title: c.title,
              start: c.confirmedSlot.start,
              end: c.confirmedSlot.end,
              place: c.confirmedVenue
                ? `${c.confirmedVenue.name}, ${c.confirmedVenue.municipality.name}`
                : null,
            },
          ]
        : [],
    ),
  );
  protected readonly feedUrl = signal<string | null>(null);
  protected readonly askRenew = signal(false);
  protected readonly renewing = signal(false);
  protected readonly failed = signal(false);
  protected readonly notice = signal<string | null>(null);

  protected async renew(): Promise<void> {
    this.renewing.set(true);
    this.failed.set(false);
    this.notice.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: RenewCalendarFeedDocument }),
      );
      const feed = result.data?.renewCalendarFeed;
      if (!feed) throw new Error('No feed');
      this.feedUrl.set(feed.url);
      this.askRenew.set(false);
      this.notice.set('agenda.feed.renewed');
      this.reload.refresh();
    } catch {
      this.failed.set(true);
    } finally {
      this.renewing.set(false);
    }
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notice.set('agenda.feed.copied');
    } catch {
      this.notice.set('agenda.feed.copyFailed');
    }
  }
}
