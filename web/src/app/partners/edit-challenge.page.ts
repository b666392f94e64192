import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { ChallengeDocument, UpdateChallengeDocument } from '../generated/graphql';
import { marketplaceOptions } from '../marketplace/marketplace-options';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ChallengeForm, ChallengeFormValue } from './challenge-form';
import { challengeLink } from './partner-links';

/** Praktijkvraagstuk bewerken: members change their organisation's draft or open challenge. */
@Component({
  selector: 'app-edit-challenge-page',
  imports: [RouterLink, TranslocoPipe, ChallengeForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="backLink()">{{ 'partners.challenges.edit.back' | transloco }}</a>
    </p>
    <h1>{{ 'partners.challenges.edit.heading' | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'partners.challenges.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    <app-query-status
      [state]="options()"
      [error]="'marketplace.form.optionsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (challenge(); as challenge) {
      @if (challenge.status === 'DRAFT' || challenge.status === 'OPEN') {
        <p class="lead">{{ challenge.title }} — {{ challenge.organisation.name }}</p>
        @if (ready(); as ready) {
          <app-challenge-form
            [initial]="initial()"
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="partners.challenges.edit.submit"
            (save)="update($event)"
          />
        }
      } @else {
        <p class="state">{{ 'partners.challenges.edit.notEditable' | transloco }}</p>
      }
    }
  `,
})
export class EditChallengePage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly reload = new Reload();
  protected readonly options = marketplaceOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: ChallengeDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).challenge)),
      this.reload,
    ),
  );
  protected readonly challenge = readyData(this.result);
  protected readonly backLink = computed(() => {
    const challenge = this.challenge();
    return challenge ? challengeLink(challenge.id) : linkTo('challenges');
  });
  protected readonly initial = computed((): ChallengeFormValue | null => {
    const challenge = this.challenge();
    return challenge
      ? {
          title: challenge.title,
          description: challenge.description || null,
          startDate: challenge.startDate,
          endDate: challenge.endDate,
          teamSizeMin: challenge.teamSizeMin,
          teamSizeMax: challenge.teamSizeMax,
          municipalityCode: challenge.municipality.code,
          themes: [...challenge.themes],
          skillIds: challenge.skills.map((skill) => skill.id),
        }
      : null;
  });
  protected readonly submission = new FormSubmission();

  protected update(value: ChallengeFormValue): Promise<void> {
    const challenge = this.challenge();
    if (!challenge) return Promise.resolve();
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateChallengeDocument,
          variables: {
            // An empty text clears the description (null would leave it, or fail on the API).
            input: { ...value, description: value.description ?? '', id: challenge.id },
          },
        }),
      );
      await this.router.navigateByUrl(challengeLink(challenge.id));
    });
  }
}
