import { compareIds } from '../round/document';
import { CompiledDemand, CompiledSupply, Scorer } from '../scoring/score';
import { DemandProfile, MatchExplanation, ScoringOptions, SupplyProfile } from '../scoring/types';

export interface RankedMatch {
  /** The id of the ranked item (a cohort for a need's ranking, and so on). */
  id: string;
  score: number;
  explanation: MatchExplanation;
}

/** What one query did, for benchmarks and tests. */
export interface RankingStats {
  /** Items scored. */
  evaluated: number;
  /** Items sharing a skill with the query (found through the postings). */
  candidates: number;
  /** Buckets scanned for items sharing no skill (the fallback). */
  bucketsScanned: number;
}

type Compiled = CompiledDemand | CompiledSupply;

/**
 * An inverted index over one side's items (cohorts, needs, minors, companies, challenges) for
 * top-k queries from the other side, with exactly the result of scoring every item.
 *
 * - skill → the items that list it (postings); items without skills are always candidates;
 * - buckets of items alike in everything the score reads except skills, period and themes:
 *   level(s), municipality, travel limit, ecosystem.
 *
 * A query first scores the items sharing at least one exact skill with it. An item sharing
 * none has a skills component of at most the category credit, so its score is at most the
 * bucket's bound ({@link Scorer.upperBound}: level, reach and ecosystem exact, period and
 * themes counted as perfect). Buckets are then scanned best bound first, only while the bound
 * can still reach the current k-th score; a bucket whose level family is excluded is never
 * read. Periods are checked per item (the hard constraint comes first, so it costs little).
 * Ties: higher score first, then id ascending.
 */
abstract class CandidateIndex<Item, Query, C extends Compiled, Q extends Compiled> {
  readonly scorer: Scorer;
  protected readonly items: C[];
  private readonly postings: Int32Array[] = [];
  /** Per posting: the item's weight of that skill (1 for supplies, whose skills are unweighted). */
  private readonly postingWeights: Float64Array[] = [];
  private readonly skillless: Int32Array;
  private readonly itemBucket: Int32Array;
  private readonly shared: Float64Array;
  private readonly bucketFixed: Float64Array;
  private readonly bucketWeight: Float64Array;
  private readonly buckets: Int32Array[] = [];
  private readonly representatives: C[] = [];
  private readonly marks: Int32Array;
  private readonly bounds: Float64Array;
  private stamp = 0;
  /** Stats of the last query. */
  lastStats: RankingStats = { evaluated: 0, candidates: 0, bucketsScanned: 0 };

  constructor(items: readonly Item[], options: ScoringOptions | Scorer = {}) {
    this.scorer = options instanceof Scorer ? options : new Scorer(options);
    this.items = items.map((item) => this.compileItem(item));
    this.marks = new Int32Array(this.items.length);
    const lists: number[][] = [];
    const weights: number[][] = [];
    const skillless: number[] = [];
    const buckets = new Map<string, number>();
    const members: number[][] = [];
    this.itemBucket = new Int32Array(this.items.length);
    this.items.forEach((item, x) => {
      if (item.skillIds.length === 0) skillless.push(x);
      item.skillIds.forEach((skill, y) => {
        (lists[skill] ??= []).push(x);
        (weights[skill] ??= []).push(this.itemSkillWeight(item, y));
      });
      const key = this.bucketKey(item);
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = members.length;
        buckets.set(key, bucket);
        members.push([]);
        this.representatives.push(item);
      }
      members[bucket].push(x);
      this.itemBucket[x] = bucket;
    });
    for (let s = 0; s < lists.length; s++) {
      this.postings[s] = Int32Array.from(lists[s] ?? []);
      this.postingWeights[s] = Float64Array.from(weights[s] ?? []);
    }
    for (const bucket of members) this.buckets.push(Int32Array.from(bucket));
    this.skillless = Int32Array.from(skillless);
    this.bounds = new Float64Array(this.buckets.length);
    this.bucketFixed = new Float64Array(this.buckets.length);
    this.bucketWeight = new Float64Array(this.buckets.length);
    this.shared = new Float64Array(this.items.length);
  }

  protected abstract compileItem(item: Item): C;
  protected abstract compileQuery(query: Query): Q;
  protected abstract bucketKey(item: C): string;
  protected abstract boundParts(
    query: Q,
    representative: C,
  ): { fixed: number; weightSum: number } | null;
  /** Weight of the item's y-th skill in the skills component (1 when the item is a supply). */
  protected abstract itemSkillWeight(item: C, y: number): number;
  /** Weight of the query's s-th skill (1 when the query is a supply). */
  protected abstract querySkillWeight(query: Q, s: number): number;
  /** Total required-skill weight of the pair (the demand's). */
  protected abstract totalSkillWeight(query: Q, item: C): number;
  protected abstract scoreOf(query: Q, item: C, skillsUpper: number, threshold: number): number;
  protected abstract explainOf(query: Q, item: C): MatchExplanation;

  /** Number of buckets (for benchmarks). */
  get bucketCount(): number {
    return this.buckets.length;
  }

  /** The k best items for a query, best first, each with its explanation. */
  top(query: Query, k: number): RankedMatch[] {
    if (k <= 0) return [];
    const q = this.compileQuery(query);
    const marks = this.marks;
    const stamp = ++this.stamp;
    let evaluated = 0;
    // The current top k, kept sorted best first (k is small).
    const best: { x: number; score: number }[] = [];
    const consider = (x: number, skillsUpper = -1) => {
      if (marks[x] === stamp) return;
      marks[x] = stamp;
      evaluated++;
      const score = this.scoreOf(
        q,
        this.items[x],
        skillsUpper,
        best.length < k ? -Infinity : best[k - 1].score,
      );
      if (score < 0) return;
      if (best.length === k && !this.better(score, x, best[k - 1])) return;
      if (best.length === k) best.pop();
      let at = best.length;
      while (at > 0 && this.better(score, x, best[at - 1])) at--;
      best.splice(at, 0, { x, score });
    };

    const settings = this.scorer.settings;
    const factor = settings.factor;
    const wSkills = settings.weights.skills;
    const cc = settings.categoryCredit;
    for (let b = 0; b < this.buckets.length; b++) {
      const parts = this.boundParts(q, this.representatives[b]);
      this.bucketWeight[b] = parts ? parts.weightSum : -1;
      this.bucketFixed[b] = parts ? parts.fixed : 0;
    }
    // Rounded like scores: a rounded score never exceeds its rounded bound.
    const boundOf = (b: number, skillsUpper: number): number => {
      const weight = this.bucketWeight[b];
      if (weight < 0) return -1;
      const bound = weight > 0 ? (this.bucketFixed[b] + wSkills * skillsUpper) / weight : 0;
      return Math.round(bound * factor) / factor;
    };
    const kth = () => (best.length < k ? -Infinity : best[k - 1].score);

    const hasSkills = q.skillIds.length > 0;
    let candidates = 0;
    if (hasSkills) {
      // Exact skill weight shared with each candidate, from the postings.
      const shared = this.shared;
      const found: number[] = [];
      for (let s = 0; s < q.skillIds.length; s++) {
        const list = this.postings[q.skillIds[s]];
        if (!list) continue;
        const weights = this.postingWeights[q.skillIds[s]];
        const qw = this.querySkillWeight(q, s);
        for (let y = 0; y < list.length; y++) {
          const x = list[y];
          if (marks[x] !== stamp) {
            marks[x] = stamp;
            shared[x] = 0;
            found.push(x);
          }
          shared[x] += qw * weights[y];
        }
      }
      for (let y = 0; y < this.skillless.length; y++) {
        const x = this.skillless[y];
        if (marks[x] !== stamp) {
          marks[x] = stamp;
          shared[x] = -1;
          found.push(x);
        }
      }
      // Score candidates best bound first; stop when the bound cannot reach the k-th score.
      const keys = new Float64Array(found.length);
      for (let y = 0; y < found.length; y++) {
        const x = found[y];
        const total = this.totalSkillWeight(q, this.items[x]);
        const skillsUpper =
          shared[x] < 0 || total <= 0 ? 1 : (shared[x] + cc * (total - shared[x])) / total;
        const bound = boundOf(this.itemBucket[x], skillsUpper);
        // Key: bound (4 decimals as an integer) above, item index below; exact in a double.
        keys[y] = (bound < 0 ? 0 : Math.round(bound * factor) + 1) * 16777216 + x;
      }
      keys.sort();
      candidates = found.length;
      for (let y = keys.length - 1; y >= 0; y--) {
        const level = Math.floor(keys[y] / 16777216);
        if (level === 0) break;
        if ((level - 1) / factor < kth()) break;
        const x = keys[y] - level * 16777216;
        marks[x] = 0; // let consider() score it
        const total = this.totalSkillWeight(q, this.items[x]);
        consider(
          x,
          shared[x] < 0 || total <= 0 ? 1 : (shared[x] + cc * (total - shared[x])) / total,
        );
      }
    }
    // Items not seen yet share no skill with the query (or the query has none).
    const skillsUpper = hasSkills ? cc : 1;
    const open: number[] = [];
    for (let b = 0; b < this.buckets.length; b++) {
      this.bounds[b] = boundOf(b, skillsUpper);
      if (this.bounds[b] >= 0 && this.bounds[b] >= kth()) open.push(b);
    }
    open.sort((a, b) => this.bounds[b] - this.bounds[a] || a - b);
    let scanned = 0;
    for (const b of open) {
      if (this.bounds[b] < kth()) break;
      scanned++;
      const bucket = this.buckets[b];
      for (let y = 0; y < bucket.length; y++) consider(bucket[y], skillsUpper);
    }
    this.lastStats = { evaluated, candidates, bucketsScanned: scanned };
    return best.map(({ x, score }) => ({
      id: this.items[x].profile.id,
      score,
      explanation: this.explainOf(q, this.items[x]),
    }));
  }

  private better(score: number, x: number, than: { x: number; score: number }): boolean {
    return (
      score > than.score ||
      (score === than.score &&
        compareIds(this.items[x].profile.id, this.items[than.x].profile.id) < 0)
    );
  }
}

/** An index over supplies (cohorts, minors), queried with a demand (need, challenge, company). */
export class SupplyIndex<S extends SupplyProfile = SupplyProfile> extends CandidateIndex<
  S,
  DemandProfile,
  CompiledSupply,
  CompiledDemand
> {
  protected compileItem(item: S): CompiledSupply {
    return this.scorer.compileSupply(item);
  }
  protected compileQuery(query: DemandProfile): CompiledDemand {
    return this.scorer.compileDemand(query);
  }
  protected bucketKey(item: CompiledSupply): string {
    return `${item.level}|${item.place}|${item.maxTravelMinutes}|${item.ecosystem}`;
  }
  protected boundParts(query: CompiledDemand, item: CompiledSupply) {
    return this.scorer.boundParts(query, item);
  }
  protected itemSkillWeight(): number {
    return 1;
  }
  protected querySkillWeight(query: CompiledDemand, s: number): number {
    return query.skillWeights[s];
  }
  protected totalSkillWeight(query: CompiledDemand): number {
    return query.totalSkillWeight;
  }
  protected scoreOf(
    query: CompiledDemand,
    item: CompiledSupply,
    skillsUpper: number,
    threshold: number,
  ): number {
    return this.scorer.scoreCompiled(query, item, skillsUpper, threshold);
  }
  protected explainOf(query: CompiledDemand, item: CompiledSupply): MatchExplanation {
    return explanationOf(this.scorer, query, item);
  }
}

/** An index over demands (needs, challenges, companies), queried with a supply. */
export class DemandIndex<D extends DemandProfile = DemandProfile> extends CandidateIndex<
  D,
  SupplyProfile,
  CompiledDemand,
  CompiledSupply
> {
  protected compileItem(item: D): CompiledDemand {
    return this.scorer.compileDemand(item);
  }
  protected compileQuery(query: SupplyProfile): CompiledSupply {
    return this.scorer.compileSupply(query);
  }
  protected bucketKey(item: CompiledDemand): string {
    return `${item.levelRanks.join(',')}|${item.place}|${item.ecosystem}`;
  }
  protected boundParts(query: CompiledSupply, item: CompiledDemand) {
    return this.scorer.boundParts(item, query);
  }
  protected itemSkillWeight(item: CompiledDemand, y: number): number {
    return item.skillWeights[y];
  }
  protected querySkillWeight(): number {
    return 1;
  }
  protected totalSkillWeight(_query: CompiledSupply, item: CompiledDemand): number {
    return item.totalSkillWeight;
  }
  protected scoreOf(
    query: CompiledSupply,
    item: CompiledDemand,
    skillsUpper: number,
    threshold: number,
  ): number {
    return this.scorer.scoreCompiled(item, query, skillsUpper, threshold);
  }
  protected explainOf(query: CompiledSupply, item: CompiledDemand): MatchExplanation {
    return explanationOf(this.scorer, item, query);
  }
}

function explanationOf(scorer: Scorer, d: CompiledDemand, s: CompiledSupply): MatchExplanation {
  const result = scorer.explainCompiled(d, s);
  if (!result.admissible) throw new Error('a ranked pair cannot be excluded');
  return result.explanation;
}

/**
 * Scores every item and returns the k best (the reference the index must equal; also the
 * right tool for a handful of items).
 */
export function rankAll<D extends DemandProfile, S extends SupplyProfile>(
  scorer: Scorer,
  query: { demand: D } | { supply: S },
  items: readonly (D | S)[],
  k: number,
): { id: string; score: number }[] {
  const scored: { id: string; score: number }[] = [];
  for (const item of items) {
    const result =
      'demand' in query
        ? scorer.score(query.demand, item as S)
        : scorer.score(item as D, query.supply);
    if (result.admissible)
      scored.push({
        id: 'demand' in query ? result.supplyId : result.demandId,
        score: result.score,
      });
  }
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  return scored.slice(0, k);
}

/** A need's best cohorts. */
export function topCohortsForNeed(index: SupplyIndex, need: DemandProfile, k = 10): RankedMatch[] {
  return index.top(need, k);
}

/** A cohort's best needs. */
export function topNeedsForCohort(
  index: DemandIndex,
  cohort: SupplyProfile,
  k = 10,
): RankedMatch[] {
  return index.top(cohort, k);
}

/** A minor's best company partners (index over companies). */
export function topCompaniesForMinor(
  index: DemandIndex,
  minor: SupplyProfile,
  k = 10,
): RankedMatch[] {
  return index.top(minor, k);
}

/** A minor's best challenges (index over challenges). */
export function topChallengesForMinor(
  index: DemandIndex,
  minor: SupplyProfile,
  k = 10,
): RankedMatch[] {
  return index.top(minor, k);
}

/** A challenge's best minors (index over minors). */
export function topMinorsForChallenge(
  index: SupplyIndex,
  challenge: DemandProfile,
  k = 10,
): RankedMatch[] {
  return index.top(challenge, k);
}
