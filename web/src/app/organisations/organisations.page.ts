import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { OrganisationFormOptionsDocument, OrganisationsDocument } from '../generated/graphql';
import { Pagination } from '../shared/pagination';
import { queryState, Reload, requireData } from '../shared/query-state';
import { OrganisationCards } from './organisation-cards';
import { OrganisationFilterForm } from './organisation-filter-form';
import {
  organisationFilter,
  OrganisationListParams,
  organisationPageSize,
  organisationParamsFrom,
  organisationQueryParams,
} from './organisation-filters';

/** Organisaties: the active organisations of the region, filtered through the URL. */
@Component({
  selector: 'app-organisations-page',
  imports: [RouterLink, TranslocoPipe, OrganisationCards, OrganisationFilterForm, Pagination],
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
      [params]="params()"
      [municipalities]="municipalities()"
      (filtersChange)="applyFilters($event)"
    />
    @switch (result()?.status) {
      @case ('error') {
        <div class="state state--error" role="alert">
          <p>{{ 'organisations.list.error' | transloco }}</p>
          <button type="button" class="button" (click)="reload.retry()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @case ('ready') {
        @if (page(); as page) {
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
export class OrganisationsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params$ = this.route.queryParamMap.pipe(map(organisationParamsFrom));

  protected readonly auth = inject(AuthState);
  protected readonly newLink = linkTo('newOrganisation');
  protected readonly take = organisationPageSize;
  protected readonly reload = new Reload();
  protected readonly params = toSignal(this.params$, { requireSync: true });
  // The filter works without the municipality names; they only fill the select.
  protected readonly municipalities = toSignal(
    this.apollo.query({ query: OrganisationFormOptionsDocument }).pipe(
      map((result) => requireData(result).municipalities),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly result = toSignal(
    queryState(
      this.params$,
      (params) =>
        this.apollo
          .query({
            query: OrganisationsDocument,
            variables: {
              filter: organisationFilter(params),
              skip: (params.page - 1) * organisationPageSize,
              take: organisationPageSize,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).organisations)),
      this.reload,
    ),
  );
  protected readonly page = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.data : null;
  });

  protected applyFilters(filters: Omit<OrganisationListParams, 'page'>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: organisationQueryParams(filters),
    });
  }

  protected goToSkip(skip: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: organisationQueryParams(this.params(), skip / organisationPageSize + 1),
    });
  }
}
