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
import type { EducationLevel } from '../generated/graphql';
import { ApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';
import { calendarDate, endAfterStart, wholeNumber } from './listing-validators';
import { educationLevelLabelKeys, educationLevels } from './marketplace-labels';
import { MarketplaceOptions } from './marketplace-options';
import { ChosenSkill, SkillPicker } from './skill-picker';

/** What the form produces, ready for CreateCohortInput / UpdateCohortInput. */
export interface CohortFormValue {
  readonly programmeName: string;
  readonly programmeCode: string;
  readonly level: EducationLevel;
  readonly students: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly municipalityCode: string;
  readonly maxTravelMinutes: number;
  readonly skillIds: string[];
  readonly description: string | null;
}

/** Translation keys of the labels, by input field name (for the API's field errors). */
export const cohortFieldLabels: Readonly<Record<string, string>> = {
  organisationId: 'marketplace.fields.school',
  programmeName: 'marketplace.fields.programmeName',
  programmeCode: 'marketplace.fields.programmeCode',
  level: 'marketplace.fields.level',
  students: 'marketplace.fields.students',
  startDate: 'marketplace.fields.startDate',
  endDate: 'marketplace.fields.endDate',
  municipalityCode: 'marketplace.fields.municipality',
  maxTravelMinutes: 'marketplace.fields.maxTravelMinutes',
  skillIds: 'marketplace.fields.cohortSkills',
  description: 'marketplace.fields.description',
};

/** CREBO (MBO) or CROHO (HBO/WO) code: five digits. */
export function programmeCodeValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value && !/^\d{5}$/.test(value)
    ? { programmeCode: { key: 'validation.format.programmeCode' } }
    : null;
}

/**
 * Create or edit a cohort; validates as the user types. Programme code, level and
 * municipality are fixed once the cohort exists (the API does not change them).
 */
@Component({
  selector: 'app-cohort-form',
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
  templateUrl: './cohort-form.html',
})
export class CohortForm {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly initial = input<CohortFormValue | null>(null);
  readonly editing = input(false);
  readonly options = input.required<MarketplaceOptions>();
  readonly submitting = input(false);
  readonly apiError = input<ApiError | null>(null);
  readonly submitLabel = input.required<string>();
  readonly save = output<CohortFormValue>();

  protected readonly labels = cohortFieldLabels;
  protected readonly levelList = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly form = this.fb.group(
    {
      programmeName: [
        '',
        [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
      ],
      programmeCode: ['', [Validators.required, programmeCodeValidator]],
      level: this.fb.control<EducationLevel | ''>('', Validators.required),
      students: ['', [Validators.required, wholeNumber(1, 2000, 'validation.students.range')]],
      startDate: ['', [Validators.required, calendarDate]],
      endDate: ['', [Validators.required, calendarDate]],
      municipalityCode: ['', Validators.required],
      maxTravelMinutes: [
        '45',
        [Validators.required, wholeNumber(10, 180, 'validation.maxTravelMinutes.range')],
      ],
      skillIds: this.fb.control<ChosenSkill[]>([]),
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
    name: 'programmeName' | 'programmeCode' | 'students' | 'maxTravelMinutes' | 'description',
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
    if (!value.level) return;
    this.save.emit({
      programmeName: value.programmeName.trim(),
      programmeCode: value.programmeCode.trim(),
      level: value.level,
      students: Number(value.students.trim()),
      startDate: value.startDate,
      endDate: value.endDate,
      municipalityCode: value.municipalityCode,
      maxTravelMinutes: Number(value.maxTravelMinutes.trim()),
      skillIds: value.skillIds.map((skill) => skill.skillId),
      description: value.description.trim() || null,
    });
  }

  private fill(value: CohortFormValue): void {
    this.form.setValue({
      programmeName: value.programmeName,
      programmeCode: value.programmeCode,
      level: value.level,
      students: String(value.students),
      startDate: value.startDate,
      endDate: value.endDate,
      municipalityCode: value.municipalityCode,
      maxTravelMinutes: String(value.maxTravelMinutes),
      skillIds: value.skillIds.map(
        (skillId): ChosenSkill => ({ skillId, importance: 'MUST_HAVE' }),
      ),
      description: value.description ?? '',
    });
    if (this.editing()) {
      this.form.controls.programmeCode.disable();
      this.form.controls.level.disable();
      this.form.controls.municipalityCode.disable();
    }
  }
}
