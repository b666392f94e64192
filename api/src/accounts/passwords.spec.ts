import { GraphQLError } from 'graphql';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords';

function keyOf(password: string, email = 'anna@voorbeeld.nl'): string | null {
  try {
    checkPasswordPolicy(password, email);
    return null;
  } catch (error) {
    return (error as GraphQLError).extensions['messageKey'] as string;
  }
}

describe(checkPasswordPolicy.name, () => {
  it('should accept a long, uncommon password', () => {
    expect(keyOf('paars-fietspad-Uithoorn-42')).toBeNull();
  });

  it.each([
    ['kort1234', 'validation.password.tooShort'],
    ['x'.repeat(257), 'validation.password.tooLong'],
    ['passwordpassword', 'validation.password.tooCommon'],
    ['123456789012', 'validation.password.tooCommon'],
    ['!!wachtwoord2024', 'validation.password.tooCommon'],
    ['abcabcabcabc', 'validation.password.tooCommon'],
    ['anna-is-de-beste-1', 'validation.password.containsEmail'],
  ])('should refuse %p with %p', (password, key) => {
    expect(keyOf(password)).toBe(key);
  });
});

describe('argon2id hashing', () => {
  it('should hash with argon2id at 19 MiB and 2 iterations and verify only the right password', async () => {
    const hash = await hashPassword('paars-fietspad-Uithoorn-42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(verifyPassword(hash, 'paars-fietspad-Uithoorn-42')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'paars-fietspad-Uithoorn-43')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
  });
});
