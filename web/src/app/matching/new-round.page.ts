import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  CreateMatchingRoundDocument,
  Helix,
  MatchingRoundOrganisationsDocument,
} from '../generated/graphql';
import { marketplaceOptions, noOptions } from '../marketplace/marketplace-options';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { Reload, requireData } from '../shared/query-state';
import { TextField } from '../shared/text-field';
import { componentNames } from './explanation';
import { componentLabelKeys, policyLabelKeys } from './matching-labels';
import { RoundFilterFields } from './round-filter-fields';
import { roundForm, toCreateInput } from './round-form-model';
import { matchingRoundLink } from './round-links';

/** Nieuwe matchingronde: name, policy, weights and which open needs and cohorts take part. */
@Component({
  selector: 'app-new-round-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormError,
    TextField,
    RoundFilterFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .weights {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
    }
    .weights app-text-field {
      flex: 0 1 10rem;
    }
  `,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'rounds.create.back' | transloco }}</a>
    </p>
    <h1>{{ 'rounds.create.heading' | transloco }}</h1>
    <p class="lead">{{ 'rounds.create.intro' | transloco }}</p>
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-form-error [error]="submission.apiError()" [labels]="labels" />
      <app-text-field
        [control]="form.controls.name"
        name="name"
        fieldId="round-name"
        label="rounds.form.name"
        hint="rounds.form.nameHint"
      />
      <fieldset class="form-field">
        <legend>{{ 'rounds.form.policy' | transloco }}</legend>
        @for (policy of policies; track policy) {
          <div class="checkbox">
            <input
              type="radio"
              [id]="'round-policy-' + policy"
              formControlName="policy"
              [value]="policy"
              [attr.aria-describedby]="'round-policy-' + policy + '-hint'"
            />
            <label [for]="'round-policy-' + policy">{{
              policyLabelKeys[policy] | transloco
            }}</label>
          </div>
          <p class="hint" [id]="'round-policy-' + policy + '-hint'">
            {{ 'rounds.policyHint.' + policy | transloco }}
          </p>
        }
      </fieldset>
      <fieldset class="form-field" formGroupName="weights" aria-describedby="round-weights-error">
        <legend>{{ 'rounds.form.weights' | transloco }}</legend>
        <p class="hint">{{ 'rounds.form.weightsHint' | transloco }}</p>
        <div class="weights">
          @for (name of componentNames; track name) {
            <app-text-field
              [control]="form.controls.weights.controls[name]"
              [name]="name"
              [fieldId]="'round-weight-' + name"
              [label]="componentLabelKeys[name]"
              inputMode="decimal"
              [spellcheck]="false"
            />
          }
        </div>
        <div class="field-error" id="round-weights-error" role="alert">
          @if (weightsZero()) {
            <p>{{ 'rounds.form.weightsZero' | transloco }}</p>
          }
        </div>
      </fieldset>
      <app-round-filter-fields
        [group]="form.controls.needFilter"
        prefix="need"
        legend="rounds.form.needs"
        organisationLabel="rounds.form.company"
        [organisations]="companies()"
        [municipalities]="municipalities()"
        [withTheme]="true"
      />
      <app-round-filter-fields
        [group]="form.controls.cohortFilter"
        prefix="cohort"
        legend="rounds.form.cohorts"
        organisationLabel="rounds.form.school"
        [organisations]="schools()"
        [municipalities]="municipalities()"
      />
      <div class="actions">
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
          {{ 'rounds.create.submit' | transloco }}
        </button>
        <a [routerLink]="listLink">{{ 'common.cancel' | transloco }}</a>
      </div>
    </form>
  `,
})
export class NewRoundPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly listLink = linkTo('matchingRounds');
  protected readonly form = roundForm(inject(NonNullableFormBuilder));
  protected readonly submission = new FormSubmission(this.form);
  protected readonly policies = ['OPTIMAL', 'STABLE'] as const;
  protected readonly policyLabelKeys = policyLabelKeys;
  protected readonly componentNames = componentNames;
  protected readonly componentLabelKeys = componentLabelKeys;
  protected readonly labels = { name: 'rounds.form.name', weights: 'rounds.form.weights' };

  private readonly options = marketplaceOptions(new Reload());
  protected readonly municipalities = computed(() => {
    const options = this.options();
    return options?.status === 'ready' ? options.data.municipalities : noOptions.municipalities;
  });
  protected readonly companies = this.organisationsOf('BUSINESS');
  protected readonly schools = this.organisationsOf('EDUCATION');

  private readonly weightEvents = toSignal(this.form.controls.weights.events);
  protected readonly weightsZero = computed(() => {
    this.weightEvents();
    const weights = this.form.controls.weights;
    return weights.hasError('zero') && (weights.dirty || weights.touched);
  });

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateMatchingRoundDocument,
          variables: { input: toCreateInput(this.form) },
        }),
      );
      const round = result.data?.createMatchingRound;
      if (round) await this.router.navigateByUrl(matchingRoundLink(round.id));
    });
  }

  // The filters' organisation choices; without them the fields offer "all" only.
  private organisationsOf(helix: Helix) {
    return toSignal(
      this.apollo.query({ query: MatchingRoundOrganisationsDocument, variables: { helix } }).pipe(
        map((result) =>
          [...requireData(result).organisations.items].sort((a, b) =>
            a.name.localeCompare(b.name, 'nl'),
          ),
        ),
        catchError(() => of([])),
      ),
      { initialValue: [] },
    );
  }
}
