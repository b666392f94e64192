import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  CohortFilter,
  CreateMatchingRoundInput,
  Ecosystem,
  EducationLevel,
  InternshipNeedFilter,
  MatchingPolicy,
  Theme,
} from '../generated/graphql';
import { ComponentName, componentNames } from './explanation';

/** The engine's default weights (docs/matching-rounds.md): the form starts with them. */
export const defaultWeights: Readonly<Record<ComponentName, number>> = {
  skills: 0.4,
  level: 0.15,
  period: 0.15,
  reach: 0.15,
  theme: 0.15,
};

export const roundNameMin = 3;
export const roundNameMax = 200;

/** A weight as typed ("0.4" or "0,4"), or null when it is not a number. */
export function parseWeight(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normal)) return null;
  return Number(normal);
}

/** A weight is a number in [0, 1] (the API's rule), checked as the user types. */
export const weightInRange: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const text = String(control.value ?? '');
  if (text.trim() === '') return null;
  const value = parseWeight(text);
  return value !== null && value <= 1 ? null : { range: { key: 'rounds.form.weightRange' } };
};

/** At least one weight above 0, or no component counts (errors.matchingRounds.weightsZero). */
export const someWeightAboveZero: ValidatorFn = (group: AbstractControl) => {
  const values = Object.values((group as FormGroup).controls).map((c) =>
    parseWeight(String(c.value ?? '')),
  );
  return values.some((v) => v !== null && v > 0)
    ? null
    : { zero: { key: 'rounds.form.weightsZero' } };
};

/** "Until" may not lie before "from". */
export const periodInOrder: ValidatorFn = (group: AbstractControl) => {
  const from = group.get('from')?.value as string | undefined;
  const to = group.get('to');
  if (!to) return null;
  if (from && to.value && (to.value as string) < from) {
    to.setErrors({ range: { key: 'validation.dateRange' } });
  } else if (to.hasError('range')) {
    to.setErrors(null);
  }
  return null;
};

export function filterGroup(fb: NonNullableFormBuilder) {
  return fb.group(
    {
      search: ['', Validators.maxLength(200)],
      organisationId: [''],
      level: ['' as EducationLevel | ''],
      municipalityCode: [''],
      ecosystem: ['' as Ecosystem | ''],
      theme: ['' as Theme | ''],
      from: [''],
      to: [''],
    },
    { validators: periodInOrder },
  );
}

export type FilterGroup = ReturnType<typeof filterGroup>;

export function roundForm(fb: NonNullableFormBuilder) {
  const weight = (name: ComponentName) =>
    new FormControl(defaultWeights[name].toFixed(2), {
      nonNullable: true,
      validators: [Validators.required, weightInRange],
    });
  return fb.group({
    name: [
      '',
      [Validators.required, Validators.minLength(roundNameMin), Validators.maxLength(roundNameMax)],
    ],
    policy: ['OPTIMAL' as MatchingPolicy],
    weights: new FormGroup(
      Object.fromEntries(componentNames.map((name) => [name, weight(name)])) as Record<
        ComponentName,
        FormControl<string>
      >,
      { validators: someWeightAboveZero },
    ),
    needFilter: filterGroup(fb),
    cohortFilter: filterGroup(fb),
  });
}

export type RoundForm = ReturnType<typeof roundForm>;

const orUndefined = <T extends string>(value: T | ''): T | undefined =>
  value === '' ? undefined : value;

function commonFilter(value: FilterGroup['value']) {
  return {
    search: value.search?.trim() || undefined,
    organisationId: orUndefined(value.organisationId ?? ''),
    level: orUndefined(value.level ?? ''),
    municipalityCode: orUndefined(value.municipalityCode ?? ''),
    ecosystem: orUndefined(value.ecosystem ?? ''),
    periodFrom: orUndefined(value.from ?? ''),
    periodTo: orUndefined(value.to ?? ''),
    skillIds: undefined,
    status: undefined,
  };
}

/** The API's input for a valid form (empty filter fields are left out). */
export function toCreateInput(form: RoundForm): CreateMatchingRoundInput {
  const value = form.getRawValue();
  const needFilter: InternshipNeedFilter = {
    ...commonFilter(value.needFilter),
    theme: orUndefined(value.needFilter.theme),
  };
  const cohortFilter: CohortFilter = commonFilter(value.cohortFilter);
  const weights = Object.fromEntries(
    componentNames.map((name) => [name, parseWeight(value.weights[name]) ?? defaultWeights[name]]),
  ) as Record<ComponentName, number>;
  return {
    name: value.name.trim(),
    policy: value.policy,
    weights,
    needFilter,
    cohortFilter,
  };
}
