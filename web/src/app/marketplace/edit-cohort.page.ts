import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { CohortDocument, UpdateCohortDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { CohortForm, CohortFormValue } from './cohort-form';
import { marketplaceOptions } from './marketplace-options';
import { cohortLink } from './marketplace-links';

/** Cohort bewerken: members change their school's draft or open cohort. */
@Component({
  selector: 'app-edit-cohort-page',
  imports: [RouterLink, TranslocoPipe, CohortForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="backLink()">{{ 'marketplace.cohorts.edit.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.cohorts.edit.heading' | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'marketplace.cohorts.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    <app-query-status
      [state]="options()"
      [error]="'marketplace.form.optionsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (cohort(); as cohort) {
      @if (cohort.status === 'DRAFT' || cohort.status === 'OPEN') {
        <p class="lead">{{ cohort.programmeName }} — {{ cohort.organisation.name }}</p>
        @if (ready(); as ready) {
          <app-cohort-form
            [initial]="initial()"
            [editing]="true"
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="marketplace.cohorts.edit.submit"
            (save)="update($event)"
          />
        }
      } @else {
        <p class="state">{{ 'marketplace.cohorts.edit.notEditable' | transloco }}</p>
      }
    }
  `,
})
export class EditCohortPage {
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
          .query({ query: CohortDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).cohort)),
      this.reload,
    ),
  );
  protected readonly cohort = readyData(this.result);
  protected readonly backLink = computed(() => {
    const cohort = this.cohort();
    return cohort ? cohortLink(cohort.id) : linkTo('cohorts');
  });
  protected readonly initial = computed((): CohortFormValue | null => {
    const cohort = this.cohort();
    return cohort
      ? {
          programmeName: cohort.programmeName,
          programmeCode: cohort.programmeCode,
          level: cohort.level,
          students: cohort.students,
          startDate: cohort.startDate,
          endDate: cohort.endDate,
          municipalityCode: cohort.municipality.code,
          maxTravelMinutes: cohort.maxTravelMinutes,
          skillIds: cohort.skills.map((skill) => skill.id),
          description: cohort.description || null,
        }
      : null;
  });
  protected readonly submission = new FormSubmission();

  protected update(value: CohortFormValue): Promise<void> {
    const cohort = this.cohort();
    if (!cohort) return Promise.resolve();
    // Programme code, level and municipality stay as they are.
    const input = {
      id: cohort.id,
      programmeName: value.programmeName,
      students: value.students,
      startDate: value.startDate,
      endDate: value.endDate,
      maxTravelMinutes: value.maxTravelMinutes,
      skillIds: value.skillIds,
      description: value.description,
    };
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({ mutation: UpdateCohortDocument, variables: { input } }),
      );
      await this.router.navigateByUrl(cohortLink(cohort.id));
    });
  }
}
