import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../public/i18n/en.json';
import nl from '../../../public/i18n/nl.json';
import { appPaths } from '../app.paths';
import { skillCategoryLabelKeys, transitModeLabelKeys } from '../home/reference-labels';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const dutch = flatten(nl);
const english = flatten(en);
const params = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('should have exactly the same keys in nl.json and en.json', () => {
    const onlyDutch = [...dutch.keys()].filter((key) => !english.has(key));
    const onlyEnglish = [...english.keys()].filter((key) => !dutch.has(key));

    expect({ onlyDutch, onlyEnglish }).toEqual({
      onlyDutch: [],
      onlyEnglish: [],
    });
  });

  it('should have no empty texts', () => {
    const empty = [...dutch, ...english].filter(([, text]) => text.trim() === '');

    expect(empty).toEqual([]);
  });

  it('should use the same interpolation parameters in both languages', () => {
    const mismatched = [...dutch].filter(([key, text]) => {
      const other = english.get(key) ?? '';
      return params(text).join() !== params(other).join();
    });

    expect(mismatched).toEqual([]);
  });

  it('should define every key used in templates, route titles and reference labels', () => {
    const templateKeys = sourceFiles(join(__dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([\w.]+)'\s*\|\s*transloco/g)].map((m) => m[1]),
    );
    const used = [
      ...templateKeys,
      ...Object.values(appPaths).map((route) => route.title),
      ...Object.values(transitModeLabelKeys),
      ...Object.values(skillCategoryLabelKeys),
      'app.documentTitle',
      'language.nl',
      'language.en',
    ];

    expect(templateKeys.length).toBeGreaterThan(20);
    expect(used.filter((key) => !dutch.has(key))).toEqual([]);
  });
});
