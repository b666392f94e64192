import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  CohortSort,
  CohortsDocument,
  ExportCohortsDocument,
  MarketplaceOptionsDocument,
} from '../generated/graphql';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ExportButton } from './export-button';
import { CohortCards } from './cohort-cards';
import { ListingFilterForm } from './listing-filter-form';
import {
  cohortFilter,
  cohortParamsFrom,
  ListingFilters,
  listingPageSize,
  listingQueryParams,
} from './listing-filters';
import { cohortSortLabelKeys, cohortSorts } from './marketplace-labels';
import { noOptions, toOptions } from './marketplace-options';

/** Cohorten: the schools' open groups of students who seek internships, filtered through the URL. */
@Component({
  selector: 'app-cohorts-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ExportButton,
    ListingFilterForm,
    CohortCards,
    Pagination,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'marketplace.cohorts.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.cohorts.list.intro' | transloco }}</p>
    @if (isSchoolMember()) {
      <p>
        <a class="button button--secondary" [routerLink]="mineLink">
          {{ 'marketplace.cohorts.list.mine' | transloco }}
        </a>
      </p>
    }
    <app-listing-filter-form
      [params]="list.params()"
      [options]="options()"
      [sorts]="sorts"
      [sortLabelKeys]="sortLabelKeys"
      (filtersChange)="applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'marketplace.cohorts.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <div class="row">
        <p role="status" class="result-count">
          {{ 'marketplace.cohorts.list.count' | transloco: { count: page.totalCount } }}
        </p>
        @if (page.totalCount > 0) {
          <app-export-button [fetch]="exportList" />
        }
      </div>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'marketplace.cohorts.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <app-cohort-cards [cohorts]="page.items" />
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
export class CohortsPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  protected readonly mineLink = linkTo('myCohorts');
  protected readonly sorts = cohortSorts;
  protected readonly sortLabelKeys = cohortSortLabelKeys;
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
    { take: listingPageSize, paramsFrom: cohortParamsFrom, queryParams: listingQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: CohortsDocument,
          variables: { filter: cohortFilter(params), sort: params.sort, skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).cohorts)),
  );

  /** The export of the list as the URL filters and orders it now. */
  protected readonly exportList = () => {
    const params = this.list.params();
    return this.apollo
      .query({
        query: ExportCohortsDocument,
        variables: { filter: cohortFilter(params), sort: params.sort },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).exportCohorts));
  };

  protected applyFilters(filters: ListingFilters<string>): void {
    this.list.applyFilters(filters as ListingFilters<CohortSort>);
  }
}
