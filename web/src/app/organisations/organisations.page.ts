import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { OrganisationFormOptionsDocument, OrganisationsDocument } from '../generated/graphql';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { OrganisationCards } from './organisation-cards';
import { OrganisationFilterForm } from './organisation-filter-form';
import {
  organisationFilter,
  organisationPageSize,
  organisationParamsFrom,
  organisationQueryParams,
} from './organisation-filters';

/** Organisaties: the active organisations of the region, filtered through the URL. */
@Component({
  selector: 'app-organisations-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    OrganisationCards,
    OrganisationFilterForm,
    Pagination,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'organisations.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'organisations.list.intro' | transloco }}</p>
    <p>
      <a class="button button--secondary" [routerLink]="newLink">
        {{ 'organisations.list.create' | transloco }}
      </a>
    </p>
    <app-organisation-filter-form
      [params]="list.params()"
      [municipalities]="municipalities()"
      (filtersChange)="list.applyFilters($event)"
    />
    <app-query-status
      [state]="list.result()"
      [error]="'organisations.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <p role="status" class="result-count">
        {{ 'organisations.list.count' | transloco: { count: page.totalCount } }}
      </p>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'organisations.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <app-organisation-cards [organisations]="page.items" />
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
export class OrganisationsPage {
  private readonly apollo = inject(Apollo);

  protected readonly auth = inject(AuthState);
  protected readonly newLink = linkTo('newOrganisation');
  // The filter works without the municipality names; they only fill the select.
  protected readonly municipalities = toSignal(
    this.apollo.query({ query: OrganisationFormOptionsDocument }).pipe(
      map((result) => requireData(result).municipalities),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly list = urlPagedList(
    {
      take: organisationPageSize,
      paramsFrom: organisationParamsFrom,
      queryParams: organisationQueryParams,
    },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: OrganisationsDocument,
          variables: { filter: organisationFilter(params), skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).organisations)),
  );
}
