import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import type { Helix } from '../generated/graphql';
import { MyMarketplaceOrganisationsDocument } from '../generated/graphql';
import { MyOrganisation, organisationsOfHelix } from '../marketplace/my-organisations';
import { queryState, Reload, requireData } from '../shared/query-state';

/**
 * The user's organisations of some helixes (schools post minors; companies and government
 * bodies post challenges), by name, as a query state.
 */
export function myOrganisationsOf(helixes: readonly Helix[], reload: Reload) {
  const apollo = inject(Apollo);
  return toSignal(
    queryState(
      of(null),
      () =>
        apollo
          .query({ query: MyMarketplaceOrganisationsDocument, fetchPolicy: 'network-only' })
          .pipe(
            map((result): MyOrganisation[] => {
              const data = requireData(result);
              return helixes
                .flatMap((helix) => organisationsOfHelix(data, helix))
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
            }),
          ),
      reload,
    ),
  );
}

/** Challenges come from companies and government bodies. */
export const challengePosters: readonly Helix[] = ['BUSINESS', 'GOVERNMENT'];
