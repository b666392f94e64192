import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { MyInternshipNeedsDocument } from '../generated/graphql';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { MyOrganisation, myOrganisations } from './my-organisations';
import { NeedCards } from './need-cards';

/** One company's needs, drafts first, with their status steps. */
@Component({
  selector: 'app-my-needs-section',
  imports: [RouterLink, TranslocoPipe, NeedCards, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="'organisation-' + organisation().id">
      <h2 [id]="'organisation-' + organisation().id">{{ organisation().name }}</h2>
      @if (organisation().status === 'ACTIVE') {
        <p>
          <a
            class="button"
            [routerLink]="newLink"
            [queryParams]="{ organisatie: organisation().id }"
          >
            {{ 'marketplace.needs.mine.create' | transloco }}
            <span class="visually-hidden">({{ organisation().name }})</span>
          </a>
        </p>
      } @else {
        <p class="state">{{ 'marketplace.mine.notActive' | transloco }}</p>
      }
      <app-query-status
        [state]="result()"
        [error]="'marketplace.needs.mine.error' | transloco"
        (retry)="reload.retry()"
      />
      @if (needs(); as needs) {
        @if (needs.length === 0) {
          <p>{{ 'marketplace.needs.mine.empty' | transloco }}</p>
        } @else {
          <app-need-cards [needs]="needs" [manage]="true" (changed)="reload.refresh()" />
        }
      }
    </section>
  `,
})
export class MyNeedsSection {
  private readonly apollo = inject(Apollo);
  readonly organisation = input.required<MyOrganisation>();

  protected readonly newLink = linkTo('newInternshipNeed');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.organisation).pipe(map((organisation) => organisation.id)),
      (organisationId) =>
        this.apollo
          .query({
            query: MyInternshipNeedsDocument,
            variables: { organisationId },
            fetchPolicy: 'network-only',
          })
          .pipe(
            map((result) => {
              const data = requireData(result);
              return [
                ...data.drafts.items,
                ...data.open.items,
                ...data.filled.items,
                ...data.closed.items,
              ];
            }),
          ),
      this.reload,
    ),
  );
  protected readonly needs = readyData(this.result);
}

/** Mijn stagevragen: every need of the user's companies, drafts included. */
@Component({
  selector: 'app-my-internship-needs-page',
  imports: [RouterLink, TranslocoPipe, MyNeedsSection, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'marketplace.needs.detail.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.needs.mine.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.needs.mine.intro' | transloco }}</p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (companies(); as companies) {
      @for (company of companies; track company.id) {
        <app-my-needs-section [organisation]="company" />
      } @empty {
        <div class="state">
          <p>{{ 'marketplace.needs.mine.noCompany' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class MyInternshipNeedsPage {
  protected readonly listLink = linkTo('internshipNeeds');
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly reload = new Reload();
  protected readonly organisations = myOrganisations('BUSINESS', this.reload);
  protected readonly companies = computed(() => {
    const state = this.organisations();
    return state?.status === 'ready' ? state.data : null;
  });
}
