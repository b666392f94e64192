import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { CreateCohortDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { readyData, Reload } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { CohortForm, CohortFormValue } from './cohort-form';
import { marketplaceOptions } from './marketplace-options';
import { cohortLink } from './marketplace-links';
import { myOrganisations } from './my-organisations';

/** Cohort plaatsen: a new cohort of one of the user's schools starts as a draft. */
@Component({
  selector: 'app-new-cohort-page',
  imports: [RouterLink, TranslocoPipe, CohortForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="mineLink">{{ 'marketplace.cohorts.mine.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.cohorts.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.cohorts.create.intro' | transloco }}</p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (schools(); as schools) {
      @if (schools.length === 0) {
        <div class="state">
          <p>{{ 'marketplace.cohorts.create.noSchool' | transloco }}</p>
        </div>
      } @else {
        @if (schools.length > 1) {
          <div class="form-field form">
            <label for="cohort-organisation">{{ 'marketplace.fields.school' | transloco }}</label>
            <select
              id="cohort-organisation"
              [value]="organisationId()"
              (change)="chosen.set($any($event.target).value)"
            >
              @for (school of schools; track school.id) {
                <option [value]="school.id" [selected]="school.id === organisationId()">
                  {{ school.name }}
                </option>
              }
            </select>
          </div>
        } @else {
          <p>
            {{ 'marketplace.cohorts.create.for' | transloco: { name: schools[0].name } }}
          </p>
        }
        <app-query-status
          [state]="options()"
          [error]="'marketplace.form.optionsError' | transloco"
          (retry)="reload.retry()"
        />
        @if (ready(); as ready) {
          <app-cohort-form
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="marketplace.cohorts.create.submit"
            (save)="create($event)"
          />
        }
      }
    }
  `,
})
export class NewCohortPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly mineLink = linkTo('myCohorts');
  protected readonly reload = new Reload();
  protected readonly options = marketplaceOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly organisations = myOrganisations('EDUCATION', this.reload);
  /** Only approved schools post. */
  protected readonly schools = computed(() => {
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
    const ids = (this.schools() ?? []).map((school) => school.id);
    const wanted = this.chosen() ?? this.requested();
    return wanted && ids.includes(wanted) ? wanted : (ids[0] ?? null);
  });
  protected readonly submission = new FormSubmission();

  protected create(value: CohortFormValue): Promise<void> {
    const organisationId = this.organisationId();
    if (!organisationId) return Promise.resolve();
    return this.submission.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateCohortDocument,
          variables: { input: { ...value, organisationId } },
        }),
      );
      const id = result.data?.createCohort.id;
      if (id) await this.router.navigateByUrl(cohortLink(id));
    });
  }
}
