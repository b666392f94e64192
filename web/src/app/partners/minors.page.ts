import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  ExportMinorsDocument,
  MarketplaceOptionsDocument,
  MinorSort,
  MinorsDocument,
} from '../generated/graphql';
import { ExportButton } from '../marketplace/export-button';
import { noOptions, toOptions } from '../marketplace/marketplace-options';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { MinorCards } from './minor-cards';
import { PartnerFilterForm } from './partner-filter-form';
import {
  minorFilter,
  minorParamsFrom,
  partnerPageSize,
  PartnerListFilters,
  partnerQueryParams,
} from './partner-filters';

/** Minors: the open minors, retraining programmes and masterclasses, filtered through the URL. */
@Component({
  selector: 'app-minors-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ExportButton,
    PartnerFilterForm,
    MinorCards,
    Pagination,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'partners.minors.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.minors.list.intro' | transloco }}</p>
    @if (isSchoolMember()) {
      <p>
        <a class="button button--secondary" [routerLink]="mineLink">
          {{ 'partners.minors.list.mine' | transloco }}
        </a>
      </p>
    }
    <app-partner-filter-form
      kind="minor"
      [params]="list.params()"
      [options]="options()"
      (filtersChange)="applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'partners.minors.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <div class="row">
        <p role="status" class="result-count">
          {{ 'partners.minors.list.count' | transloco: { count: page.totalCount } }}
        </p>
        @if (page.totalCount > 0) {
          <app-export-button [fetch]="exportList" />
        }
      </div>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'partners.minors.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <app-minor-cards [minors]="page.items" />
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
export class MinorsPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  protected readonly mineLink = linkTo('myMinors');
  protected readonly isSchoolMember = computed(
    () => this.auth.user()?.roles.includes('SCHOOL_MEMBER') ?? false,
  );
  // The filter works without the options; they only fill the selects.
  protected readonly options = toSignal(
    this.apollo.query({ query: MarketplaceOptionsDocument }).pipe(
      map((result) => toOptions(requireData(result))),
      catchError(() => of(noOptions)),
    ),
    { initialValue: noOptions },
  );
  protected readonly list = urlPagedList(
    { take: partnerPageSize, paramsFrom: minorParamsFrom, queryParams: partnerQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: MinorsDocument,
          variables: { filter: minorFilter(params), sort: params.sort, skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).minors)),
  );

  /** The export of the list as the URL filters and orders it now. */
  protected readonly exportList = () => {
    const params = this.list.params();
    return this.apollo
      .query({
        query: ExportMinorsDocument,
        variables: { filter: minorFilter(params), sort: params.sort },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).exportMinors));
  };

  protected applyFilters(filters: PartnerListFilters<string>): void {
    this.list.applyFilters(filters as PartnerListFilters<MinorSort>);
  }
}
