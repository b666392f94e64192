import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import type { PartnerRole } from '../generated/graphql';
import { wholeNumber } from '../marketplace/listing-validators';

/** One row of the partner-slot editor: a role and how many partners are wanted (as typed). */
export type SlotGroup = FormGroup<{
  role: FormControl<PartnerRole | ''>;
  wanted: FormControl<string>;
}>;

export type SlotArray = FormArray<SlotGroup>;

export const slotWantedKey = 'validation.partnerSlots.wantedRange';
export const slotDuplicateKey = 'validation.partnerSlots.duplicate';
export const slotBelowFilledKey = 'validation.partnerSlots.belowFilled';

/** A row; `wanted` from 1 to 100 (as the API checks). */
export function slotGroup(role: PartnerRole | '' = '', wanted = '1'): SlotGroup {
  return new FormGroup({
    role: new FormControl<PartnerRole | ''>(role, {
      nonNullable: true,
      validators: Validators.required,
    }),
    wanted: new FormControl(wanted, {
      nonNullable: true,
      validators: [Validators.required, wholeNumber(1, 100, slotWantedKey)],
    }),
  });
}

/** What is wrong with the rows across each other, by row index. */
export interface SlotProblem {
  /** The role already appears in an earlier row. */
  readonly duplicate: boolean;
  /** Fewer partners wanted than the role already has. */
  readonly belowFilled: boolean;
}

/**
 * The problems between rows: each role once (a later row repeats an earlier one), and never
 * fewer wanted than partners already accepted for that role (`filled`, when editing).
 */
export function slotProblems(
  rows: readonly { readonly role: PartnerRole | ''; readonly wanted: string }[],
  filled: ReadonlyMap<PartnerRole, number> = new Map(),
): SlotProblem[] {
  const seen = new Set<PartnerRole>();
  return rows.map(({ role, wanted }) => {
    if (!role) return { duplicate: false, belowFilled: false };
    const duplicate = seen.has(role);
    seen.add(role);
    const count = Number(wanted.trim());
    const belowFilled =
      /^\d+$/.test(wanted.trim()) && Number.isFinite(count) && count < (filled.get(role) ?? 0);
    return { duplicate, belowFilled };
  });
}

/** Sets (or clears) one cross-row error on a control, keeping its own errors. */
function toggleError(control: AbstractControl, name: string, on: boolean, key: string): void {
  if (on && !control.hasError(name)) {
    control.setErrors({ ...control.errors, [name]: { key } });
  } else if (!on && control.hasError(name)) {
    const rest = Object.entries(control.errors ?? {}).filter(([error]) => error !== name);
    control.setErrors(rest.length > 0 ? Object.fromEntries(rest) : null);
  }
}

/**
 * The validator of the whole list of rows: puts the cross-row messages on the role (duplicate)
 * and wanted (below filled) controls, as the API would, and names the first problem.
 * `filled()` gives the partners already accepted per role (empty for a new minor).
 */
export function slotRules(filled: () => ReadonlyMap<PartnerRole, number>): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const array = control as SlotArray;
    const problems = slotProblems(array.getRawValue(), filled());
    array.controls.forEach((row, index) => {
      const problem = problems[index];
      toggleError(row.controls.role, 'duplicate', problem.duplicate, slotDuplicateKey);
      toggleError(row.controls.wanted, 'belowFilled', problem.belowFilled, slotBelowFilledKey);
    });
    return null;
  };
}
