import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { ApiError, ApiFieldError } from './api-error';

/** Error codes with a text of their own under errors.code.*. */
const knownCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;

/**
 * Turns the API's message keys into keys this app can translate: the API's own key
 * when nl.json/en.json have it, otherwise a generic text for the error code or field.
 */
@Injectable({ providedIn: 'root' })
export class MessageKeys {
  private readonly transloco = inject(TranslocoService);

  has(key: string | null): key is string {
    if (!key) return false;
    const translation = this.transloco.getTranslation(this.transloco.getActiveLang());
    return typeof translation[key] === 'string';
  }

  /** The key for the error as a whole. */
  forError(error: ApiError): string {
    if (this.has(error.messageKey)) return error.messageKey;
    return (knownCodes as readonly string[]).includes(error.code)
      ? `errors.code.${error.code}`
      : 'errors.generic';
  }

  /** The key for one field of a BAD_USER_INPUT error; it takes a {{field}} parameter. */
  forField(fieldError: ApiFieldError): string {
    return this.has(fieldError.messageKey) ? fieldError.messageKey : 'validation.server';
  }
}
