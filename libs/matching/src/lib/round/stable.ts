import { IndexedRound, compareIds } from './document';

/**
 * Ranks of ids in ascending string order, used to break preference ties by the other side's id.
 */
function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a], ids[b]));
  const rank = new Int32Array(ids.length);
  order.forEach((index, r) => (rank[index] = r));
  return rank;
}

/**
 * Preference orders of both sides, per the contract: higher preference first, ties broken by
 * the other side's id in ascending order. `supplyList` holds each cohort's pairs, best first
 * (CSR by cohort); `demandPrefers(a, b)` says whether a need strictly prefers pair a to b.
 */
export interface StablePreferences {
  supplyStart: Int32Array;
  supplyList: Int32Array;
  demandPrefers: (a: number, b: number) => boolean;
  supplyPrefers: (a: number, b: number) => boolean;
}

export function stablePreferences(round: IndexedRound): StablePreferences {
  const { pairDemand, pairSupply, demandPref, supplyPref } = round;
  const demandRank = idRanks(round.demandIds);
  const supplyRank = idRanks(round.supplyIds);
  const m = round.supplyIds.length;
  const pairs = pairDemand.length;
  const supplyPrefers = (a: number, b: number): boolean =>
    supplyPref[a] > supplyPref[b] ||
    (supplyPref[a] === supplyPref[b] && demandRank[pairDemand[a]] < demandRank[pairDemand[b]]);
  const demandPrefers = (a: number, b: number): boolean =>
    demandPref[a] > demandPref[b] ||
    (demandPref[a] === demandPref[b] && supplyRank[pairSupply[a]] < supplyRank[pairSupply[b]]);
  const supplyStart = new Int32Array(m + 1);
  for (let k = 0; k < pairs; k++) supplyStart[pairSupply[k] + 1]++;
  for (let j = 0; j < m; j++) supplyStart[j + 1] += supplyStart[j];
  const fill = supplyStart.slice(0, m);
  const supplyList = new Int32Array(pairs);
  for (let k = 0; k < pairs; k++) supplyList[fill[pairSupply[k]]++] = k;
  for (let j = 0; j < m; j++) {
    const part = supplyList.subarray(supplyStart[j], supplyStart[j + 1]);
    part.sort((a, b) => (supplyPrefers(a, b) ? -1 : supplyPrefers(b, a) ? 1 : 0));
  }
  return { supplyStart, supplyList, demandPrefers, supplyPrefers };
}

/**
 * Deferred acceptance with capacities, cohorts proposing (Gale–Shapley, many-to-many with
 * counts). Each cohort's seeking students go down the cohort's list together; a need holds
 * the best students offered so far up to its places and rejects the rest. Students of one
 * cohort are interchangeable, so a cohort moves past a need only once that need has rejected
 * one of its students (the need is then full of students it likes at least as much, and
 * only gets choosier). The result is the cohort-optimal stable allocation, which is unique:
 * the proposal order does not change it.
 *
 * Returns the count per pair, in document order.
 */
export function solveStable(round: IndexedRound): Int32Array {
  const { demandCap, supplyCap, pairDemand, pairSupply } = round;
  const n = round.demandIds.length;
  const m = round.supplyIds.length;
  const { supplyStart, supplyList, demandPrefers } = stablePreferences(round);
  const counts = new Int32Array(pairDemand.length);
  const next = supplyStart.slice(0, m);
  const seeking = Int32Array.from(supplyCap);
  const load = new Int32Array(n);
  // Pairs a need holds, best first.
  const holds: number[][] = Array.from({ length: n }, () => []);
  const queued = new Uint8Array(m);
  const queue: number[] = [];
  for (let j = 0; j < m; j++) {
    if (seeking[j] > 0) {
      queue.push(j);
      queued[j] = 1;
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const j = queue[head];
    queued[j] = 0;
    while (seeking[j] > 0 && next[j] < supplyStart[j + 1]) {
      const k = supplyList[next[j]];
      const i = pairDemand[k];
      if (demandCap[i] === 0) {
        next[j]++;
        continue;
      }
      const offered = seeking[j];
      seeking[j] = 0;
      const list = holds[i];
      if (counts[k] === 0) {
        let at = list.length;
        while (at > 0 && demandPrefers(k, list[at - 1])) at--;
        list.splice(at, 0, k);
      }
      counts[k] += offered;
      load[i] += offered;
      // Reject the least preferred students until the need fits its places.
      while (load[i] > demandCap[i]) {
        const worst = list[list.length - 1];
        const rejected = Math.min(counts[worst], load[i] - demandCap[i]);
        counts[worst] -= rejected;
        load[i] -= rejected;
        if (counts[worst] === 0) list.pop();
        const back = pairSupply[worst];
        seeking[back] += rejected;
        // A cohort moves on from the need it is currently at once that need rejects it.
        if (next[back] < supplyStart[back + 1] && supplyList[next[back]] === worst) next[back]++;
        if (back !== j && !queued[back]) {
          queued[back] = 1;
          queue.push(back);
        }
      }
    }
  }
  return counts;
}

/**
 * Blocking pairs of an allocation (counts per pair), at the level of students: a need and a
 * cohort block when the cohort has a student unplaced or placed at a need it likes less, and
 * the need has a free place or holds a student of a cohort it likes less. Returns the pair
 * indices that block (empty when the allocation is stable).
 */
export function blockingPairs(round: IndexedRound, counts: Int32Array): number[] {
  const { demandCap, supplyCap, pairDemand, pairSupply } = round;
  const n = round.demandIds.length;
  const m = round.supplyIds.length;
  const { demandPrefers, supplyPrefers } = stablePreferences(round);
  const demandLoad = new Int32Array(n);
  const supplyLoad = new Int32Array(m);
  // The least liked pair each side holds.
  const demandWorst = new Int32Array(n).fill(-1);
  const supplyWorst = new Int32Array(m).fill(-1);
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] <= 0) continue;
    const i = pairDemand[k];
    const j = pairSupply[k];
    demandLoad[i] += counts[k];
    supplyLoad[j] += counts[k];
    if (demandWorst[i] < 0 || demandPrefers(demandWorst[i], k)) demandWorst[i] = k;
    if (supplyWorst[j] < 0 || supplyPrefers(supplyWorst[j], k)) supplyWorst[j] = k;
  }
  const blocking: number[] = [];
  for (let k = 0; k < counts.length; k++) {
    const i = pairDemand[k];
    const j = pairSupply[k];
    const cohortWants =
      supplyLoad[j] < supplyCap[j] || (supplyWorst[j] >= 0 && supplyPrefers(k, supplyWorst[j]));
    const needWants =
      demandLoad[i] < demandCap[i] || (demandWorst[i] >= 0 && demandPrefers(k, demandWorst[i]));
    if (cohortWants && needWants) blocking.push(k);
  }
  return blocking;
}
