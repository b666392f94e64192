import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { MyMinorsDocument } from '../generated/graphql';
import { MyOrganisation, myOrganisations } from '../marketplace/my-organisations';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { MinorCards } from './minor-cards';

/** One school's minors, drafts first, with their status steps. */
@Component({
  selector: 'app-my-minors-section',
  imports: [RouterLink, TranslocoPipe, MinorCards, QueryStatus],
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
            {{ 'partners.minors.mine.create' | transloco }}
            <span class="visually-hidden">({{ organisation().name }})</span>
          </a>
        </p>
      } @else {
        <p class="state">{{ 'partners.mine.notActive' | transloco }}</p>
      }
      <app-query-status
        [state]="result()"
        [error]="'partners.minors.mine.error' | transloco"
        (retry)="reload.retry()"
      />
      @if (minors(); as minors) {
        @if (minors.length === 0) {
          <p>{{ 'partners.minors.mine.empty' | transloco }}</p>
        } @else {
          <app-minor-cards [minors]="minors" [manage]="true" (changed)="reload.refresh()" />
        }
      }
    </section>
  `,
})
export class MyMinorsSection {
  private readonly apollo = inject(Apollo);
  readonly organisation = input.required<MyOrganisation>();

  protected readonly newLink = linkTo('newMinor');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.organisation).pipe(map((organisation) => organisation.id)),
      (organisationId) =>
        this.apollo
          .query({
            query: MyMinorsDocument,
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
  protected readonly minors = readyData(this.result);
}

/** Mijn minors: every minor, retraining programme and masterclass of the user's schools. */
@Component({
  selector: 'app-my-minors-page',
  imports: [RouterLink, TranslocoPipe, MyMinorsSection, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'partners.minors.detail.back' | transloco }}</a>
    </p>
    <h1>{{ 'partners.minors.mine.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.minors.mine.intro' | transloco }}</p>
    <p>
      <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
    </p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (schools(); as schools) {
      @for (school of schools; track school.id) {
        <app-my-minors-section [organisation]="school" />
      } @empty {
        <div class="state">
          <p>{{ 'partners.minors.mine.noSchool' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class MyMinorsPage {
  protected readonly listLink = linkTo('minors');
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly reload = new Reload();
  protected readonly organisations = myOrganisations('EDUCATION', this.reload);
  protected readonly schools = readyData(this.organisations);
}
