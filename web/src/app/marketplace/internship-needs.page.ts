import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  ExportInternshipNeedsDocument,
  InternshipNeedsDocument,
  MarketplaceOptionsDocument,
  NeedSort,
} from '../generated/graphql';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ExportButton } from './export-button';
import { ListingFilterForm } from './listing-filter-form';
import {
  ListingFilters,
  listingPageSize,
  listingQueryParams,
  needFilter,
  needParamsFrom,
} from './listing-filters';
import { needSortLabelKeys, needSorts } from './marketplace-labels';
import { noOptions, toOptions } from './marketplace-options';
import { NeedCards } from './need-cards';

/** Stagevragen: the open internship needs of the region, filtered through the URL. */
@Component({
  selector: 'app-internship-needs-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ExportButton,
    ListingFilterForm,
    NeedCards,
    Pagination,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'marketplace.needs.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.needs.list.intro' | transloco }}</p>
    @if (isCompanyMember()) {
      <p>
        <a class="button button--secondary" [routerLink]="mineLink">
          {{ 'marketplace.needs.list.mine' | transloco }}
        </a>
      </p>
    }
    <app-listing-filter-form
      [params]="list.params()"
      [options]="options()"
      [sorts]="sorts"
      [sortLabelKeys]="sortLabelKeys"
      [withThemes]="true"
      (filtersChange)="applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'marketplace.needs.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <div class="row">
        <p role="status" class="result-count">
          {{ 'marketplace.needs.list.count' | transloco: { count: page.totalCount } }}
        </p>
        @if (page.totalCount > 0) {
          <app-export-button [fetch]="exportList" />
        }
      </div>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'marketplace.needs.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <app-need-cards [needs]="page.items" />
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
export class InternshipNeedsPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  protected readonly mineLink = linkTo('myInternshipNeeds');
  protected readonly sorts = needSorts;
  protected readonly sortLabelKeys = needSortLabelKeys;
  protected readonly isCompanyMember = computed(
    () => this.auth.user()?.roles.includes('COMPANY_MEMBER') ?? false,
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
    { take: listingPageSize, paramsFrom: needParamsFrom, queryParams: listingQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: InternshipNeedsDocument,
          variables: { filter: needFilter(params), sort: params.sort, skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).internshipNeeds)),
  );

  /** The export of the list as the URL filters and orders it now. */
  protected readonly exportList = () => {
    const params = this.list.params();
    return this.apollo
      .query({
        query: ExportInternshipNeedsDocument,
        variables: { filter: needFilter(params), sort: params.sort },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).exportInternshipNeeds));
  };

  protected applyFilters(filters: ListingFilters<string>): void {
    this.list.applyFilters(filters as ListingFilters<NeedSort>);
  }
}
