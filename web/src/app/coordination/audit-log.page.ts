import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { AuditLogDocument } from '../generated/graphql';
import { Pagination } from '../shared/pagination';
import { queryState, Reload, requireData } from '../shared/query-state';
import {
  auditFilter,
  AuditLogParams,
  auditPageSize,
  auditParamsFrom,
  auditQueryParams,
} from './audit-log-filters';
import { AuditLogFilterForm } from './audit-log-filter-form';
import { AuditTable } from './audit-table';

/** Auditlog (coordinators, admins): who changed what, filtered through the URL. */
@Component({
  selector: 'app-audit-log-page',
  imports: [TranslocoPipe, AuditLogFilterForm, AuditTable, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'auditLog.heading' | transloco }}</h1>
    <p class="lead">{{ 'auditLog.intro' | transloco }}</p>
    <app-audit-log-filter-form [params]="params()" (filtersChange)="applyFilters($event)" />
    @switch (result()?.status) {
      @case ('error') {
        <div class="state state--error" role="alert">
          <p>{{ 'auditLog.error' | transloco }}</p>
          <button type="button" class="button" (click)="reload.retry()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @case ('ready') {
        @if (page(); as page) {
          <p role="status">{{ 'auditLog.count' | transloco: { count: page.totalCount } }}</p>
          @if (page.items.length > 0) {
            <app-audit-table [entries]="page.items" caption="auditLog.caption" />
            <app-pagination
              [total]="page.totalCount"
              [skip]="(params().page - 1) * take"
              [take]="take"
              (skipChange)="goToSkip($event)"
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
export class AuditLogPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params$ = this.route.queryParamMap.pipe(map(auditParamsFrom));

  protected readonly take = auditPageSize;
  protected readonly reload = new Reload();
  protected readonly params = toSignal(this.params$, { requireSync: true });
  protected readonly result = toSignal(
    queryState(
      this.params$,
      (params) =>
        this.apollo
          .query({
            query: AuditLogDocument,
            variables: {
              filter: auditFilter(params),
              skip: (params.page - 1) * auditPageSize,
              take: auditPageSize,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).auditLog)),
      this.reload,
    ),
  );
  protected readonly page = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.data : null;
  });

  protected applyFilters(filters: Omit<AuditLogParams, 'page'>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: auditQueryParams(filters),
    });
  }

  protected goToSkip(skip: number): void {
    const params = this.params();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: auditQueryParams(params, skip / auditPageSize + 1),
    });
  }
}
