import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import { OrganisationFormOptionsDocument } from '../generated/graphql';
import { queryState, Reload, requireData } from '../shared/query-state';
import type { SelectOption } from './organisation-form';

/** The municipalities as select options, as a query state. Call in an injection context. */
export function municipalityOptions(reload: Reload) {
  const apollo = inject(Apollo);
  const fetch = () =>
    apollo
      .query({ query: OrganisationFormOptionsDocument })
      .pipe(
        map((result) =>
          requireData(result).municipalities.map(
            (m): SelectOption => ({ value: m.code, label: m.name }),
          ),
        ),
      );
  return toSignal(queryState(of(null), fetch, reload));
}
