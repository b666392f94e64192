import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Theme } from '../generated/graphql';
import { calendarDate, endAfterStart, wholeNumber } from '../marketplace/listing-validators';
import { MarketplaceOptions } from '../marketplace/marketplace-options';
import { ChosenSkill, SkillPicker } from '../marketplace/skill-picker';
import { ApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { themeLabelKeys, themes } from '../shared/labels';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';
import { teamSizeInOrder } from './challenge-validators';

/** What the form produces, ready for CreateChallengeInput / UpdateChallengeInput. */
export interface ChallengeFormValue {
  readonly title: string;
  readonly description: string | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly teamSizeMin: number;
  readonly teamSizeMax: number;
  readonly municipalityCode: string;
  readonly themes: Theme[];
  readonly skillIds: string[];
}

/** Translation keys of the labels, by input field name (for the API's field errors). */
export const challengeFieldLabels: Readonly<Record<string, string>> = {
  organisationId: 'partners.challenges.create.organisation',
  title: 'marketplace.fields.title',
  description: 'marketplace.fields.description',
  startDate: 'marketplace.fields.startDate',
  endDate: 'marketplace.fields.endDate',
  teamSizeMin: 'partners.fields.teamSizeMin',
  teamSizeMax: 'partners.fields.teamSizeMax',
  municipalityCode: 'partners.challenges.form.municipality',
  themes: 'marketplace.fields.themes',
  skillIds: 'partners.fields.challengeSkills',
};

const checks = <T extends string>(values: readonly T[], chosen: readonly T[] = []) =>
  Object.fromEntries(values.map((value) => [value, chosen.includes(value)])) as Record<T, boolean>;

function bothRules(group: AbstractControl): ValidationErrors | null {
  endAfterStart(group);
  teamSizeInOrder(group);
  return null;
}

/** Create or edit a challenge; validates as the user types. */
@Component({
  selector: 'app-challenge-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    TextField,
    SkillPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-form-error [error]="apiError()" [labels]="labels" />

      <app-text-field
        [control]="text('title')"
        name="title"
        fieldId="challenge-title"
        label="marketplace.fields.title"
        hint="partners.challenges.form.titleHint"
      />
      <app-text-field
        [control]="text('description')"
        name="description"
        fieldId="challenge-description"
        label="marketplace.fields.description"
        hint="partners.challenges.form.descriptionHint"
        [multiline]="true"
        [optional]="true"
      />
      <app-text-field
        [control]="text('teamSizeMin')"
        name="teamSizeMin"
        fieldId="challenge-team-min"
        label="partners.fields.teamSizeMin"
        hint="partners.challenges.form.teamSizeHint"
        inputMode="numeric"
      />
      <app-text-field
        [control]="text('teamSizeMax')"
        name="teamSizeMax"
        fieldId="challenge-team-max"
        label="partners.fields.teamSizeMax"
        hint="partners.challenges.form.teamSizeHint"
        inputMode="numeric"
      />

      <div class="form-field">
        <label for="challenge-start">{{ 'marketplace.fields.startDate' | transloco }}</label>
        <input
          id="challenge-start"
          type="date"
          formControlName="startDate"
          appAriaInvalid
          aria-describedby="challenge-start-error"
        />
        <app-field-error
          [control]="form.controls.startDate"
          label="marketplace.fields.startDate"
          fieldId="challenge-start"
        />
      </div>
      <div class="form-field">
        <label for="challenge-end">{{ 'marketplace.fields.endDate' | transloco }}</label>
        <input
          id="challenge-end"
          type="date"
          formControlName="endDate"
          appAriaInvalid
          aria-describedby="challenge-end-error"
        />
        <app-field-error
          [control]="form.controls.endDate"
          label="marketplace.fields.endDate"
          fieldId="challenge-end"
        />
      </div>

      <div class="form-field">
        <label for="challenge-municipality">{{
          'partners.challenges.form.municipality' | transloco
        }}</label>
        <select
          id="challenge-municipality"
          formControlName="municipalityCode"
          appAriaInvalid
          aria-describedby="challenge-municipality-error"
        >
          <option value="">{{ 'marketplace.form.chooseMunicipality' | transloco }}</option>
          @for (municipality of options().municipalities; track municipality.code) {
            <option [value]="municipality.code">{{ municipality.name }}</option>
          }
        </select>
        <app-field-error
          [control]="form.controls.municipalityCode"
          label="partners.challenges.form.municipality"
          fieldId="challenge-municipality"
        />
      </div>

      <app-skill-picker
        [control]="form.controls.skills"
        name="skills"
        fieldId="challenge-skills"
        label="partners.fields.challengeSkills"
        [groups]="options().skillGroups"
      />

      <fieldset class="form-field checkboxes" formGroupName="themes">
        <legend>
          {{ 'marketplace.fields.themes' | transloco }}
          <span class="optional">({{ 'common.optional' | transloco }})</span>
        </legend>
        @for (theme of themeList; track theme) {
          <div class="checkbox">
            <input type="checkbox" [id]="'challenge-theme-' + theme" [formControlName]="theme" />
            <label [for]="'challenge-theme-' + theme">{{
              themeLabelKeys[theme] | transloco
            }}</label>
          </div>
        }
      </fieldset>

      <button type="submit" class="button" [attr.aria-busy]="submitting()">
        {{ submitLabel() | transloco }}
      </button>
    </form>
  `,
})
export class ChallengeForm {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly initial = input<ChallengeFormValue | null>(null);
  readonly options = input.required<MarketplaceOptions>();
  readonly submitting = input(false);
  readonly apiError = input<ApiError | null>(null);
  readonly submitLabel = input.required<string>();
  readonly save = output<ChallengeFormValue>();

  protected readonly labels = challengeFieldLabels;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly form = this.fb.group(
    {
      title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
      description: ['', Validators.maxLength(5000)],
      teamSizeMin: ['2', [Validators.required, wholeNumber(1, 50, 'validation.teamSize.range')]],
      teamSizeMax: ['5', [Validators.required, wholeNumber(1, 50, 'validation.teamSize.range')]],
      startDate: ['', [Validators.required, calendarDate]],
      endDate: ['', [Validators.required, calendarDate]],
      municipalityCode: ['', Validators.required],
      skills: this.fb.control<ChosenSkill[]>([]),
      themes: this.fb.group(checks(themes)),
    },
    { validators: bothRules },
  );

  constructor() {
    effect(() => {
      const initial = this.initial();
      if (initial) this.fill(initial);
    });
    effect(() => {
      const error = this.apiError();
      if (error) applyServerErrors(this.form, error, this.keys);
    });
  }

  protected text(
    name: 'title' | 'description' | 'teamSizeMin' | 'teamSizeMax',
  ): FormControl<string> {
    return this.form.controls[name];
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      title: value.title.trim(),
      description: value.description.trim() || null,
      startDate: value.startDate,
      endDate: value.endDate,
      teamSizeMin: Number(value.teamSizeMin.trim()),
      teamSizeMax: Number(value.teamSizeMax.trim()),
      municipalityCode: value.municipalityCode,
      themes: themes.filter((theme) => value.themes[theme]),
      skillIds: value.skills.map((skill) => skill.skillId),
    });
  }

  private fill(value: ChallengeFormValue): void {
    this.form.setValue({
      title: value.title,
      description: value.description ?? '',
      teamSizeMin: String(value.teamSizeMin),
      teamSizeMax: String(value.teamSizeMax),
      startDate: value.startDate,
      endDate: value.endDate,
      municipalityCode: value.municipalityCode,
      skills: value.skillIds.map((skillId): ChosenSkill => ({ skillId, importance: 'MUST_HAVE' })),
      themes: checks(themes, value.themes),
    });
  }
}
