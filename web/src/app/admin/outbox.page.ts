import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { OutboxDocument } from '../generated/graphql';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { OutboxMailItem } from './outbox-mail';

/** Uitgaande mail (admins): what the platform mailed, so a demo works without SMTP. */
@Component({
  selector: 'app-outbox-page',
  imports: [TranslocoPipe, OutboxMailItem, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.heading' | transloco }}</h1>
    <p class="lead">{{ 'outbox.intro' | transloco }}</p>
    <p>
      <button type="button" class="button button--secondary" (click)="list.reload.retry()">
        {{ 'outbox.refresh' | transloco }}
      </button>
    </p>
    <app-query-status [state]="list.result()" error="outbox.error" (retry)="list.reload.retry()" />
    @if (list.page(); as page) {
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
          [skip]="list.skip()"
          [take]="list.take"
          (skipChange)="list.goTo($event)"
        />
      }
    }
  `,
})
export class OutboxPage {
  private readonly apollo = inject(Apollo);

  protected readonly list = pagedList(20, ({ skip, take }) =>
    this.apollo
      .query({ query: OutboxDocument, variables: { skip, take }, fetchPolicy: 'network-only' })
      .pipe(map((result) => requireData(result).outbox)),
  );
}
