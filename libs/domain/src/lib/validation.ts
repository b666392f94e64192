/** Pure validators shared by the API and the web. */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** KvK (Dutch Chamber of Commerce) numbers have exactly 8 digits. */
export function isKvkNumber(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/** BRIN codes of Dutch schools: two digits and two letters or digits, e.g. 25LX. */
export function isBrinCode(value: string): boolean {
  return /^[0-9]{2}[A-Z0-9]{2}$/.test(value);
}

/** Trims and lower-cases an email address, as it is stored. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
