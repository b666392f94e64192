import { inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import type { Helix, MyMarketplaceOrganisationsQuery } from '../generated/graphql';
import { MyMarketplaceOrganisationsDocument } from '../generated/graphql';
import { queryState, Reload, requireData } from '../shared/query-state';

export type MyOrganisation = NonNullable<
  MyMarketplaceOrganisationsQuery['me']
>['memberships'][number]['organisation'];

/** The organisations of one helix the user belongs to, by name. */
export function organisationsOfHelix(
  data: MyMarketplaceOrganisationsQuery,
  helix: Helix,
): MyOrganisation[] {
  return (data.me?.memberships ?? [])
    .map((membership) => membership.organisation)
    .filter((organisation) => organisation.helix === helix)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The user's companies (BUSINESS) or schools (EDUCATION), as a query state. */
export function myOrganisations(helix: Helix, reload: Reload) {
  const apollo = inject(Apollo);
  return toSignal(
    queryState(
      of(null),
      () =>
        apollo
          .query({ query: MyMarketplaceOrganisationsDocument, fetchPolicy: 'network-only' })
          .pipe(map((result) => organisationsOfHelix(requireData(result), helix))),
      reload,
    ),
  );
}
