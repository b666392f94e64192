import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** A whole number from min to max, with a translated message key that names the field. */
export function wholeNumberIn(min: number, max: number, key: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (value === null || value === '') return { required: true };
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max ? null : { range: { key } };
  };
}
