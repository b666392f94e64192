import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { CreateInternshipNeedDocument } from '../generated/graphql';
import { FormSubmission } from '../shared/form-submission';
import { readyData, Reload } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { marketplaceOptions } from './marketplace-options';
import { internshipNeedLink } from './marketplace-links';
import { myOrganisations } from './my-organisations';
import { NeedForm, NeedFormValue } from './need-form';

/** Stagevraag plaatsen: a new need of one of the user's companies starts as a draft. */
@Component({
  selector: 'app-new-internship-need-page',
  imports: [RouterLink, TranslocoPipe, NeedForm, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="mineLink">{{ 'marketplace.needs.mine.back' | transloco }}</a>
    </p>
    <h1>{{ 'marketplace.needs.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'marketplace.needs.create.intro' | transloco }}</p>
    <app-query-status
      [state]="organisations()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (companies(); as companies) {
      @if (companies.length === 0) {
        <div class="state">
          <p>{{ 'marketplace.needs.create.noCompany' | transloco }}</p>
        </div>
      } @else {
        @if (companies.length > 1) {
          <div class="form-field form">
            <label for="need-organisation">{{
              'marketplace.fields.organisation' | transloco
            }}</label>
            <select
              id="need-organisation"
              [value]="organisationId()"
              (change)="chosen.set($any($event.target).value)"
            >
              @for (company of companies; track company.id) {
                <option [value]="company.id" [selected]="company.id === organisationId()">
                  {{ company.name }}
                </option>
              }
            </select>
          </div>
        } @else {
          <p>
            {{ 'marketplace.needs.create.for' | transloco: { name: companies[0].name } }}
          </p>
        }
        <app-query-status
          [state]="options()"
          [error]="'marketplace.form.optionsError' | transloco"
          (retry)="reload.retry()"
        />
        @if (ready(); as ready) {
          <app-need-form
            [options]="ready"
            [submitting]="submission.submitting()"
            [apiError]="submission.apiError()"
            submitLabel="marketplace.needs.create.submit"
            (save)="create($event)"
          />
        }
      }
    }
  `,
})
export class NewInternshipNeedPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly mineLink = linkTo('myInternshipNeeds');
  protected readonly reload = new Reload();
  protected readonly options = marketplaceOptions(this.reload);
  protected readonly ready = readyData(this.options);
  protected readonly organisations = myOrganisations('BUSINESS', this.reload);
  /** Only approved companies post. */
  protected readonly companies = computed(() => {
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
    const ids = (this.companies() ?? []).map((company) => company.id);
    const wanted = this.chosen() ?? this.requested();
    return wanted && ids.includes(wanted) ? wanted : (ids[0] ?? null);
  });
  protected readonly submission = new FormSubmission();

  protected create(value: NeedFormValue): Promise<void> {
    const organisationId = this.organisationId();
    if (!organisationId) return Promise.resolve();
    return this.submission.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateInternshipNeedDocument,
          variables: { input: { ...value, organisationId } },
        }),
      );
      const id = result.data?.createInternshipNeed.id;
      if (id) await this.router.navigateByUrl(internshipNeedLink(id));
    });
  }
}
