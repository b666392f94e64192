import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  FormArray,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  EducationLevel,
  MinorKind,
  PartnerRole,
  PartnerSlotInput,
  Theme,
} from '../generated/graphql';
import { calendarDate, endAfterStart, wholeNumber } from '../marketplace/listing-validators';
import { educationLevelLabelKeys, educationLevels } from '../marketplace/marketplace-labels';
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
import { minorKindLabelKeys, minorKinds } from './partner-labels';
import { SlotGroup, slotGroup, slotRules } from './partner-slot-validators';
import { PartnerSlotsEditor } from './partner-slots-editor';

/** What the form produces, ready for CreateMinorInput (UpdateMinorInput without kind and level). */
export interface MinorFormValue {
  readonly title: string;
  readonly kind: MinorKind;
  readonly level: EducationLevel;
  readonly credits: number;
  readonly capacity: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly municipalityCode: string;
  readonly themes: Theme[];
  readonly skillIds: string[];
  readonly description: string | null;
  readonly partnerSlots: PartnerSlotInput[];
}

/** Translation keys of the labels, by input field name (for the API's field errors). */
export const minorFieldLabels: Readonly<Record<string, string>> = {
  organisationId: 'partners.fields.school',
  title: 'marketplace.fields.title',
  kind: 'partners.fields.kind',
  level: 'marketplace.fields.level',
  credits: 'partners.fields.credits',
  capacity: 'partners.fields.capacity',
  startDate: 'marketplace.fields.startDate',
  endDate: 'marketplace.fields.endDate',
  municipalityCode: 'partners.minors.form.municipality',
  themes: 'marketplace.fields.themes',
  skillIds: 'partners.fields.skills',
  description: 'marketplace.fields.description',
  partnerSlots: 'partners.slotEditor.legend',
};

const checks = <T extends string>(values: readonly T[], chosen: readonly T[] = []) =>
  Object.fromEntries(values.map((value) => [value, chosen.includes(value)])) as Record<T, boolean>;

/**
 * Create or edit a minor (or retraining programme, or masterclass) with its partner slots;
 * validates as the user types. Kind and level are fixed once saved (`editing`).
 */
@Component({
  selector: 'app-minor-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    TextField,
    SkillPicker,
    PartnerSlotsEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minor-form.html',
})
export class MinorForm {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly initial = input<MinorFormValue | null>(null);
  /** Partners already accepted per role, when editing. */
  readonly filled = input<ReadonlyMap<PartnerRole, number>>(new Map());
  readonly editing = input(false);
  readonly options = input.required<MarketplaceOptions>();
  readonly submitting = input(false);
  readonly apiError = input<ApiError | null>(null);
  readonly submitLabel = input.required<string>();
  readonly save = output<MinorFormValue>();

  protected readonly labels = minorFieldLabels;
  protected readonly kindList = minorKinds;
  protected readonly kindLabelKeys = minorKindLabelKeys;
  protected readonly levelList = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  private readonly filledNow = signal<ReadonlyMap<PartnerRole, number>>(new Map());
  protected readonly form = this.fb.group(
    {
      title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
      kind: this.fb.control<MinorKind>('MINOR'),
      level: this.fb.control<EducationLevel | ''>('', Validators.required),
      credits: ['30', [Validators.required, wholeNumber(0, 60, 'validation.credits.range')]],
      capacity: ['20', [Validators.required, wholeNumber(1, 1000, 'validation.capacity.range')]],
      startDate: ['', [Validators.required, calendarDate]],
      endDate: ['', [Validators.required, calendarDate]],
      municipalityCode: ['', Validators.required],
      // In the order of the page, so the first invalid field gets the focus.
      partnerSlots: new FormArray<SlotGroup>(
        [],
        slotRules(() => this.filledNow()),
      ),
      skills: this.fb.control<ChosenSkill[]>([]),
      themes: this.fb.group(checks(themes)),
      description: ['', Validators.maxLength(5000)],
    },
    { validators: endAfterStart },
  );

  constructor() {
    effect(() => {
      this.filledNow.set(this.filled());
      this.form.controls.partnerSlots.updateValueAndValidity();
    });
    effect(() => {
      const initial = this.initial();
      if (initial) this.fill(initial);
    });
    effect(() => {
      // Kind and level are not part of an update.
      if (this.editing()) {
        this.form.controls.kind.disable();
        this.form.controls.level.disable();
      }
    });
    effect(() => {
      const error = this.apiError();
      if (error) applyServerErrors(this.form, error, this.keys);
    });
  }

  protected text(name: 'title' | 'credits' | 'capacity' | 'description'): FormControl<string> {
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
      kind: value.kind,
      level: value.level as EducationLevel,
      credits: Number(value.credits.trim()),
      capacity: Number(value.capacity.trim()),
      startDate: value.startDate,
      endDate: value.endDate,
      municipalityCode: value.municipalityCode,
      themes: themes.filter((theme) => value.themes[theme]),
      skillIds: value.skills.map((skill) => skill.skillId),
      description: value.description.trim() || null,
      partnerSlots: value.partnerSlots.map((slot) => ({
        role: slot.role as PartnerRole,
        wanted: Number(slot.wanted.trim()),
      })),
    });
  }

  private fill(value: MinorFormValue): void {
    const slots = this.form.controls.partnerSlots;
    slots.clear({ emitEvent: false });
    for (const slot of value.partnerSlots) slots.push(slotGroup(slot.role, String(slot.wanted)));
    this.form.patchValue({
      title: value.title,
      kind: value.kind,
      level: value.level,
      credits: String(value.credits),
      capacity: String(value.capacity),
      startDate: value.startDate,
      endDate: value.endDate,
      municipalityCode: value.municipalityCode,
      themes: checks(themes, value.themes),
      skills: value.skillIds.map((skillId): ChosenSkill => ({ skillId, importance: 'MUST_HAVE' })),
      description: value.description ?? '',
    });
  }
}
