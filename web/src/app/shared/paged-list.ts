import { computed, inject, Signal, signal, WritableSignal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { combineLatest, map, Observable, of } from 'rxjs';
import { QueryState, queryState, readyData, Reload } from './query-state';

/** The skip/take of the page a list query asks for. */
export interface PageWindow {
  readonly skip: number;
  readonly take: number;
}

/** A paged list query as a page shows it, with what app-pagination needs. */
export interface PagedList<T> {
  readonly take: number;
  readonly reload: Reload;
  readonly result: Signal<QueryState<T> | undefined>;
  /** The loaded data, or null while loading or failed. */
  readonly page: Signal<T | null>;
  /** The skip of the page on screen. */
  readonly skip: Signal<number>;
  /** Shows the page at `skip` (the output of app-pagination). */
  goTo(skip: number): void;
}

/**
 * A list paged inside the component: `skip` starts at 0 and is not kept in the URL.
 * With `variables` (e.g. an input as an observable), a new value also asks again.
 */
export function pagedList<T, V = undefined>(
  take: number,
  fetch: (window: PageWindow, variables: V) => Observable<T>,
  variables: Observable<V> = of(undefined as V),
): PagedList<T> & { readonly skip: WritableSignal<number> } {
  const skip = signal(0);
  const reload = new Reload();
  const result = toSignal(
    queryState(
      combineLatest([variables, toObservable(skip)]),
      ([value, current]) => fetch({ skip: current, take }, value),
      reload,
    ),
  );
  return { take, reload, result, page: readyData(result), skip, goTo: (next) => skip.set(next) };
}

/** How a list page reads its filters and page number from the URL and writes them back. */
export interface UrlPaging<P extends { readonly page: number }> {
  readonly take: number;
  readonly paramsFrom: (params: ParamMap) => P;
  /** Query params for the router; page 1 (the default) leaves the URL. */
  readonly queryParams: (filters: Omit<P, 'page'>, page?: number) => Params;
}

/**
 * A list whose filters and page stand in the URL (?…&pagina=): a new URL asks again,
 * paging and filtering navigate.
 */
export function urlPagedList<P extends { readonly page: number }, T>(
  paging: UrlPaging<P>,
  fetch: (params: P, window: PageWindow) => Observable<T>,
): PagedList<T> & {
  readonly params: Signal<P>;
  applyFilters(filters: Omit<P, 'page'>): void;
} {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const { take } = paging;
  const params$ = route.queryParamMap.pipe(map(paging.paramsFrom));
  const params = toSignal(params$, { requireSync: true });
  const reload = new Reload();
  const result = toSignal(
    queryState(params$, (value) => fetch(value, { skip: (value.page - 1) * take, take }), reload),
  );
  const navigate = (queryParams: Params) =>
    void router.navigate([], { relativeTo: route, queryParams });
  return {
    take,
    reload,
    result,
    page: readyData(result),
    params,
    skip: computed(() => (params().page - 1) * take),
    goTo: (skip) => navigate(paging.queryParams(params(), skip / take + 1)),
    applyFilters: (filters) => navigate(paging.queryParams(filters)),
  };
}
