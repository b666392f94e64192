import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

/** The API's limits (libs/domain PASSWORD_MIN_LENGTH / PASSWORD_MAX_LENGTH). */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export const passwordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(passwordMinLength),
  Validators.maxLength(passwordMaxLength),
];

export type PasswordStrengthLevel = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough, local estimate to guide the user while typing; the API has the final word
 * (it also refuses passwords that are too common).
 */
export function passwordStrength(password: string): PasswordStrengthLevel {
  if (password.length < passwordMinLength) return 'tooShort';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((r) => r.test(password)).length;
  if (new Set(password.toLowerCase()).size < 6) return 'weak';
  const words = password.trim().split(/\s+/).length;
  if (password.length >= 20 || words >= 4 || (password.length >= 16 && classes >= 3)) {
    return 'strong';
  }
  return classes >= 3 || password.length >= 16 ? 'fair' : 'weak';
}

/** Group validator: the control `repeat` must equal the control `password`. */
export function samePassword(group: AbstractControl): ValidationErrors | null {
  const password = group.get('password');
  const repeat = group.get('repeat');
  if (!password || !repeat) return null;
  const mismatch = repeat.value !== '' && repeat.value !== password.value;
  const errors = repeat.errors ?? {};
  if (mismatch && !errors['mismatch']) {
    repeat.setErrors({ ...errors, mismatch: { key: 'validation.passwordMismatch' } });
  } else if (!mismatch && errors['mismatch']) {
    const rest = { ...errors };
    delete rest['mismatch'];
    repeat.setErrors(Object.keys(rest).length > 0 ? rest : null);
  }
  return null;
}
