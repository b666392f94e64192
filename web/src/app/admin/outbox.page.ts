import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { OutboxDocument } from '../generated/graphql';
import { Pagination } from '../shared/pagination';
import { queryState, Reload, requireData } from '../shared/query-state';
import { OutboxMailItem } from './outbox-mail';

const pageSize = 20;

/** Uitgaande mail (admins): what the platform mailed, so a demo works without SMTP. */
@Component({
  selector: 'app-outbox-page',
  imports: [TranslocoPipe, OutboxMailItem, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.heading' | transloco }}</h1>
    <p class="lead">{{ 'outbox.intro' | transloco }}</p>
    <p>
      <button type="button" class="button button--secondary" (click)="reload.retry()">
        {{ 'outbox.refresh' | transloco }}
      </button>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        <div class="state state--error" role="alert">
          <p>{{ 'outbox.error' | transloco }}</p>
          <button type="button" class="button" (click)="reload.retry()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @case ('ready') {
        @if (page(); as page) {
          <p role="status">{{ 'outbox.count' | transloco: { count: page.totalCount } }}</p>
          @if (page.items.length === 0) {
            <p class="state">{{ 'outbox.empty' | transloco }}</p>
          } @else {
            <ul class="plain-list stack">
              @for (mail of page.items; track mail.id) {
                <li><app-outbox-mail [mail]="mail" /></li>
              }
            </ul>
            <app-pagination
              [total]="page.totalCount"
              [skip]="skip()"
              [take]="take"
              (skipChange)="skip.set($event)"
            />
          }
        }
      }
      @default {
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class OutboxPage {
  private readonly apollo = inject(Apollo);
  protected readonly take = pageSize;
  protected readonly skip = signal(0);
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.skip),
      (skip) =>
        this.apollo
          .query({
            query: OutboxDocument,
            variables: { skip, take: pageSize },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).outbox)),
      this.reload,
    ),
  );
  protected readonly page = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.data : null;
  });
}
