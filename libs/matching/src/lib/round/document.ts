/**
 * The round document: a matching round's input and (optionally) its result, as one JSON
 * document that anyone can re-solve and verify (issue 5, "The round document").
 */

export type RoundPolicy = 'optimal' | 'stable';

export const ROUND_POLICIES: readonly RoundPolicy[] = ['optimal', 'stable'];

/** One side's participant: an internship need (demand) or a cohort (supply). */
export interface RoundParty {
  id: string;
  /** Places of a need, or students seeking of a cohort: a non-negative integer. */
  capacity: number;
}

/** An admissible pair with its score in [0, 1]; preferences default to the score. */
export interface RoundPair {
  demand: string;
  supply: string;
  score: number;
  /** How much the need (demand) likes this cohort; higher first. */
  demandPref?: number;
  /** How much the cohort (supply) likes this need; higher first. */
  supplyPref?: number;
}

export interface RoundAssignment {
  demand: string;
  supply: string;
  count: number;
}

export interface RoundResult {
  assignments: RoundAssignment[];
  totalScore: number;
}

export interface RoundDocument {
  policy: RoundPolicy;
  demands: RoundParty[];
  supplies: RoundParty[];
  pairs: RoundPair[];
  result?: RoundResult;
}

/** A document that does not follow the contract; `problems` name each offending field. */
export class RoundDocumentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid round document: ${problems.join('; ')}`);
    this.name = 'RoundDocumentError';
  }
}

/**
 * The document in index form, the way the solvers read it: demands and supplies keep the
 * document's order; pairs are grouped per demand (CSR) in the document's order.
 */
export interface IndexedRound {
  policy: RoundPolicy;
  demandIds: string[];
  supplyIds: string[];
  demandCap: Int32Array;
  supplyCap: Int32Array;
  /** Pair k of the document is pairDemand[k] × pairSupply[k]. */
  pairDemand: Int32Array;
  pairSupply: Int32Array;
  score: Float64Array;
  demandPref: Float64Array;
  supplyPref: Float64Array;
  /** Index of a pair by `${demandIndex}:${supplyIndex}`; built lazily. */
  pairKey: (demand: number, supply: number) => number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkParties(value: unknown, field: string, problems: string[]): RoundParty[] {
  if (!Array.isArray(value)) {
    problems.push(`${field} must be an array`);
    return [];
  }
  const seen = new Set<string>();
  const parties: RoundParty[] = [];
  value.forEach((item: unknown, i) => {
    if (!isRecord(item) || typeof item['id'] !== 'string' || item['id'] === '') {
      problems.push(`${field}[${i}].id must be a non-empty string`);
      return;
    }
    const id = item['id'];
    const capacity = item['capacity'];
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
      problems.push(`${field}[${i}].capacity must be a non-negative integer`);
      return;
    }
    if (seen.has(id)) {
      problems.push(`${field}[${i}].id "${id}" appears twice`);
      return;
    }
    seen.add(id);
    parties.push({ id, capacity });
  });
  return parties;
}

function optionalNumber(item: Record<string, unknown>, key: string): number | undefined | null {
  const value = item[key];
  if (value === undefined) return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Checks a parsed JSON value against the contract and returns it typed. Throws a
 * {@link RoundDocumentError} listing every problem. Extra fields are allowed and dropped.
 */
export function parseRoundDocument(value: unknown): RoundDocument {
  const problems: string[] = [];
  if (!isRecord(value)) throw new RoundDocumentError(['the document must be a JSON object']);
  const policy = value['policy'];
  if (policy !== 'optimal' && policy !== 'stable') {
    problems.push('policy must be "optimal" or "stable"');
  }
  const demands = checkParties(value['demands'], 'demands', problems);
  const supplies = checkParties(value['supplies'], 'supplies', problems);
  const demandIds = new Set(demands.map((d) => d.id));
  const supplyIds = new Set(supplies.map((s) => s.id));
  const pairs: RoundPair[] = [];
  const rawPairs = value['pairs'];
  if (!Array.isArray(rawPairs)) {
    problems.push('pairs must be an array');
  } else {
    const seen = new Set<string>();
    rawPairs.forEach((item: unknown, i) => {
      const at = `pairs[${i}]`;
      if (!isRecord(item)) {
        problems.push(`${at} must be an object`);
        return;
      }
      const demand = item['demand'];
      const supply = item['supply'];
      const score = item['score'];
      if (typeof demand !== 'string' || !demandIds.has(demand)) {
        problems.push(`${at}.demand must name one of the demands`);
        return;
      }
      if (typeof supply !== 'string' || !supplyIds.has(supply)) {
        problems.push(`${at}.supply must name one of the supplies`);
        return;
      }
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) {
        problems.push(`${at}.score must be a number in [0, 1]`);
        return;
      }
      const demandPref = optionalNumber(item, 'demandPref');
      const supplyPref = optionalNumber(item, 'supplyPref');
      if (demandPref === null) problems.push(`${at}.demandPref must be a finite number`);
      if (supplyPref === null) problems.push(`${at}.supplyPref must be a finite number`);
      if (demandPref === null || supplyPref === null) return;
      // JSON.stringify keeps ids apart even when they contain separators.
      const key = JSON.stringify([demand, supply]);
      if (seen.has(key)) {
        problems.push(`${at} repeats the pair ${demand} × ${supply}`);
        return;
      }
      seen.add(key);
      const pair: RoundPair = { demand, supply, score };
      if (demandPref !== undefined) pair.demandPref = demandPref;
      if (supplyPref !== undefined) pair.supplyPref = supplyPref;
      pairs.push(pair);
    });
  }
  let result: RoundResult | undefined;
  if (value['result'] !== undefined) {
    result = parseResult(value['result'], problems);
  }
  if (problems.length) throw new RoundDocumentError(problems);
  return { policy: policy as RoundPolicy, demands, supplies, pairs, ...(result ? { result } : {}) };
}

function parseResult(value: unknown, problems: string[]): RoundResult | undefined {
  if (!isRecord(value) || !Array.isArray(value['assignments'])) {
    problems.push('result.assignments must be an array');
    return undefined;
  }
  const totalScore = value['totalScore'];
  if (typeof totalScore !== 'number' || !Number.isFinite(totalScore)) {
    problems.push('result.totalScore must be a finite number');
  }
  const assignments: RoundAssignment[] = [];
  (value['assignments'] as unknown[]).forEach((item, i) => {
    const at = `result.assignments[${i}]`;
    if (
      !isRecord(item) ||
      typeof item['demand'] !== 'string' ||
      typeof item['supply'] !== 'string' ||
      typeof item['count'] !== 'number'
    ) {
      problems.push(`${at} must have a string demand, a string supply and a number count`);
      return;
    }
    // Rule checks (admissible pair, count ≥ 1, capacities) belong to verify, which names them.
    assignments.push({ demand: item['demand'], supply: item['supply'], count: item['count'] });
  });
  return { assignments, totalScore: typeof totalScore === 'number' ? totalScore : NaN };
}

/** The document in typed-array form for the solvers. */
export function indexRound(doc: RoundDocument): IndexedRound {
  const demandIndex = new Map(doc.demands.map((d, i) => [d.id, i]));
  const supplyIndex = new Map(doc.supplies.map((s, i) => [s.id, i]));
  const n = doc.pairs.length;
  const pairDemand = new Int32Array(n);
  const pairSupply = new Int32Array(n);
  const score = new Float64Array(n);
  const demandPref = new Float64Array(n);
  const supplyPref = new Float64Array(n);
  doc.pairs.forEach((p, k) => {
    pairDemand[k] = demandIndex.get(p.demand) ?? -1;
    pairSupply[k] = supplyIndex.get(p.supply) ?? -1;
    score[k] = p.score;
    demandPref[k] = p.demandPref ?? p.score;
    supplyPref[k] = p.supplyPref ?? p.score;
  });
  let keys: Map<number, number> | undefined;
  const supplies = doc.supplies.length;
  const pairKey = (demand: number, supply: number): number => {
    if (!keys) {
      keys = new Map();
      for (let k = 0; k < n; k++) keys.set(pairDemand[k] * supplies + pairSupply[k], k);
    }
    return keys.get(demand * supplies + supply) ?? -1;
  };
  return {
    policy: doc.policy,
    demandIds: doc.demands.map((d) => d.id),
    supplyIds: doc.supplies.map((s) => s.id),
    demandCap: Int32Array.from(doc.demands, (d) => d.capacity),
    supplyCap: Int32Array.from(doc.supplies, (s) => s.capacity),
    pairDemand,
    pairSupply,
    score,
    demandPref,
    supplyPref,
    pairKey,
  };
}

/** Compares ids the way the contract breaks ties: ascending string order (UTF-16 code units). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns per-pair counts into the result shape: assignments with count ≥ 1, sorted by demand
 * id then supply id, and the total score summed in that order.
 */
export function toResult(round: IndexedRound, counts: Int32Array): RoundResult {
  const assignments: RoundAssignment[] = [];
  const order: number[] = [];
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0) order.push(k);
  order.sort(
    (a, b) =>
      compareIds(round.demandIds[round.pairDemand[a]], round.demandIds[round.pairDemand[b]]) ||
      compareIds(round.supplyIds[round.pairSupply[a]], round.supplyIds[round.pairSupply[b]]),
  );
  let totalScore = 0;
  for (const k of order) {
    assignments.push({
      demand: round.demandIds[round.pairDemand[k]],
      supply: round.supplyIds[round.pairSupply[k]],
      count: counts[k],
    });
    totalScore += round.score[k] * counts[k];
  }
  return { assignments, totalScore: roundTotal(totalScore) };
}

/** Totals are printed to 12 significant decimals so float noise does not show in documents. */
export function roundTotal(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}
