import { FormGroup } from '@angular/forms';
import { ApiError } from './api-error';
import { MessageKeys } from './message-keys';

/**
 * Puts the API's field errors on the matching controls (shown by app-field-error until
 * the value changes). Returns the fields that have no control in the form.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  keys: MessageKeys,
): readonly string[] {
  const unmatched: string[] = [];
  for (const fieldError of error.fields) {
    const control = form.get(fieldError.field);
    if (!control) {
      unmatched.push(fieldError.field);
      continue;
    }
    control.setErrors({ server: { key: keys.forField(fieldError) } });
    control.markAsTouched();
  }
  return unmatched;
}

/** Moves focus to the first invalid control of the form, in the order of its controls. */
export function focusFirstInvalid(form: FormGroup, root: HTMLElement): void {
  const name = Object.keys(form.controls).find((key) => form.controls[key].invalid);
  if (!name) return;
  root
    .querySelector<HTMLElement>(
      `[formControlName="${name}"], [data-control="${name}"], [formGroupName="${name}"] input`,
    )
    ?.focus();
}
