import type { ComponentFixture } from '@angular/core/testing';
import type { GraphQLFormattedError } from 'graphql';
import type { CurrentUserFragment } from '../app/generated/graphql';

/** Apollo delivers results asynchronously; let them arrive and the view update. */
export async function settle(fixture?: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture?.whenStable();
  }
}

/** A GraphQL error as the API sends it (see docs/contracts/accounts.draft.graphql). */
export function apiError(
  code: string,
  messageKey: string | null = null,
  fields: { field: string; messageKey: string | null; message?: string }[] = [],
): GraphQLFormattedError {
  return {
    message: messageKey ?? code,
    extensions: {
      code,
      ...(messageKey ? { messageKey } : {}),
      ...(fields.length > 0
        ? { fields: fields.map((f) => ({ message: f.messageKey ?? 'invalid', ...f })) }
        : {}),
    },
  };
}

/** A signed-in user as the Me query returns them. */
export function userFactory(overrides: Partial<CurrentUserFragment> = {}): CurrentUserFragment {
  return {
    __typename: 'User',
    id: 'user-1',
    displayName: 'Anna de Vries',
    email: 'anna@voorbeeld.nl',
    emailVerified: true,
    platformRole: null,
    roles: ['COMPANY_MEMBER'],
    createdAt: '2026-01-15T09:00:00.000Z',
    memberships: [],
    ...overrides,
  };
}

export const text = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim().replace(/\s+/g, ' '));

/** Types into an input or textarea the way a user does: value, then input and blur events. */
export function typeInto(element: Element | null, value: string, blur = false): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error('not a text field');
  }
  element.value = value;
  element.dispatchEvent(new Event('input'));
  if (blur) element.dispatchEvent(new Event('blur'));
}

export function select(element: Element | null, value: string): void {
  if (!(element instanceof HTMLSelectElement)) throw new Error('not a select');
  element.value = value;
  element.dispatchEvent(new Event('change'));
}
