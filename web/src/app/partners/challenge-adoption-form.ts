import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, forkJoin, map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import { OpenMinorsOfDocument, ProposeChallengeAdoptionDocument } from '../generated/graphql';
import { MyOrganisation } from '../marketplace/my-organisations';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { TextField } from '../shared/text-field';

/** Translation keys of the labels, by input field name (for the API's field errors). */
const adoptionFieldLabels: Readonly<Record<string, string>> = {
  minorId: 'partners.adopt.minor',
  challengeId: 'partners.adopt.challenge',
  message: 'partners.adopt.message',
};

interface SchoolMinors {
  readonly school: MyOrganisation;
  readonly minors: readonly { readonly id: string; readonly title: string }[];
}

/**
 * A school's proposal to take a challenge on with one of its open minors: the minor (grouped by
 * school when the user has several) and a message to the challenge's owner.
 */
@Component({
  selector: 'app-challenge-adoption-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    QueryStatus,
    TextField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-query-status
      [state]="result()"
      [error]="'partners.adopt.minorsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (groups(); as groups) {
      @if (!hasMinors()) {
        <div class="state">
          <p>{{ 'partners.adopt.noMinors' | transloco }}</p>
          <a [routerLink]="myMinorsLink">{{ 'partners.minors.mine.heading' | transloco }}</a>
        </div>
      } @else {
        <div role="status">
          @if (sentTo(); as owner) {
            <p class="state" tabindex="-1">
              {{ 'partners.adopt.sent' | transloco: { name: owner } }}
              <a [routerLink]="inboxLink">{{ 'partners.inbox.link' | transloco }}</a>
            </p>
          }
        </div>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <app-form-error [error]="submission.apiError()" [labels]="labels" />
          <div class="form-field">
            <label for="adopt-minor">{{ 'partners.adopt.minor' | transloco }}</label>
            <select
              id="adopt-minor"
              formControlName="minorId"
              appAriaInvalid
              aria-describedby="adopt-minor-error"
            >
              <option value="">{{ 'partners.adopt.chooseMinor' | transloco }}</option>
              @for (group of groups; track group.school.id) {
                @if (group.minors.length > 0) {
                  <optgroup [label]="group.school.name">
                    @for (minor of group.minors; track minor.id) {
                      <option [value]="minor.id">{{ minor.title }}</option>
                    }
                  </optgroup>
                }
              }
            </select>
            <app-field-error
              [control]="form.controls.minorId"
              label="partners.adopt.minor"
              fieldId="adopt-minor"
            />
          </div>
          <app-text-field
            [control]="form.controls.message"
            name="message"
            fieldId="adopt-message"
            label="partners.adopt.message"
            hint="partners.adopt.messageHint"
            [multiline]="true"
            [optional]="true"
          />
          <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
            {{ 'partners.adopt.submit' | transloco }}
          </button>
        </form>
      }
    }
  `,
})
export class ChallengeAdoptionForm {
  private readonly apollo = inject(Apollo);

  readonly challengeId = input.required<string>();
  /** Name of the organisation that posted the challenge. */
  readonly ownerName = input.required<string>();
  /** The user's active schools. */
  readonly schools = input.required<readonly MyOrganisation[]>();
  readonly proposed = output();

  protected readonly labels = adoptionFieldLabels;
  protected readonly inboxLink = linkTo('partnerships');
  protected readonly myMinorsLink = linkTo('myMinors');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.schools),
      (schools) =>
        schools.length === 0
          ? of<SchoolMinors[]>([])
          : forkJoin(
              schools.map((school) =>
                this.apollo
                  .query({
                    query: OpenMinorsOfDocument,
                    variables: { organisationId: school.id },
                    fetchPolicy: 'network-only',
                  })
                  .pipe(
                    map(
                      (result): SchoolMinors => ({
                        school,
                        minors: requireData(result).minors.items,
                      }),
                    ),
                  ),
              ),
            ),
      this.reload,
    ),
  );
  protected readonly groups = readyData(this.result);
  protected readonly hasMinors = computed(() =>
    (this.groups() ?? []).some((group) => group.minors.length > 0),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    minorId: ['', Validators.required],
    message: ['', Validators.maxLength(2000)],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sentTo = signal<string | null>(null);

  constructor() {
    // One minor to choose from: choose it.
    effect(() => {
      const minors = (this.groups() ?? []).flatMap((group) => group.minors);
      if (minors.length === 1 && !this.form.controls.minorId.value) {
        this.form.controls.minorId.setValue(minors[0].id);
      }
    });
  }

  protected submit(): Promise<void> {
    this.sentTo.set(null);
    return this.submission.run(async () => {
      const { minorId, message } = this.form.getRawValue();
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ProposeChallengeAdoptionDocument,
          variables: {
            input: { minorId, challengeId: this.challengeId(), message: message.trim() || null },
          },
        }),
      );
      this.form.controls.message.reset('');
      this.sentTo.set(this.ownerName());
      this.proposed.emit();
    });
  }
}
