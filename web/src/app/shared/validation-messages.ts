import { ValidationErrors } from '@angular/forms';

/** A translated validation message: a key plus its parameters besides {{field}}. */
export interface ValidationMessage {
  readonly key: string;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * Keys for Angular's own validators; custom validators return `{ name: { key } }`.
 * (Not validation.minLength and the like: the API uses those, without the numbers.)
 */
export const validationKeys = {
  required: 'validation.required',
  email: 'validation.email',
  minlength: 'validation.tooShort',
  maxlength: 'validation.tooLong',
  invalid: 'validation.invalid',
  server: 'validation.server',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** The message for the first error of a control. */
export function validationMessage(errors: ValidationErrors): ValidationMessage | null {
  const first = Object.entries(errors)[0];
  if (!first) return null;
  const [name, value] = first;
  if (isRecord(value) && typeof value['key'] === 'string') {
    return { key: value['key'], min: null, max: null };
  }
  switch (name) {
    case 'required':
      return { key: validationKeys.required, min: null, max: null };
    case 'email':
      return { key: validationKeys.email, min: null, max: null };
    case 'minlength':
      return {
        key: validationKeys.minlength,
        min: isRecord(value) ? numberOr(value['requiredLength']) : null,
        max: null,
      };
    case 'maxlength':
      return {
        key: validationKeys.maxlength,
        min: null,
        max: isRecord(value) ? numberOr(value['requiredLength']) : null,
      };
    default:
      return { key: validationKeys.invalid, min: null, max: null };
  }
}
