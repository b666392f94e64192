import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { validDate } from './listing-filters';

/**
 * A whole number from `min` to `max`, typed as text (so a half-typed value can be told
 * apart from an empty one). `key` names the message, which states the range.
 */
export function wholeNumber(min: number, max: number, key: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (!text) return null;
    const value = Number(text);
    return /^\d+$/.test(text) && value >= min && value <= max ? null : { range: { key } };
  };
}

/** An amount in euros, at most two decimals, comma or point: 450, 450,50. */
export function euros(max: number, key: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (!text) return null;
    const amount = parseEuros(text);
    return amount !== null && amount <= max ? null : { euros: { key } };
  };
}

export function parseEuros(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normalised) ? Number(normalised) : null;
}

/** A real day (the date input gives yyyy-mm-dd, or '' while incomplete). */
export function calendarDate(control: AbstractControl): ValidationErrors | null {
  const text = String(control.value ?? '').trim();
  return text && !validDate(text) ? { date: { key: 'validation.isDate' } } : null;
}

/** At least one checkbox of a group is ticked (shown as "… is required"). */
export function atLeastOne(group: AbstractControl): ValidationErrors | null {
  const values = Object.values((group.value ?? {}) as Record<string, boolean>);
  return values.some(Boolean) ? null : { required: true };
}

/**
 * The end date must come after the start date (as the API checks): the message sits on the
 * end date, with the API's own key.
 */
export function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startDate')?.value;
  const end = group.get('endDate');
  if (!end) return null;
  if (start && end.value && end.value <= start) {
    if (!end.hasError('period')) {
      end.setErrors({ ...end.errors, period: { key: 'validation.period.endBeforeStart' } });
    }
  } else if (end.hasError('period')) {
    const rest = Object.entries(end.errors ?? {}).filter(([name]) => name !== 'period');
    end.setErrors(rest.length > 0 ? Object.fromEntries(rest) : null);
  }
  return null;
}
