import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import type {
  Ecosystem,
  TableCardFieldsFragment,
  TableKind,
  TableStatus,
  Theme,
} from '../generated/graphql';
import { TransitionTablesDocument } from '../generated/graphql';
import { ecosystemLabelKeys, ecosystems, themeLabelKeys, themes } from '../shared/labels';
import { urlPagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { tableFilter, tablePageSize, tableParamsFrom, tableQueryParams } from './table-filters';
import {
  tableKindLabelKeys,
  tableKinds,
  tableStatusLabelKeys,
  tableStatuses,
} from './table-labels';
import { tableLink } from './table-links';

/** Transition and theme tables, filtered through the URL; coordinators see all, members their own. */
@Component({
  selector: 'app-tables-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'tables.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'tables.list.intro' | transloco }}</p>
    @if (auth.canCoordinate()) {
      <p class="actions">
        <a class="button" [routerLink]="newLink">{{ 'tables.list.new' | transloco }}</a>
        <a class="button button--secondary" [routerLink]="venuesLink">{{
          'tables.list.venues' | transloco
        }}</a>
        <a class="button button--secondary" [routerLink]="seasonLink">{{
          'tables.list.season' | transloco
        }}</a>
      </p>
    }
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'tables.filters.label' | transloco"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
    >
      <div class="form-field">
        <label for="table-search">{{ 'tables.filters.search' | transloco }}</label>
        <input id="table-search" type="search" formControlName="search" />
      </div>
      <div class="form-field">
        <label for="table-kind">{{ 'tables.filters.kind' | transloco }}</label>
        <select id="table-kind" formControlName="kind">
          <option value="">{{ 'tables.filters.allKinds' | transloco }}</option>
          @for (kind of kinds; track kind) {
            <option [value]="kind">{{ kindLabelKeys[kind] | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="table-theme">{{ 'tables.filters.theme' | transloco }}</label>
        <select id="table-theme" formControlName="theme">
          <option value="">{{ 'tables.filters.allThemes' | transloco }}</option>
          @for (theme of themeList; track theme) {
            <option [value]="theme">{{ themeLabelKeys[theme] | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="table-ecosystem">{{ 'tables.filters.ecosystem' | transloco }}</label>
        <select id="table-ecosystem" formControlName="ecosystem">
          <option value="">{{ 'tables.filters.allEcosystems' | transloco }}</option>
          @for (ecosystem of ecosystemList; track ecosystem) {
            <option [value]="ecosystem">{{ ecosystemLabelKeys[ecosystem] | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="table-status">{{ 'tables.filters.status' | transloco }}</label>
        <select id="table-status" formControlName="status">
          <option value="">{{ 'tables.filters.allStatuses' | transloco }}</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ statusLabelKeys[status] | transloco }}</option>
          }
        </select>
      </div>
      <div class="checkbox">
        <input id="table-mine" type="checkbox" formControlName="mine" />
        <label for="table-mine">{{ 'tables.filters.mine' | transloco }}</label>
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
        <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
      </div>
    </form>
    <app-query-status
      [state]="list.result()"
      [error]="'tables.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <p role="status" class="result-count">
        {{ 'tables.list.count' | transloco: { count: page.totalCount } }}
      </p>
      @if (page.items.length === 0) {
        <div class="state">
          <p>{{ 'tables.list.empty' | transloco }}</p>
          <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
        </div>
      } @else {
        <ul class="cards plain-list">
          @for (table of page.items; track table.id) {
            <li class="card">
              <h2 class="card__title">
                <a [routerLink]="link(table.id)">{{ table.name }}</a>
              </h2>
              <p>
                <span class="badge">{{ kindLabelKeys[table.kind] | transloco }}</span>
                <span class="badge">{{ statusLabelKeys[table.status] | transloco }}</span>
              </p>
              <dl class="card__facts">
                <dt>{{ 'tables.detail.theme' | transloco }}</dt>
                <dd>{{ themeLabelKeys[table.theme] | transloco }}</dd>
                <dt>{{ 'tables.detail.ecosystem' | transloco }}</dt>
                <dd>{{ ecosystemLabelKeys[table.ecosystem] | transloco }}</dd>
              </dl>
              <p>{{ 'tables.list.members' | transloco: counts(table) }}</p>
            </li>
          }
        </ul>
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
export class TablesPage {
  private readonly apollo = inject(Apollo);
  protected readonly auth = inject(AuthState);

  protected readonly newLink = linkTo('newTransitionTable');
  protected readonly venuesLink = linkTo('venues');
  protected readonly seasonLink = linkTo('seasonPlanner');
  protected readonly kinds = tableKinds;
  protected readonly kindLabelKeys = tableKindLabelKeys;
  protected readonly statuses = tableStatuses;
  protected readonly statusLabelKeys = tableStatusLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly form = inject(NonNullableFormBuilder).group({
    search: '',
    kind: '' as TableKind | '',
    theme: '' as Theme | '',
    ecosystem: '' as Ecosystem | '',
    status: '' as TableStatus | '',
    mine: false,
  });
  protected readonly list = urlPagedList(
    { take: tablePageSize, paramsFrom: tableParamsFrom, queryParams: tableQueryParams },
    (params, { skip, take }) =>
      this.apollo
        .query({
          query: TransitionTablesDocument,
          variables: { filter: tableFilter(params), skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).transitionTables)),
  );

  constructor() {
    // The URL is the truth: show what it filters on (also after back/forward).
    effect(() => {
      const p = this.list.params();
      this.form.setValue({
        search: p.search,
        kind: p.kind ?? '',
        theme: p.theme ?? '',
        ecosystem: p.ecosystem ?? '',
        status: p.status ?? '',
        mine: p.mine,
      });
    });
  }

  protected link(id: string): string {
    return tableLink(id);
  }

  protected counts(table: TableCardFieldsFragment): Record<string, number> {
    const of = (helix: string) => table.membersByHelix.find((h) => h.helix === helix)?.count ?? 0;
    return { business: of('BUSINESS'), education: of('EDUCATION'), government: of('GOVERNMENT') };
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    this.list.applyFilters({
      search: v.search.trim(),
      kind: v.kind || null,
      theme: v.theme || null,
      ecosystem: v.ecosystem || null,
      status: v.status || null,
      mine: v.mine,
    });
  }
}
