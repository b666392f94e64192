import { CombinedGraphQLErrors } from '@apollo/client';

/** One offending input field of a BAD_USER_INPUT error (extensions.fields[]). */
export interface ApiFieldError {
  /** The input field, without a leading `input.`: e.g. `password`, `kvkNumber`. */
  readonly field: string;
  readonly messageKey: string | null;
  readonly message: string | null;
}

/** What the web needs of a failed GraphQL operation. */
export interface ApiError {
  /** extensions.code of the first error, or NETWORK when the API was not reached. */
  readonly code: string;
  /** extensions.messageKey: the translation key the API suggests. */
  readonly messageKey: string | null;
  readonly fields: readonly ApiFieldError[];
}

export const networkErrorCode = 'NETWORK';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// `input.password` and `password` both name the password control; `themes.2` names themes.
function normaliseField(field: string): string {
  return field.replace(/^input\./, '').split('.')[0];
}

function fieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((entry) => {
    const field = text(entry['field']);
    return field
      ? [
          {
            field: normaliseField(field),
            messageKey: text(entry['messageKey']),
            message: text(entry['message']),
          },
        ]
      : [];
  });
}

/** Reads code, message key and field errors from whatever Apollo threw. */
export function toApiError(error: unknown): ApiError {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) {
    return { code: networkErrorCode, messageKey: null, fields: [] };
  }
  const extensions = error.errors.map((e) => e.extensions ?? {});
  const first = extensions[0];
  return {
    code: text(first['code']) ?? 'INTERNAL_SERVER_ERROR',
    messageKey: text(first['messageKey']),
    fields: extensions.flatMap((e) => fieldErrors(e['fields'])),
  };
}

/** True when the error is the API's answer `messageKey` (e.g. errors.auth.emailNotVerified). */
export function hasMessageKey(error: ApiError | null, messageKey: string): boolean {
  return error?.messageKey === messageKey;
}
