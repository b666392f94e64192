import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { AuditLogDocument } from '../generated/graphql';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { auditFilter, auditPageSize, auditParamsFrom, auditQueryParams } from './audit-log-filters';
import { AuditLogFilterForm } from './audit-log-filter-form';
import { AuditTable } from './audit-table';

/** Auditlog (coordinators, admins): who changed what, filtered through the URL. */
@Component({
  selector: 'app-audit-log-page',
  imports: [TranslocoPipe, AuditLogFilterForm, AuditTable, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'auditLog.heading' | transloco }}</h1>
    <p class="lead">{{ 'auditLog.intro' | transloco }}</p>
    <app-audit-log-filter-form
      [params]="list.params()"
      (filtersChange)="list.applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'auditLog.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <p role="status">{{ 'auditLog.count' | transloco: { count: page.totalCount } }}</p>
      @if (page.items.length > 0) {
        <app-audit-table [entries]="page.items" caption="auditLog.caption" />
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
export class AuditLogPage {
  private readonly apollo = inject(Apollo);

  protected readonly list = urlPagedList(
    { take: auditPageSize, paramsFrom: auditParamsFrom, queryParams: auditQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: AuditLogDocument,
          variables: { filter: auditFilter(params), skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).auditLog)),
  );
}
