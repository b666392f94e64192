import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { InternshipNeedDocument, UpdateInternshipNeedDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { marketplaceOptions } from './marketplace-options';
import { internshipNeedLink } from './marketplace-links';
import { NeedForm, NeedFormValue } from './need-form';

/** Stagevraag bewerken: members change their company's draft or open need. */
@Component({
  selector: 'app-edit-internship-need-page',
  imports: [RouterLink, TranslocoPipe, NeedForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="backLink()">{{ 'marketplace.needs.edit.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.needs.edit.heading' | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'marketplace.needs.detail.error' | transloco"
      (retry)="reload.retry()"
    />
    <app-query-status
      [state]="options()"
      [error]="'marketplace.form.optionsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (need(); as need) {
      @if (need.status === 'DRAFT' || need.status === 'OPEN') {
        <p class="lead">{{ need.title }} — {{ need.organisation.name }}</p>
        @if (ready(); as ready) {
          <app-need-form
            [initial]="initial()"
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="marketplace.needs.edit.submit"
            (save)="update($event)"
          />
        }
      } @else {
        <p class="state">{{ 'marketplace.needs.edit.notEditable' | transloco }}</p>
      }
    }
  `,
})
export class EditInternshipNeedPage {
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
          .query({ query: InternshipNeedDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).internshipNeed)),
      this.reload,
    ),
  );
  protected readonly need = readyData(this.result);
  protected readonly backLink = computed(() => {
    const need = this.need();
    return need ? internshipNeedLink(need.id) : linkTo('internshipNeeds');
  });
  protected readonly initial = computed((): NeedFormValue | null => {
    const need = this.need();
    return need
      ? {
          title: need.title,
          fieldOfStudy: need.fieldOfStudy,
          levels: [...need.levels],
          places: need.places,
          hoursPerWeek: need.hoursPerWeek,
          startDate: need.startDate,
          endDate: need.endDate,
          siteMunicipalityCode: need.siteMunicipality.code,
          workMode: need.workMode,
          monthlyCompensation: need.monthlyCompensation,
          themes: [...need.themes],
          skills: need.skills.map((s) => ({ skillId: s.skill.id, importance: s.importance })),
          description: need.description || null,
        }
      : null;
  });
  protected readonly submission = new FormSubmission();

  protected update(value: NeedFormValue): Promise<void> {
    const need = this.need();
    if (!need) return Promise.resolve();
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateInternshipNeedDocument,
          variables: { input: { ...value, id: need.id } },
        }),
      );
      await this.router.navigateByUrl(internshipNeedLink(need.id));
    });
  }
}
