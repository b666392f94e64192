import {
  CohortProfile,
  compareIds,
  DemandIndex,
  InternshipNeedProfile,
  MatchExplanation,
  RoundDocument,
  RoundPolicy,
  roundTotal,
  Scorer,
  solveRound,
  SupplyIndex,
  Weights,
} from '@knooppunt/matching';
import { MatchingSide, UnassignedReason } from './entities/matching-round.entity';

// The run of a matching round without I/O: profiles in, the round document, the draft and the
// unassigned with their reasons out. The job (matching-round.job.ts) loads and saves.

/** Candidate cohorts per need: the best this many by score (the engine's index, exact top-k). */
export const CANDIDATES_PER_NEED = 50;

export interface RoundNeed {
  profile: InternshipNeedProfile;
  name: string;
  organisationId: string;
  organisationName: string;
  /** Places not yet taken by placements. */
  remaining: number;
}

export interface RoundCohort {
  profile: CohortProfile;
  name: string;
  organisationId: string;
  organisationName: string;
  /** Students not yet placed. */
  remaining: number;
}

export interface RoundRule {
  needId: string;
  cohortId: string;
  kind: 'PIN' | 'FORBID';
  count: number | null;
}

export interface RoundInput {
  round: { id: string; name: string; needFilter: unknown; cohortFilter: unknown };
  policy: RoundPolicy;
  weights: Weights;
  needs: RoundNeed[];
  cohorts: RoundCohort[];
  rules: RoundRule[];
  candidatesPerNeed?: number;
  /** Reports progress within the scoring stage (0–1) and yields to the event loop. */
  onScoring?: (share: number) => Promise<void>;
}

export interface DraftAssignment {
  needId: string;
  cohortId: string;
  companyOrganisationId: string;
  schoolOrganisationId: string;
  count: number;
  pinnedCount: number;
  score: number;
  explanation: MatchExplanation;
}

export interface DraftUnassigned {
  side: MatchingSide;
  listingId: string;
  organisationId: string;
  count: number;
  reason: UnassignedReason;
}

export interface RoundOutcome {
  /** The round document: the contract's fields plus names, pins, forbids, explanations. */
  document: RoundDocument & Record<string, unknown>;
  assignments: DraftAssignment[];
  unassigned: DraftUnassigned[];
  totalScore: number;
  assignedCount: number;
  needCount: number;
  cohortCount: number;
  pairCount: number;
}

/** A pin that cannot be honoured; the run fails with this message and changes nothing. */
export class RoundSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoundSetupError';
  }
}

const key = (need: string, cohort: string) => `${need}\u0000${cohort}`;

function must<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown participant ${id}`);
  return value;
}

/**
 * Scores the admissible pairs (the best `candidatesPerNeed` cohorts of each need, forbidden
 * pairs left out, pinned pairs always in), takes the pins off both capacities, solves the rest
 * with the round's policy, and explains every assignment and every unassigned place.
 *
 * The document's capacities are what the solver allocates (remaining minus pinned); pinned
 * students are listed in `pinned` and added to the draft. So `solve` / `verify` of the exported
 * document reproduce exactly the solver's part of the draft.
 */
export async function buildRound(input: RoundInput): Promise<RoundOutcome> {
  const cap = input.candidatesPerNeed ?? CANDIDATES_PER_NEED;
  const needs = input.needs
    .filter((n) => n.remaining > 0)
    .sort((a, b) => compareIds(a.profile.id, b.profile.id));
  const cohorts = input.cohorts
    .filter((c) => c.remaining > 0)
    .sort((a, b) => compareIds(a.profile.id, b.profile.id));
  const needById = new Map(needs.map((n) => [n.profile.id, n]));
  const cohortById = new Map(cohorts.map((c) => [c.profile.id, c]));
  const forbidden = new Set(
    input.rules.filter((r) => r.kind === 'FORBID').map((r) => key(r.needId, r.cohortId)),
  );
  const forbiddenOfNeed = new Map<string, number>();
  for (const rule of input.rules) {
    if (rule.kind === 'FORBID')
      forbiddenOfNeed.set(rule.needId, (forbiddenOfNeed.get(rule.needId) ?? 0) + 1);
  }

  const scorer = new Scorer({ weights: input.weights });
  const index = new SupplyIndex(
    cohorts.map((c) => c.profile),
    scorer,
  );
  const pairScore = new Map<string, number>();
  const pairsOfNeed = new Map<string, string[]>();
  const pairsOfCohort = new Map<string, string[]>();
  const admissibleNeed = new Set<string>();
  const forbiddenHitCohort = new Set<string>();
  const addPair = (needId: string, cohortId: string, score: number) => {
    if (pairScore.has(key(needId, cohortId))) return;
    pairScore.set(key(needId, cohortId), score);
    pairsOfNeed.set(needId, [...(pairsOfNeed.get(needId) ?? []), cohortId]);
    pairsOfCohort.set(cohortId, [...(pairsOfCohort.get(cohortId) ?? []), needId]);
  };

  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    const id = need.profile.id;
    const ranked = cohorts.length
      ? index.top(need.profile, cap + (forbiddenOfNeed.get(id) ?? 0))
      : [];
    if (ranked.length > 0) admissibleNeed.add(id);
    let taken = 0;
    for (const match of ranked) {
      if (forbidden.has(key(id, match.id))) {
        forbiddenHitCohort.add(match.id);
        continue;
      }
      if (taken === cap) break;
      taken += 1;
      addPair(id, match.id, match.score);
    }
    if (input.onScoring && i % 200 === 199) await input.onScoring((i + 1) / needs.length);
  }

  if (input.onScoring) await input.onScoring(1);

  // Pins: in the round, admissible, and within both capacities.
  const pins = input.rules
    .filter((r) => r.kind === 'PIN')
    .sort((a, b) => compareIds(a.needId, b.needId) || compareIds(a.cohortId, b.cohortId));
  const pinnedOfNeed = new Map<string, number>();
  const pinnedOfCohort = new Map<string, number>();
  const pinned: { demand: string; supply: string; count: number; score: number }[] = [];
  for (const pin of pins) {
    const need = needById.get(pin.needId);
    const cohort = cohortById.get(pin.cohortId);
    const label = `${need?.name ?? pin.needId} × ${cohort?.name ?? pin.cohortId}`;
    if (!need || !cohort) {
      throw new RoundSetupError(
        `The pin ${label} names a need or cohort that is not open in this round or has nothing left.`,
      );
    }
    const scored = scorer.score(need.profile, cohort.profile);
    if (!scored.admissible) {
      throw new RoundSetupError(`The pin ${label} is not an admissible pair.`);
    }
    const count = pin.count ?? 1;
    pinnedOfNeed.set(need.profile.id, (pinnedOfNeed.get(need.profile.id) ?? 0) + count);
    pinnedOfCohort.set(cohort.profile.id, (pinnedOfCohort.get(cohort.profile.id) ?? 0) + count);
    if ((pinnedOfNeed.get(need.profile.id) ?? 0) > need.remaining) {
      throw new RoundSetupError(
        `The pins of ${need.name} exceed its ${need.remaining} places left.`,
      );
    }
    if ((pinnedOfCohort.get(cohort.profile.id) ?? 0) > cohort.remaining) {
      throw new RoundSetupError(
        `The pins of ${cohort.name} exceed its ${cohort.remaining} students left.`,
      );
    }
    admissibleNeed.add(need.profile.id);
    addPair(need.profile.id, cohort.profile.id, scored.score);
    pinned.push({ demand: need.profile.id, supply: cohort.profile.id, count, score: scored.score });
  }

  const pairs = [...pairScore.entries()]
    .map(([k, score]) => {
      const [demand, supply] = k.split('\u0000');
      return input.policy === 'stable'
        ? { demand, supply, score, demandPref: score, supplyPref: score }
        : { demand, supply, score };
    })
    .sort((a, b) => compareIds(a.demand, b.demand) || compareIds(a.supply, b.supply));
  const document: RoundDocument & Record<string, unknown> = {
    policy: input.policy,
    demands: needs.map((n) => ({
      id: n.profile.id,
      capacity: n.remaining - (pinnedOfNeed.get(n.profile.id) ?? 0),
      name: n.name,
      organisation: n.organisationName,
      remaining: n.remaining,
      pinned: pinnedOfNeed.get(n.profile.id) ?? 0,
    })),
    supplies: cohorts.map((c) => ({
      id: c.profile.id,
      capacity: c.remaining - (pinnedOfCohort.get(c.profile.id) ?? 0),
      name: c.name,
      organisation: c.organisationName,
      remaining: c.remaining,
      pinned: pinnedOfCohort.get(c.profile.id) ?? 0,
    })),
    pairs,
  };
  const result = solveRound(document);
  document.result = result;

  // The draft: the solver's assignments plus the pinned students.
  const counts = new Map<string, { count: number; pinned: number }>();
  for (const a of result.assignments)
    counts.set(key(a.demand, a.supply), { count: a.count, pinned: 0 });
  for (const p of pinned) {
    const entry = counts.get(key(p.demand, p.supply)) ?? { count: 0, pinned: 0 };
    counts.set(key(p.demand, p.supply), { count: entry.count + p.count, pinned: p.count });
  }
  const assignedOfNeed = new Map<string, number>();
  const assignedOfCohort = new Map<string, number>();
  const assignments: DraftAssignment[] = [];
  let total = 0;
  for (const [k, entry] of counts) {
    const [needId, cohortId] = k.split('\u0000');
    const need = must(needById, needId);
    const cohort = must(cohortById, cohortId);
    const scored = scorer.score(need.profile, cohort.profile);
    const score = pairScore.get(k) ?? 0;
    assignedOfNeed.set(needId, (assignedOfNeed.get(needId) ?? 0) + entry.count);
    assignedOfCohort.set(cohortId, (assignedOfCohort.get(cohortId) ?? 0) + entry.count);
    total += score * entry.count;
    assignments.push({
      needId,
      cohortId,
      companyOrganisationId: need.organisationId,
      schoolOrganisationId: cohort.organisationId,
      count: entry.count,
      pinnedCount: entry.pinned,
      score,
      explanation: scored.admissible ? scored.explanation : ({} as MatchExplanation),
    });
  }
  assignments.sort(
    (a, b) =>
      b.score - a.score || compareIds(a.needId, b.needId) || compareIds(a.cohortId, b.cohortId),
  );

  const unassigned = explainUnassigned({
    needs,
    cohorts,
    pairsOfNeed,
    pairsOfCohort,
    admissibleNeed,
    forbiddenOfNeed,
    forbiddenHitCohort,
    assignedOfNeed,
    assignedOfCohort,
    scorer,
  });

  document['round'] = {
    id: input.round.id,
    name: input.round.name,
    weights: input.weights,
    candidatesPerNeed: cap,
    needFilter: input.round.needFilter,
    cohortFilter: input.round.cohortFilter,
  };
  document['pinned'] = pinned;
  document['forbidden'] = input.rules
    .filter((r) => r.kind === 'FORBID')
    .map((r) => ({ demand: r.needId, supply: r.cohortId }));
  document['draft'] = {
    note: 'result + pinned: the allocation the coordinator reviews and publishes',
    assignments: [...assignments]
      .sort((a, b) => compareIds(a.needId, b.needId) || compareIds(a.cohortId, b.cohortId))
      .map((a) => ({
        demand: a.needId,
        supply: a.cohortId,
        count: a.count,
        pinned: a.pinnedCount,
      })),
    totalScore: roundTotal(total),
  };
  document['explanations'] = assignments.map((a) => ({
    demand: a.needId,
    supply: a.cohortId,
    score: a.score,
    explanation: a.explanation,
  }));
  document['unassigned'] = unassigned.map((u) => ({
    side: u.side === MatchingSide.NEED ? 'demand' : 'supply',
    id: u.listingId,
    count: u.count,
    reason: u.reason,
  }));

  return {
    document,
    assignments,
    unassigned,
    totalScore: roundTotal(total),
    assignedCount: [...assignedOfNeed.values()].reduce((s, n) => s + n, 0),
    needCount: needs.length,
    cohortCount: cohorts.length,
    pairCount: pairs.length,
  };
}

interface UnassignedFacts {
  needs: RoundNeed[];
  cohorts: RoundCohort[];
  pairsOfNeed: Map<string, string[]>;
  pairsOfCohort: Map<string, string[]>;
  admissibleNeed: Set<string>;
  forbiddenOfNeed: Map<string, number>;
  forbiddenHitCohort: Set<string>;
  assignedOfNeed: Map<string, number>;
  assignedOfCohort: Map<string, number>;
  scorer: Scorer;
}

function explainUnassigned(f: UnassignedFacts): DraftUnassigned[] {
  const roomOfNeed = (n: RoundNeed) => n.remaining - (f.assignedOfNeed.get(n.profile.id) ?? 0);
  const roomOfCohort = (c: RoundCohort) =>
    c.remaining - (f.assignedOfCohort.get(c.profile.id) ?? 0);
  const needById = new Map(f.needs.map((n) => [n.profile.id, n]));
  const cohortById = new Map(f.cohorts.map((c) => [c.profile.id, c]));
  const out: DraftUnassigned[] = [];
  for (const need of f.needs) {
    const left = roomOfNeed(need);
    if (left <= 0) continue;
    const partners = f.pairsOfNeed.get(need.profile.id) ?? [];
    let reason: UnassignedReason;
    if (partners.length === 0) {
      reason =
        f.admissibleNeed.has(need.profile.id) && (f.forbiddenOfNeed.get(need.profile.id) ?? 0) > 0
          ? UnassignedReason.FORBIDDEN
          : UnassignedReason.NO_ADMISSIBLE_PAIR;
    } else if (partners.every((c) => roomOfCohort(must(cohortById, c)) <= 0)) {
      reason = UnassignedReason.PARTNERS_FULL;
    } else {
      reason = UnassignedReason.NO_GAIN;
    }
    out.push({
      side: MatchingSide.NEED,
      listingId: need.profile.id,
      organisationId: need.organisationId,
      count: left,
      reason,
    });
  }
  let demandIndex: DemandIndex | null = null;
  for (const cohort of f.cohorts) {
    const left = roomOfCohort(cohort);
    if (left <= 0) continue;
    const partners = f.pairsOfCohort.get(cohort.profile.id) ?? [];
    let reason: UnassignedReason;
    if (partners.length === 0) {
      if (f.forbiddenHitCohort.has(cohort.profile.id)) {
        reason = UnassignedReason.FORBIDDEN;
      } else {
        demandIndex ??= new DemandIndex(
          f.needs.map((n) => n.profile),
          f.scorer,
        );
        reason =
          f.needs.length > 0 && demandIndex.top(cohort.profile, 1).length > 0
            ? UnassignedReason.OUTSIDE_CANDIDATES
            : UnassignedReason.NO_ADMISSIBLE_PAIR;
      }
    } else if (partners.every((n) => roomOfNeed(must(needById, n)) <= 0)) {
      reason = UnassignedReason.PARTNERS_FULL;
    } else {
      reason = UnassignedReason.NO_GAIN;
    }
    out.push({
      side: MatchingSide.COHORT,
      listingId: cohort.profile.id,
      organisationId: cohort.organisationId,
      count: left,
      reason,
    });
  }
  return out;
}
