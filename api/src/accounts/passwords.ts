import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@knooppunt/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { AppError } from '../core/errors';

/** argon2id at OWASP's first recommended setting: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
// A few Dutch ones the English-language list may miss.
for (const extra of [
  'wachtwoord',
  'welkom',
  'geheim',
  'voetbal',
  'knooppunt',
  'amstelveen',
  'aalsmeer',
]) {
  COMMON.add(extra);
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the account does not exist (same timing). */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash;
}

/**
 * Refuses passwords that are short, too long, common (also with digits or
 * symbols around a common word), or built on the user's own email address.
 */
export function checkPasswordPolicy(password: string, email: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw AppError.badInput(
      field,
      'validation.password.tooShort',
      `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw AppError.badInput(
      field,
      'validation.password.tooLong',
      `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
    );
  }
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const repeated = /^(.{1,4})\1+$/.test(lower);
  if (COMMON.has(lower) || (core.length >= 4 && COMMON.has(core)) || repeated) {
    throw AppError.badInput(
      field,
      'validation.password.tooCommon',
      'This password is too common; choose another.',
    );
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) {
    throw AppError.badInput(
      field,
      'validation.password.containsEmail',
      'The password must not contain your email address.',
    );
  }
}
