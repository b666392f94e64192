import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { MyChallengesDocument } from '../generated/graphql';
import { MyOrganisation } from '../marketplace/my-organisations';
import { challengePosters, myOrganisationsOf } from './my-posting-organisations';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ChallengeCards } from './challenge-cards';

/** One organisation's challenges, drafts first, with their status steps. */
@Component({
  selector: 'app-my-challenges-section',
  imports: [RouterLink, TranslocoPipe, ChallengeCards, QueryStatus],
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
            {{ 'partners.challenges.mine.create' | transloco }}
            <span class="visually-hidden">({{ organisation().name }})</span>
          </a>
        </p>
      } @else {
        <p class="state">{{ 'partners.mine.notActive' | transloco }}</p>
      }
      <app-query-status
        [state]="result()"
        [error]="'partners.challenges.mine.error' | transloco"
        (retry)="reload.retry()"
      />
      @if (challenges(); as challenges) {
        @if (challenges.length === 0) {
          <p>{{ 'partners.challenges.mine.empty' | transloco }}</p>
        } @else {
          <app-challenge-cards
            [challenges]="challenges"
            [manage]="true"
            (changed)="reload.refresh()"
          />
        }
      }
    </section>
  `,
})
export class MyChallengesSection {
  private readonly apollo = inject(Apollo);
  readonly organisation = input.required<MyOrganisation>();

  protected readonly newLink = linkTo('newChallenge');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.organisation).pipe(map((organisation) => organisation.id)),
      (organisationId) =>
        this.apollo
          .query({
            query: MyChallengesDocument,
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
  protected readonly challenges = readyData(this.result);
}

/** Mijn praktijkvraagstukken: every challenge of the user's companies and government bodies. */
@Component({
  selector: 'app-my-challenges-page',
  imports: [RouterLink, TranslocoPipe, MyChallengesSection, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'partners.challenges.detail.back' | transloco }}</a>
    </p>
    <h1>{{ 'partners.challenges.mine.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.challenges.mine.intro' | transloco }}</p>
    <p>
      <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
    </p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (posters(); as posters) {
      @for (poster of posters; track poster.id) {
        <app-my-challenges-section [organisation]="poster" />
      } @empty {
        <div class="state">
          <p>{{ 'partners.challenges.mine.noPoster' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class MyChallengesPage {
  protected readonly listLink = linkTo('challenges');
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly reload = new Reload();
  protected readonly organisations = myOrganisationsOf(challengePosters, this.reload);
  protected readonly posters = readyData(this.organisations);
}
