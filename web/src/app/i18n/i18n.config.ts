/** Languages of the UI; Dutch is the source language and the default. */
export const appLanguages = ['nl', 'en'] as const;

export type AppLanguage = (typeof appLanguages)[number];

export const defaultLanguage: AppLanguage = 'nl';

/** localStorage key that remembers the user's language choice. */
export const languageStorageKey = 'knooppunt.lang';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (appLanguages as readonly string[]).includes(value);
}
