import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every message key the API sends (errors.…, validation.…) has a Dutch and an English text
// in the web app, so a refusal is never shown as a generic "something went wrong".
const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function text(translations: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      translations,
    );
}

describe('message keys of the API', () => {
  const files = sources(join(root, 'api/src'));
  const literal = /'((?:errors|validation)\.[A-Za-z0-9_.]+[A-Za-z0-9_])'/g;
  // Keys with one ${…} part (e.g. errors.conversations.${action}.wrongStatus) and the values
  // that fill it at the call sites: `wrongStatus(conversation.status, 'cancel')`.
  const keys = [
    ...new Set(
      files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((m) => m[1])),
    ),
  ].sort();
  const statusActions = [
    ...new Set(
      files.flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(
            /(?:wrongStatus|assertConfirmed)\([^,]+,([^)]*)\)/g,
          ),
        ]
          .flatMap((call) => [...call[1].matchAll(/'(\w+)'/g)])
          .map((m) => m[1]),
      ),
    ),
  ].sort();
  const languages = ['nl', 'en'].map((language) => ({
    language,
    translations: JSON.parse(
      readFileSync(join(root, `web/public/i18n/${language}.json`), 'utf8'),
    ) as Record<string, unknown>,
  }));

  it('should find the keys in the sources', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(statusActions).toEqual(
      expect.arrayContaining([
        'actionItem',
        'cancel',
        'confirm',
        'minutes',
        'propose',
        'reschedule',
      ]),
    );
  });

  it.each(languages)('should translate every key in $language', ({ translations }) => {
    const wanted = [
      ...keys,
      ...statusActions.map((action) => `errors.conversations.${action}.wrongStatus`),
    ];
    expect(wanted.filter((key) => typeof text(translations, key) !== 'string')).toEqual([]);
  });
});
