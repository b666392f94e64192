import { IndexedRound } from './document';

/**
 * The optimal allocation: maximise Σ score × count under both capacities (a transportation
 * problem), exactly.
 *
 * Method: successive shortest paths on the min-cost-flow form of the problem, one source
 * (a need with places left) at a time, Dijkstra on reduced costs with node potentials.
 *
 * - Every need may also leave a place empty through a shared "unassigned" sink U at cost 1;
 *   a real pair costs 1 − score. So every place is routed, the total cost is
 *   Σ places − Σ score × count, and minimising it maximises the score. Only pairs that raise
 *   the total are taken: a path that ends at U (cost 1) beats any pair with score ≤ 0, and a
 *   place stays empty unless filling it gains something.
 * - Free cohorts and U keep potential 0 (they never lose load, so they stay free); this makes
 *   the first free cohort or U reached the end of the shortest path, so Dijkstra stops early
 *   and only nodes closer than that end are touched.
 * - Each need's pairs are sorted by cost, so a scan stops at the first pair that cannot beat
 *   the best end found so far (full cohorts have potential ≤ 0, a lower bound).
 * - The final potentials are an LP dual solution with the same objective value: a
 *   certificate of optimality that {@link checkOptimalityCertificate} re-checks.
 * - Large instances start from each need's best pairs and price the others in against
 *   those duals (see {@link solveOptimal}).
 */
export interface OptimalSolution {
  /** Count per pair, in document order. */
  counts: Int32Array;
  /** Dual value per need (u ≥ 0) and per cohort (v ≥ 0) with u + v ≥ score on every pair. */
  demandDual: Float64Array;
  supplyDual: Float64Array;
  /** Σ score × count. */
  totalScore: number;
  /** Number of shortest-path searches (one per augmentation), over all pricing rounds. */
  augmentations: number;
  /** Solves of a candidate set: 1 when every pair was in the first one. */
  pricingRounds: number;
}

class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    const { keys, nodes } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // Ties by node index keep the search order deterministic.
      if (keys[parent] < key || (keys[parent] === key && nodes[parent] <= node)) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  topKey(): number {
    return this.keys[0];
  }

  /** Removes the minimum and returns its node. */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const lastKey = keys[--this.size];
    const lastNode = nodes[this.size];
    let i = 0;
    const size = this.size;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (
        child + 1 < size &&
        (keys[child + 1] < keys[child] ||
          (keys[child + 1] === keys[child] && nodes[child + 1] < nodes[child]))
      ) {
        child++;
      }
      if (lastKey < keys[child] || (lastKey === keys[child] && lastNode <= nodes[child])) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}

/** Instances with more pairs than this are solved by pricing (see {@link solveOptimal}). */
export const PRICING_THRESHOLD = 200_000;
/** The best pairs per need in the first candidate set when pricing. */
const FIRST_CANDIDATES = 24;
/** A reduced score above this prices a pair in (well below the certificate's 1e-9). */
const PRICING_TOLERANCE = 1e-12;

export interface OptimalOptions {
  /**
   * The best pairs per need to start from, then price the rest in. Default: every pair at
   * once up to {@link PRICING_THRESHOLD} pairs, 24 per need above it. `Infinity`: every pair.
   */
  candidatesPerNeed?: number;
}

/**
 * The optimal allocation. Small instances: one exact solve over every pair. Large ones
 * (pricing, as in column generation): solve over each need's best pairs, then price every
 * other pair against that solution's duals; pairs with a positive reduced score
 * (score − u − v) join, and the candidate set is solved again, until none is left. The last
 * duals are then feasible for every pair, so the allocation is optimal for the whole
 * instance (weak duality): the same certificate a single solve gives.
 */
export function solveOptimal(round: IndexedRound, options: OptimalOptions = {}): OptimalSolution {
  const { demandCap, supplyCap, pairDemand, pairSupply, score } = round;
  const pairCount = score.length;
  const worth = (k: number) =>
    score[k] > 0 && demandCap[pairDemand[k]] > 0 && supplyCap[pairSupply[k]] > 0;
  const K =
    options.candidatesPerNeed ?? (pairCount > PRICING_THRESHOLD ? FIRST_CANDIDATES : Infinity);
  if (!(K < Infinity)) {
    const all: number[] = [];
    for (let k = 0; k < pairCount; k++) if (worth(k)) all.push(k);
    return solveOver(round, all);
  }
  if (!Number.isInteger(K) || K < 1) throw new RangeError('candidatesPerNeed must be ≥ 1');

  // Each need's best K pairs by score (ties by cohort index), kept in a small sorted buffer
  // per need while the pairs stream by once.
  const n = round.demandIds.length;
  const best = new Int32Array(n * K);
  const filled = new Int32Array(n);
  const better = (a: number, b: number) =>
    score[a] > score[b] || (score[a] === score[b] && pairSupply[a] < pairSupply[b]);
  for (let k = 0; k < pairCount; k++) {
    if (!worth(k)) continue;
    const base = pairDemand[k] * K;
    let size = filled[pairDemand[k]];
    if (size === K) {
      if (!better(k, best[base + K - 1])) continue;
      size = K - 1;
    } else {
      filled[pairDemand[k]] = size + 1;
    }
    let x = size;
    while (x > 0 && better(k, best[base + x - 1])) {
      best[base + x] = best[base + x - 1];
      x--;
    }
    best[base + x] = k;
  }
  const candidate = new Uint8Array(pairCount);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let x = 0; x < filled[i]; x++) {
      candidate[best[i * K + x]] = 1;
      candidates.push(best[i * K + x]);
    }
  }

  let augmentations = 0;
  for (let rounds = 1; ; rounds++) {
    const solution = solveOver(round, candidates);
    augmentations += solution.augmentations;
    const { demandDual, supplyDual } = solution;
    let added = 0;
    for (let k = 0; k < pairCount; k++) {
      if (
        !candidate[k] &&
        worth(k) &&
        score[k] - demandDual[pairDemand[k]] - supplyDual[pairSupply[k]] > PRICING_TOLERANCE
      ) {
        candidate[k] = 1;
        candidates.push(k);
        added++;
      }
    }
    if (added === 0) return { ...solution, augmentations, pricingRounds: rounds };
  }
}

/** One exact solve over the given pairs (each worth taking), by successive shortest paths. */
function solveOver(round: IndexedRound, edgeList: number[]): OptimalSolution {
  const n = round.demandIds.length;
  const m = round.supplyIds.length;
  const { demandCap, supplyCap, pairDemand, pairSupply, score } = round;
  const pairCount = score.length;
  edgeList = edgeList.slice();
  edgeList.sort(
    (a, b) => pairDemand[a] - pairDemand[b] || score[b] - score[a] || pairSupply[a] - pairSupply[b],
  );
  const edges = edgeList.length;
  const start = new Int32Array(n + 1);
  const ePair = Int32Array.from(edgeList);
  const eDemand = new Int32Array(edges);
  const eSupply = new Int32Array(edges);
  const eCost = new Float64Array(edges);
  const eFlow = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    const k = ePair[e];
    eDemand[e] = pairDemand[k];
    eSupply[e] = pairSupply[k];
    eCost[e] = 1 - score[k];
    start[pairDemand[k] + 1]++;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];

  // Node v < n is need v; node n + j is cohort j. U and the super sink have potential 0.
  const nodes = n + m;
  const pot = new Float64Array(nodes);
  const dist = new Float64Array(nodes).fill(Infinity);
  const pred = new Int32Array(nodes).fill(-1);
  const settled = new Uint8Array(nodes);
  const touched = new Int32Array(nodes);
  const settledList = new Int32Array(nodes);
  const load = new Int32Array(m);
  // Edges with flow, per cohort: the reverse (residual) arcs a search can follow.
  const held: number[][] = Array.from({ length: m }, () => []);
  const heap = new MinHeap(1024);
  let augmentations = 0;

  for (let s = 0; s < n; s++) {
    let remaining = demandCap[s];
    while (remaining > 0) {
      augmentations++;
      let touchedCount = 0;
      let settledCount = 0;
      let best = Infinity;
      let sinkEdge = -1;
      let sinkDemand = -1;
      heap.clear();
      dist[s] = 0;
      touched[touchedCount++] = s;
      heap.push(0, s);
      while (heap.size > 0) {
        if (heap.topKey() >= best) break;
        const d = heap.topKey();
        const v = heap.pop();
        if (settled[v] || d > dist[v]) continue;
        settled[v] = 1;
        settledList[settledCount++] = v;
        if (v < n) {
          const pv = pot[v];
          const viaU = d + 1 + pv;
          if (viaU < best) {
            best = viaU;
            sinkEdge = -1;
            sinkDemand = v;
          }
          const end = start[v + 1];
          for (let e = start[v]; e < end; e++) {
            const lowerBound = d + eCost[e] + pv;
            if (lowerBound >= best) break;
            const j = eSupply[e];
            const w = n + j;
            if (settled[w]) continue;
            let reduced = eCost[e] + pv - pot[w];
            if (reduced < 0) reduced = 0;
            const nd = d + reduced;
            if (load[j] < supplyCap[j]) {
              if (nd < best) {
                best = nd;
                sinkEdge = e;
                sinkDemand = -1;
              }
            } else if (nd < dist[w]) {
              if (dist[w] === Infinity) touched[touchedCount++] = w;
              dist[w] = nd;
              pred[w] = e;
              heap.push(nd, w);
            }
          }
        } else {
          const pv = pot[v];
          const list = held[v - n];
          for (let x = 0; x < list.length; x++) {
            const e = list[x];
            const i = eDemand[e];
            if (settled[i]) continue;
            let reduced = pv - eCost[e] - pot[i];
            if (reduced < 0) reduced = 0;
            const nd = d + reduced;
            if (nd < dist[i]) {
              if (dist[i] === Infinity) touched[touchedCount++] = i;
              dist[i] = nd;
              pred[i] = e;
              heap.push(nd, i);
            }
          }
        }
      }

      // Bottleneck: places left at the source, room at the end cohort, flow on reverse arcs.
      let delta = remaining;
      if (sinkEdge >= 0)
        delta = Math.min(delta, supplyCap[eSupply[sinkEdge]] - load[eSupply[sinkEdge]]);
      let v = sinkEdge >= 0 ? eDemand[sinkEdge] : sinkDemand;
      while (v !== s) {
        const back = pred[v];
        delta = Math.min(delta, eFlow[back]);
        v = eDemand[pred[n + eSupply[back]]];
      }
      if (sinkEdge >= 0) {
        addFlow(sinkEdge, delta);
        load[eSupply[sinkEdge]] += delta;
      }
      v = sinkEdge >= 0 ? eDemand[sinkEdge] : sinkDemand;
      while (v !== s) {
        const back = pred[v];
        addFlow(back, -delta);
        const forward = pred[n + eSupply[back]];
        addFlow(forward, delta);
        v = eDemand[forward];
      }
      remaining -= delta;

      for (let x = 0; x < settledCount; x++) {
        const u = settledList[x];
        pot[u] += dist[u] - best;
        settled[u] = 0;
      }
      for (let x = 0; x < touchedCount; x++) {
        dist[touched[x]] = Infinity;
        pred[touched[x]] = -1;
      }
    }
  }

  function addFlow(e: number, delta: number): void {
    const before = eFlow[e];
    eFlow[e] = before + delta;
    const list = held[eSupply[e]];
    if (before === 0 && eFlow[e] > 0) list.push(e);
    else if (before > 0 && eFlow[e] === 0) list.splice(list.indexOf(e), 1);
  }

  const counts = new Int32Array(pairCount);
  let totalScore = 0;
  for (let e = 0; e < edges; e++) {
    if (eFlow[e] > 0) {
      counts[ePair[e]] = eFlow[e];
      totalScore += score[ePair[e]] * eFlow[e];
    }
  }
  // Duals from the potentials (see the class comment): u = 1 + π(need), v = −π(cohort).
  // A side without capacity adds nothing to the dual objective, so it may take 1.
  const demandDual = new Float64Array(n);
  const supplyDual = new Float64Array(m);
  for (let i = 0; i < n; i++) demandDual[i] = demandCap[i] > 0 ? Math.max(0, 1 + pot[i]) : 1;
  for (let j = 0; j < m; j++) supplyDual[j] = supplyCap[j] > 0 ? Math.max(0, -pot[n + j]) : 1;
  return { counts, demandDual, supplyDual, totalScore, augmentations, pricingRounds: 1 };
}

/**
 * Checks an LP-duality certificate: u, v ≥ 0, u_i + v_j ≥ score on every pair, and
 * Σ places·u + Σ students·v equal to the total score within `tolerance`. When it holds, no
 * allocation can score more than `totalScore` (weak duality), whoever computed it.
 * Returns the problems found (empty when the certificate holds).
 */
export function checkOptimalityCertificate(
  round: IndexedRound,
  totalScore: number,
  demandDual: Float64Array,
  supplyDual: Float64Array,
  tolerance = 1e-9,
): string[] {
  const problems: string[] = [];
  let dualObjective = 0;
  for (let i = 0; i < demandDual.length; i++) {
    if (!(demandDual[i] >= 0)) problems.push(`dual of ${round.demandIds[i]} is negative`);
    dualObjective += round.demandCap[i] * demandDual[i];
  }
  for (let j = 0; j < supplyDual.length; j++) {
    if (!(supplyDual[j] >= 0)) problems.push(`dual of ${round.supplyIds[j]} is negative`);
    dualObjective += round.supplyCap[j] * supplyDual[j];
  }
  let violations = 0;
  for (let k = 0; k < round.score.length; k++) {
    const slack =
      demandDual[round.pairDemand[k]] + supplyDual[round.pairSupply[k]] - round.score[k];
    if (slack < -tolerance && violations++ < 5) {
      problems.push(
        `dual constraint of ${round.demandIds[round.pairDemand[k]]} × ${round.supplyIds[round.pairSupply[k]]} is violated by ${-slack}`,
      );
    }
  }
  const scale = Math.max(1, Math.abs(totalScore));
  if (Math.abs(dualObjective - totalScore) > tolerance * scale) {
    problems.push(`dual objective ${dualObjective} differs from the total score ${totalScore}`);
  }
  return problems;
}
