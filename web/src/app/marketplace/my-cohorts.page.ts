import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { MyCohortsDocument } from '../generated/graphql';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { MyOrganisation, myOrganisations } from './my-organisations';
import { CohortCards } from './cohort-cards';

/** One school's cohorts, drafts first, with their status steps. */
@Component({
  selector: 'app-my-cohorts-section',
  imports: [RouterLink, TranslocoPipe, CohortCards, QueryStatus],
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
            {{ 'marketplace.cohorts.mine.create' | transloco }}
            <span class="visually-hidden">({{ organisation().name }})</span>
          </a>
        </p>
      } @else {
        <p class="state">{{ 'marketplace.mine.notActive' | transloco }}</p>
      }
      <app-query-status
        [state]="result()"
        [error]="'marketplace.cohorts.mine.error' | transloco"
        (retry)="reload.retry()"
      />
      @if (cohorts(); as cohorts) {
        @if (cohorts.length === 0) {
          <p>{{ 'marketplace.cohorts.mine.empty' | transloco }}</p>
        } @else {
          <app-cohort-cards [cohorts]="cohorts" [manage]="true" (changed)="reload.refresh()" />
        }
      }
    </section>
  `,
})
export class MyCohortsSection {
  private readonly apollo = inject(Apollo);
  readonly organisation = input.required<MyOrganisation>();

  protected readonly newLink = linkTo('newCohort');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.organisation).pipe(map((organisation) => organisation.id)),
      (organisationId) =>
        this.apollo
          .query({
            query: MyCohortsDocument,
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
  protected readonly cohorts = readyData(this.result);
}

/** Mijn cohorten: every cohort of the user's schools, drafts included. */
@Component({
  selector: 'app-my-cohorts-page',
  imports: [RouterLink, TranslocoPipe, MyCohortsSection, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'marketplace.cohorts.detail.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.cohorts.mine.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.cohorts.mine.intro' | transloco }}</p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (schools(); as schools) {
      @for (school of schools; track school.id) {
        <app-my-cohorts-section [organisation]="school" />
      } @empty {
        <div class="state">
          <p>{{ 'marketplace.cohorts.mine.noSchool' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class MyCohortsPage {
  protected readonly listLink = linkTo('cohorts');
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly reload = new Reload();
  protected readonly organisations = myOrganisations('EDUCATION', this.reload);
  protected readonly schools = computed(() => {
    const state = this.organisations();
    return state?.status === 'ready' ? state.data : null;
  });
}
