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
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { EducationLevel, NeedSkillInput, Theme, WorkMode } from '../generated/graphql';
import { ApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { themeLabelKeys, themes } from '../shared/labels';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';
import {
  atLeastOne,
  calendarDate,
  endAfterStart,
  euros,
  parseEuros,
  wholeNumber,
} from './listing-validators';
import {
  educationLevelLabelKeys,
  educationLevels,
  workModeLabelKeys,
  workModes,
} from './marketplace-labels';
import { MarketplaceOptions } from './marketplace-options';
import { ChosenSkill, SkillPicker } from './skill-picker';

/** What the form produces, ready for CreateInternshipNeedInput / UpdateInternshipNeedInput. */
export interface NeedFormValue {
  readonly title: string;
  readonly fieldOfStudy: string;
  readonly levels: EducationLevel[];
  readonly places: number;
  readonly hoursPerWeek: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly siteMunicipalityCode: string;
  readonly workMode: WorkMode;
  readonly monthlyCompensation: number | null;
  readonly themes: Theme[];
  readonly skills: NeedSkillInput[];
  readonly description: string | null;
}

/** Translation keys of the labels, by input field name (for the API's field errors). */
export const needFieldLabels: Readonly<Record<string, string>> = {
  organisationId: 'marketplace.fields.organisation',
  title: 'marketplace.fields.title',
  fieldOfStudy: 'marketplace.fields.fieldOfStudy',
  levels: 'marketplace.fields.levels',
  places: 'marketplace.fields.places',
  hoursPerWeek: 'marketplace.fields.hoursPerWeek',
  startDate: 'marketplace.fields.startDate',
  endDate: 'marketplace.fields.endDate',
  siteMunicipalityCode: 'marketplace.fields.site',
  workMode: 'marketplace.fields.workMode',
  monthlyCompensation: 'marketplace.fields.monthlyCompensation',
  themes: 'marketplace.fields.themes',
  skills: 'marketplace.fields.skills',
  description: 'marketplace.fields.description',
};

const checks = <T extends string>(values: readonly T[], chosen: readonly T[] = []) =>
  Object.fromEntries(values.map((value) => [value, chosen.includes(value)])) as Record<T, boolean>;

/** Create or edit an internship need; validates as the user types. */
@Component({
  selector: 'app-need-form',
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
  templateUrl: './need-form.html',
})
export class NeedForm {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly initial = input<NeedFormValue | null>(null);
  readonly options = input.required<MarketplaceOptions>();
  readonly submitting = input(false);
  readonly apiError = input<ApiError | null>(null);
  readonly submitLabel = input.required<string>();
  readonly save = output<NeedFormValue>();

  protected readonly labels = needFieldLabels;
  protected readonly levelList = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly workModeList = workModes;
  protected readonly workModeLabelKeys = workModeLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly form = this.fb.group(
    {
      title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
      fieldOfStudy: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      levels: this.fb.group(checks(educationLevels), { validators: atLeastOne }),
      places: ['1', [Validators.required, wholeNumber(1, 500, 'validation.places.range')]],
      hoursPerWeek: [
        '32',
        [Validators.required, wholeNumber(4, 40, 'validation.hoursPerWeek.range')],
      ],
      startDate: ['', [Validators.required, calendarDate]],
      endDate: ['', [Validators.required, calendarDate]],
      siteMunicipalityCode: ['', Validators.required],
      workMode: this.fb.control<WorkMode>('ON_SITE'),
      monthlyCompensation: ['', euros(99_999, 'validation.monthlyCompensation.format')],
      themes: this.fb.group(checks(themes)),
      skills: this.fb.control<ChosenSkill[]>([]),
      description: ['', Validators.maxLength(5000)],
    },
    { validators: endAfterStart },
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
    name:
      | 'title'
      | 'fieldOfStudy'
      | 'places'
      | 'hoursPerWeek'
      | 'monthlyCompensation'
      | 'description',
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
      fieldOfStudy: value.fieldOfStudy.trim(),
      levels: educationLevels.filter((level) => value.levels[level]),
      places: Number(value.places.trim()),
      hoursPerWeek: Number(value.hoursPerWeek.trim()),
      startDate: value.startDate,
      endDate: value.endDate,
      siteMunicipalityCode: value.siteMunicipalityCode,
      workMode: value.workMode,
      monthlyCompensation: parseEuros(value.monthlyCompensation),
      themes: themes.filter((theme) => value.themes[theme]),
      skills: value.skills.map(({ skillId, importance }) => ({ skillId, importance })),
      description: value.description.trim() || null,
    });
  }

  private fill(value: NeedFormValue): void {
    this.form.setValue({
      title: value.title,
      fieldOfStudy: value.fieldOfStudy,
      levels: checks(educationLevels, value.levels),
      places: String(value.places),
      hoursPerWeek: String(value.hoursPerWeek),
      startDate: value.startDate,
      endDate: value.endDate,
      siteMunicipalityCode: value.siteMunicipalityCode,
      workMode: value.workMode,
      monthlyCompensation:
        value.monthlyCompensation === null ? '' : String(value.monthlyCompensation),
      themes: checks(themes, value.themes),
      skills: value.skills.map(({ skillId, importance }) => ({ skillId, importance })),
      description: value.description ?? '',
    });
  }
}
