import { computed, Signal } from '@angular/core';
import {
  catchError,
  map,
  merge,
  Observable,
  of,
  startWith,
  Subject,
  switchMap,
  withLatestFrom,
} from 'rxjs';
import { ApiError, toApiError } from './api-error';

/** A query as a page shows it: loading, failed, or loaded (and maybe refreshing). */
export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ready'; readonly data: T };

/** Asks a query again: retry() shows the loading state, refresh() keeps the data on screen. */
export class Reload {
  readonly requests = new Subject<boolean>();

  retry(): void {
    this.requests.next(false);
  }

  refresh(): void {
    this.requests.next(true);
  }
}

/**
 * Runs `fetch` for every value of `variables` (showing loading first) and again on every
 * reload request; a newer request cancels an older one.
 */
export function queryState<V, T>(
  variables: Observable<V>,
  fetch: (variables: V) => Observable<T>,
  reload: Reload = new Reload(),
): Observable<QueryState<T>> {
  const runs = merge(
    variables.pipe(map((value) => ({ value, quiet: false }))),
    reload.requests.pipe(
      withLatestFrom(variables),
      map(([quiet, value]) => ({ value, quiet })),
    ),
  );
  return runs.pipe(
    switchMap(({ value, quiet }) => {
      const result = fetch(value).pipe(
        map((data): QueryState<T> => ({ status: 'ready', data })),
        catchError((error: unknown) =>
          of<QueryState<T>>({ status: 'error', error: toApiError(error) }),
        ),
      );
      return quiet ? result : result.pipe(startWith<QueryState<T>>({ status: 'loading' }));
    }),
  );
}

/** The data of an Apollo result, or an error when the API returned none. */
export function requireData<T>(result: { data?: T | undefined }): T {
  if (result.data === undefined) throw new Error('No data');
  return result.data;
}

/** The data of a query state while it is ready, else null (for `@if (data(); as data)`). */
export function readyData<T>(state: Signal<QueryState<T> | undefined>): Signal<T | null> {
  return computed(() => {
    const current = state();
    return current?.status === 'ready' ? current.data : null;
  });
}
