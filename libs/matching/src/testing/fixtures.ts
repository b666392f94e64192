import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RoundDocument, parseRoundDocument } from '../lib/round/document';

/** The worked examples of the contract (copied from shared/contracts). */
export function exampleRound(policy: 'optimal' | 'stable'): RoundDocument {
  const file = join(__dirname, '..', 'fixtures', `round-${policy}.example.json`);
  return parseRoundDocument(JSON.parse(readFileSync(file, 'utf8')));
}

export function examplePath(policy: 'optimal' | 'stable'): string {
  return join(__dirname, '..', 'fixtures', `round-${policy}.example.json`);
}

/** A copy of the document with its pairs in a different (reproducible) order. */
export function shufflePairs(doc: RoundDocument, seed: number): RoundDocument {
  const pairs = [...doc.pairs];
  let state = seed;
  for (let i = pairs.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return { ...doc, pairs };
}
