import { SeededRandom } from '../random';
import { RoundDocument, RoundPair, RoundPolicy } from './document';

export interface RandomRoundOptions {
  policy: RoundPolicy;
  demands: number;
  supplies: number;
  /** Probability that a pair is admissible (dense when 1). Ignored when `candidates` is set. */
  density?: number;
  /** Admissible cohorts per need, chosen at random (sparse instances). */
  candidates?: number;
  minCapacity?: number;
  maxCapacity?: number;
  /** Scores get this many decimals (ties become likely with few). Default: full floats. */
  decimals?: number;
  /** Add demandPref / supplyPref independent of the score. */
  preferences?: boolean;
}

/** A reproducible random round document (for tests and benchmarks). */
export function randomRound(seed: number, options: RandomRoundOptions): RoundDocument {
  const random = new SeededRandom(seed);
  const minCap = options.minCapacity ?? 1;
  const maxCap = options.maxCapacity ?? 10;
  const value = () => {
    const x = random.next();
    return options.decimals === undefined ? x : Number(x.toFixed(options.decimals));
  };
  const width = (count: number) => String(Math.max(1, count - 1)).length;
  const id = (prefix: string, i: number, count: number) =>
    prefix + String(i).padStart(width(count), '0');
  const demands = Array.from({ length: options.demands }, (_, i) => ({
    id: id('n', i, options.demands),
    capacity: random.int(minCap, maxCap),
  }));
  const supplies = Array.from({ length: options.supplies }, (_, j) => ({
    id: id('c', j, options.supplies),
    capacity: random.int(minCap, maxCap),
  }));
  const pairs: RoundPair[] = [];
  const add = (i: number, j: number) => {
    const pair: RoundPair = { demand: demands[i].id, supply: supplies[j].id, score: value() };
    if (options.preferences) {
      pair.demandPref = value();
      pair.supplyPref = value();
    }
    pairs.push(pair);
  };
  for (let i = 0; i < options.demands; i++) {
    if (options.candidates !== undefined) {
      const chosen = random.sample(
        options.supplies,
        Math.min(options.candidates, options.supplies),
      );
      chosen.sort((a, b) => a - b);
      for (const j of chosen) add(i, j);
    } else {
      const density = options.density ?? 1;
      for (let j = 0; j < options.supplies; j++)
        if (density >= 1 || random.next() < density) add(i, j);
    }
  }
  return { policy: options.policy, demands, supplies, pairs };
}
