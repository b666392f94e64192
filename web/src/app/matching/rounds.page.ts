import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ParamMap, Params, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { MatchingRoundsDocument, MatchingRoundStatus } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { UrlPaging, urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { policyLabelKeys, roundStatuses, roundStatusLabelKeys } from './matching-labels';
import { RoundStatusBadge } from './round-status-badge';
import { matchingRoundLink } from './round-links';

export const roundsPageSize = 20;

/** The list's filter as it stands in the URL: ?status=REVIEW&pagina=2. */
export interface RoundListParams {
  readonly status: MatchingRoundStatus | null;
  readonly page: number;
}

export const roundPaging: UrlPaging<RoundListParams> = {
  take: roundsPageSize,
  paramsFrom: (params: ParamMap) => {
    const status = params.get('status');
    const page = Number.parseInt(params.get('pagina') ?? '1', 10);
    return {
      status: roundStatuses.find((s) => s === status) ?? null,
      page: Number.isFinite(page) && page > 0 ? page : 1,
    };
  },
  queryParams: (filters, page = 1): Params => ({
    status: filters.status,
    pagina: page > 1 ? page : null,
  }),
};

/** Matchingrondes (coordinators): every round, newest first, filtered by status. */
@Component({
  selector: 'app-rounds-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    Pagination,
    QueryStatus,
    RoundStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'rounds.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'rounds.list.intro' | transloco }}</p>
    <p>
      <a class="button" [routerLink]="newLink">{{ 'rounds.list.new' | transloco }}</a>
    </p>
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'rounds.list.filterLabel' | transloco"
      [formGroup]="filterForm"
      (ngSubmit)="filter()"
    >
      <div class="form-field">
        <label for="rounds-status">{{ 'rounds.list.status' | transloco }}</label>
        <select id="rounds-status" formControlName="status">
          <option value="">{{ 'rounds.list.allStatuses' | transloco }}</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ statusLabelKeys[status] | transloco }}</option>
          }
        </select>
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
      </div>
    </form>
    <app-query-status
      [state]="list.result()"
      [error]="'rounds.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <p role="status">{{ 'rounds.list.count' | transloco: { count: page.totalCount } }}</p>
      @if (page.items.length === 0) {
        <p class="state">{{ 'rounds.list.empty' | transloco }}</p>
      } @else {
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">
              {{
                'rounds.list.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'rounds.fields.name' | transloco }}</th>
                <th scope="col">{{ 'rounds.fields.status' | transloco }}</th>
                <th scope="col">{{ 'rounds.fields.policy' | transloco }}</th>
                <th scope="col" class="numeric">{{ 'rounds.fields.assigned' | transloco }}</th>
                <th scope="col">{{ 'rounds.fields.createdAt' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (round of page.items; track round.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="roundLink(round.id)">{{ round.name }}</a>
                  </th>
                  <td><app-round-status-badge [status]="round.status" /></td>
                  <td>{{ policyLabelKeys[round.policy] | transloco }}</td>
                  <td class="numeric">{{ round.assignedCount ?? '–' }}</td>
                  <td>{{ round.createdAt | appDateTime }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
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
export class RoundsPage {
  private readonly apollo = inject(Apollo);

  protected readonly newLink = linkTo('newMatchingRound');
  protected readonly roundLink = matchingRoundLink;
  protected readonly statuses = roundStatuses;
  protected readonly policyLabelKeys = policyLabelKeys;
  protected readonly statusLabelKeys = roundStatusLabelKeys;
  protected readonly status = new FormControl<MatchingRoundStatus | ''>('', { nonNullable: true });
  protected readonly filterForm = new FormGroup({ status: this.status });
  protected readonly list = urlPagedList(roundPaging, (params, { skip, take }) =>
    this.apollo
      .query({
        query: MatchingRoundsDocument,
        variables: { status: params.status, skip, take },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).matchingRounds)),
  );

  constructor() {
    // The select follows the URL (back button, shared links).
    effect(() => this.status.setValue(this.list.params().status ?? ''));
  }

  protected filter(): void {
    this.list.applyFilters({ status: this.status.value || null });
  }
}
