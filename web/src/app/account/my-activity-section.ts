import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuditTable } from '../coordination/audit-table';
import { AuditLogDocument } from '../generated/graphql';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';

/** "Mijn activiteit": the user's own audit-log entries. */
@Component({
  selector: 'app-my-activity-section',
  imports: [RouterLink, TranslocoPipe, AuditTable, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">{{ 'account.activity.heading' | transloco }}</h2>
      <p>{{ 'account.activity.intro' | transloco }}</p>
      @if (canCoordinate()) {
        <p>
          <a [routerLink]="auditLogLink">{{ 'account.activity.fullLog' | transloco }}</a>
        </p>
      }
      <app-query-status
        [state]="list.result()"
        [error]="'account.activity.error' | transloco"
        (retry)="list.reload.retry()"
      />
      @if (list.page(); as page) {
        @if (page.totalCount === 0) {
          <p class="state">{{ 'account.activity.empty' | transloco }}</p>
        } @else {
          <app-audit-table
            [entries]="page.items"
            [showActor]="false"
            caption="account.activity.caption"
            captionId="activity-caption"
          />
          <app-pagination
            [total]="page.totalCount"
            [skip]="list.skip()"
            [take]="list.take"
            (skipChange)="list.goTo($event)"
          />
        }
      }
    </section>
  `,
})
export class MyActivitySection {
  private readonly apollo = inject(Apollo);
  readonly userId = input.required<string>();
  readonly canCoordinate = input(false);

  protected readonly auditLogLink = linkTo('auditLog');
  protected readonly list = pagedList(
    10,
    ({ skip, take }, actorId) =>
      this.apollo
        .query({
          query: AuditLogDocument,
          variables: {
            filter: {
              actorId,
              action: null,
              entityType: null,
              entityId: null,
              from: null,
              to: null,
            },
            skip,
            take,
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).auditLog)),
    toObservable(this.userId),
  );
}
