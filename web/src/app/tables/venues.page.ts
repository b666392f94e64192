import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { VenuesDocument } from '../generated/graphql';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { editVenueLink } from './table-links';

/** The venues for regional conversations (coordinators). */
@Component({
  selector: 'app-venues-page',
  imports: [RouterLink, TranslocoPipe, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'venues.list.heading' | transloco }}</h1>
    <p>
      <a class="button" [routerLink]="newLink">{{ 'venues.list.new' | transloco }}</a>
    </p>
    <app-query-status
      [state]="list.result()"
      [error]="'venues.list.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      <p role="status">{{ 'venues.list.count' | transloco: { count: page.totalCount } }}</p>
      @if (page.items.length === 0) {
        <p class="state">{{ 'venues.list.empty' | transloco }}</p>
      } @else {
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">
              {{
                'venues.list.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'venues.list.name' | transloco }}</th>
                <th scope="col">{{ 'venues.list.municipality' | transloco }}</th>
                <th scope="col" class="numeric">{{ 'venues.list.capacity' | transloco }}</th>
                <th scope="col">{{ 'venues.list.access' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (venue of page.items; track venue.id) {
                <tr>
                  <th scope="row">
                    <a
                      [routerLink]="editLink(venue.id)"
                      [attr.aria-label]="'venues.list.edit' | transloco: { name: venue.name }"
                      >{{ venue.name }}</a
                    >
                    <span class="hint">{{ venue.address }}</span>
                  </th>
                  <td>{{ venue.municipality.name }}</td>
                  <td class="numeric">{{ venue.capacity }}</td>
                  <td>
                    <ul class="plain-list">
                      @if (venue.wheelchairAccessible) {
                        <li>{{ 'venues.list.wheelchair' | transloco }}</li>
                      }
                      @if (venue.publicTransportAccess) {
                        <li>
                          {{ 'venues.list.publicTransport' | transloco }}
                          @if (venue.publicTransportNote) {
                            ({{ venue.publicTransportNote }})
                          }
                        </li>
                      }
                    </ul>
                  </td>
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
export class VenuesPage {
  private readonly apollo = inject(Apollo);

  protected readonly newLink = linkTo('newVenue');
  protected readonly list = pagedList(25, ({ skip, take }) =>
    this.apollo
      .query({
        query: VenuesDocument,
        variables: { filter: null, skip, take },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).venues)),
  );

  protected editLink(id: string): string {
    return editVenueLink(id);
  }
}
