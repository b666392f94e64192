import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  ChallengeSort,
  ChallengesDocument,
  ExportChallengesDocument,
  MarketplaceOptionsDocument,
} from '../generated/graphql';
import { ExportButton } from '../marketplace/export-button';
import { noOptions, toOptions } from '../marketplace/marketplace-options';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ChallengeCards } from './challenge-cards';
import { PartnerFilterForm } from './partner-filter-form';
import {
  challengeFilter,
  challengeParamsFrom,
  partnerPageSize,
  PartnerListFilters,
  partnerQueryParams,
} from './partner-filters';

/** Praktijkvraagstukken: the open challenges of companies and government bodies, filtered through the URL. */
@Component({
  selector: 'app-challenges-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ExportButton,
    PartnerFilterForm,
    ChallengeCards,
    Pagination,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'partners.challenges.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.challenges.list.intro' | transloco }}</p>
    @if (canPost()) {
      <p>
        <a class="button button--secondary" [routerLink]="mineLink">
          {{ 'partners.challenges.list.mine' | transloco }}
        </a>
      </p>
    }
    <app-partner-filter-form
      kind="challenge"
      [params]="list.params()"
      [options]="options()"
      (filtersChange)="applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'partners.challenges.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <div class="row">
        <p role="status" class="result-count">
          {{ 'partners.challenges.list.count' | transloco: { count: page.totalCount } }}
        </p>
        @if (page.totalCount > 0) {
          <app-export-button [fetch]="exportList" />
        }
      </div>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'partners.challenges.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <app-challenge-cards [challenges]="page.items" />
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
export class ChallengesPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  protected readonly mineLink = linkTo('myChallenges');
  // Companies and government bodies post challenges.
  protected readonly canPost = computed(() => {
    const roles = this.auth.user()?.roles ?? [];
    return roles.includes('COMPANY_MEMBER') || roles.includes('GOVERNMENT_MEMBER');
  });
  // The filter works without the options; they only fill the selects.
  protected readonly options = toSignal(
    this.apollo.query({ query: MarketplaceOptionsDocument }).pipe(
      map((result) => toOptions(requireData(result))),
      catchError(() => of(noOptions)),
    ),
    { initialValue: noOptions },
  );
  protected readonly list = urlPagedList(
    { take: partnerPageSize, paramsFrom: challengeParamsFrom, queryParams: partnerQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: ChallengesDocument,
          variables: { filter: challengeFilter(params), sort: params.sort, skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).challenges)),
  );

  /** The export of the list as the URL filters and orders it now. */
  protected readonly exportList = () => {
    const params = this.list.params();
    return this.apollo
      .query({
        query: ExportChallengesDocument,
        variables: { filter: challengeFilter(params), sort: params.sort },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).exportChallenges));
  };

  protected applyFilters(filters: PartnerListFilters<string>): void {
    this.list.applyFilters(filters as PartnerListFilters<ChallengeSort>);
  }
}
