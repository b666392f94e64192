import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { CreateChallengeDocument } from '../generated/graphql';
import { marketplaceOptions } from '../marketplace/marketplace-options';
import { FormSubmission } from '../shared/form-submission';
import { readyData, Reload } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ChallengeForm, ChallengeFormValue } from './challenge-form';
import { challengePosters, myOrganisationsOf } from './my-posting-organisations';
import { challengeLink } from './partner-links';

/** Nieuw praktijkvraagstuk: a new challenge of a company or government body starts as a draft. */
@Component({
  selector: 'app-new-challenge-page',
  imports: [RouterLink, TranslocoPipe, ChallengeForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="mineLink">{{ 'partners.challenges.mine.back' | transloco }}</a>
    </p>
    <h1>{{ 'partners.challenges.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'partners.challenges.create.intro' | transloco }}</p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (posters(); as posters) {
      @if (posters.length === 0) {
        <div class="state">
          <p>{{ 'partners.challenges.create.noPoster' | transloco }}</p>
        </div>
      } @else {
        @if (posters.length > 1) {
          <div class="form-field form">
            <label for="challenge-organisation">{{
              'partners.challenges.create.organisation' | transloco
            }}</label>
            <select
              id="challenge-organisation"
              [value]="organisationId()"
              (change)="chosen.set($any($event.target).value)"
            >
              @for (poster of posters; track poster.id) {
                <option [value]="poster.id" [selected]="poster.id === organisationId()">
                  {{ poster.name }}
                </option>
              }
            </select>
          </div>
        } @else {
          <p>{{ 'partners.challenges.create.for' | transloco: { name: posters[0].name } }}</p>
        }
        <app-query-status
          [state]="options()"
          [error]="'marketplace.form.optionsError' | transloco"
          (retry)="reload.retry()"
        />
        @if (ready(); as ready) {
          <app-challenge-form
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="partners.challenges.create.submit"
            (save)="create($event)"
          />
        }
      }
    }
  `,
})
export class NewChallengePage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly mineLink = linkTo('myChallenges');
  protected readonly reload = new Reload();
  protected readonly options = marketplaceOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly organisations = myOrganisationsOf(challengePosters, this.reload);
  /** Only approved organisations post. */
  protected readonly posters = computed(() => {
    const state = this.organisations();
    return state?.status === 'ready'
      ? state.data.filter((organisation) => organisation.status === 'ACTIVE')
      : null;
  });
  private readonly requested = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('organisatie'))),
  );
  protected readonly chosen = signal<string | null>(null);
  protected readonly organisationId = computed(() => {
    const ids = (this.posters() ?? []).map((poster) => poster.id);
    const wanted = this.chosen() ?? this.requested();
    return wanted && ids.includes(wanted) ? wanted : (ids[0] ?? null);
  });
  protected readonly submission = new FormSubmission();

  protected create(value: ChallengeFormValue): Promise<void> {
    const organisationId = this.organisationId();
    if (!organisationId) return Promise.resolve();
    return this.submission.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateChallengeDocument,
          variables: { input: { ...value, organisationId } },
        }),
      );
      const id = result.data?.createChallenge.id;
      if (id) await this.router.navigateByUrl(challengeLink(id));
    });
  }
}
