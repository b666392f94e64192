/**
 * Solving a season: index the document, build every conversation's options, run the heuristic
 * on the whole season, then the exact branch and bound on each component of interacting
 * conversations (within a work budget), and explain what stays unscheduled.
 */
import { Bookings, Placement } from './bookings';
import { IndexedSeason, SeasonDocument, indexSeason } from './document';
import { branchAndBound } from './exact';
import { Explanation, describeExplanation, explainUnscheduled } from './explain';
import { solveHeuristic } from './heuristic';
import { Model, buildModel } from './model';
import { rotateVenues } from './rotation';

export interface ScheduledConversation {
  conversation: string;
  slot: string;
  venue: string;
  /** Person ids in document order. */
  attendees: string[];
}

export interface UnscheduledConversation {
  conversation: string;
  /** Why, in English; `details` holds the same as data (code, slot, helix, have, need, …). */
  reason: string;
  details: Explanation;
}

export interface SolveStats {
  /** The branch and bound finished on every component: the result is optimal. */
  provenOptimal: boolean;
  /** Conversations feasible on their own and the sum of their best scores: no schedule beats these. */
  upperBound: { scheduledCount: number; totalScore: number };
  /** Groups of conversations that can affect each other (shared venue or person at overlapping times). */
  components: number;
  largestComponent: number;
  /** Work units the exact search spent (attendee candidates examined). */
  searchWork: number;
  /** Conversations moved to another venue for rotation over municipalities or shorter travel. */
  venuesRotated: number;
}

export interface SeasonSchedule {
  schedule: ScheduledConversation[];
  unscheduled: UnscheduledConversation[];
  scheduledCount: number;
  totalScore: number;
  stats: SolveStats;
}

export interface SolveOptions {
  /** Total work budget of the exact search over all components (default 20,000,000). */
  exactBudget?: number;
  /** Components with more conversations than this keep the heuristic's result (default 60). */
  exactMaxConversations?: number;
}

const DEFAULT_BUDGET = 20_000_000;
const DEFAULT_MAX_CONVERSATIONS = 60;
/** Work budget of the neighbourhood search on a component too large for the exact search. */
const LNS_BUDGET = 20_000_000;
const NEIGHBOURS = 3;
const LNS_PASSES = 3;
const NEIGHBOURHOOD_BUDGET = 200_000;

/**
 * Large components: for each conversation in turn, re-solve it together with the (up to three)
 * conversations it interacts with most in the current schedule, exactly, all others fixed; keep
 * the result when it is strictly better. Returns the work spent.
 */
function improveLocally(
  model: Model,
  bookings: Bookings,
  group: readonly number[],
  budget: number,
): number {
  let spent = 0;
  for (let pass = 0; pass < LNS_PASSES; pass++) {
    const [count, half] = [bookings.count, bookings.half];
    spent += improvePass(model, bookings, group, budget - spent);
    // The exact search only accepts strictly better neighbourhoods, so equal means no change.
    if (spent >= budget || (bookings.count === count && bookings.half === half)) break;
  }
  return spent;
}

function improvePass(
  model: Model,
  bookings: Bookings,
  group: readonly number[],
  budget: number,
): number {
  let spent = 0;
  for (const c of group) {
    if (spent >= budget) break;
    const conversation = model.conversations[c];
    if (!conversation.options.length) continue;
    const weight = new Map<number, number>();
    for (const option of conversation.options) {
      const touched = new Set(bookings.venueHolders(option.venue, option.start, option.end));
      for (const p of option.view.eligible)
        for (const d of bookings.personHolders(p, option.start, option.end)) touched.add(d);
      for (const d of touched) if (d !== c) weight.set(d, (weight.get(d) ?? 0) + 1);
    }
    const neighbours = [...weight.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, NEIGHBOURS)
      .map(([d]) => d);
    if (!neighbours.length && bookings.placed[c]?.half === conversation.bestHalf) continue;
    const part = [c, ...neighbours];
    const inPart = new Set(part);
    const fixed: Placement[] = [];
    bookings.placed.forEach((p, d) => {
      if (p && !inPart.has(d)) fixed.push(p);
    });
    const incumbent = new Map(part.map((d) => [d, bookings.placed[d]]));
    const result = branchAndBound(
      model,
      part,
      incumbent,
      Math.min(NEIGHBOURHOOD_BUDGET, budget - spent),
      fixed,
    );
    spent += result.work;
    if (result.placements) replace(bookings, part, result.placements);
  }
  return spent;
}

/** Conversations that can interact: some options overlap in time and share a venue or a person. */
export function components(model: Model): number[][] {
  const parent = model.conversations.map((c) => c.index);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const sweep = (items: { start: number; end: number; c: number }[]) => {
    items.sort((a, b) => a.start - b.start || a.c - b.c);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length && items[j].start < items[i].end; j++) {
        if (items[j].c !== items[i].c) union(items[i].c, items[j].c);
      }
    }
  };
  const byVenue = new Map<number, { start: number; end: number; c: number }[]>();
  const byPerson = new Map<number, { start: number; end: number; c: number }[]>();
  for (const conversation of model.conversations) {
    for (const option of conversation.options) {
      const list = byVenue.get(option.venue) ?? [];
      list.push({ start: option.start, end: option.end, c: conversation.index });
      byVenue.set(option.venue, list);
    }
    const feasibleViews = new Set(conversation.options.map((o) => o.view));
    for (const view of feasibleViews) {
      for (const p of view.eligible) {
        const list = byPerson.get(p) ?? [];
        list.push({ start: view.start, end: view.end, c: conversation.index });
        byPerson.set(p, list);
      }
    }
  }
  for (const items of byVenue.values()) sweep(items);
  for (const items of byPerson.values()) sweep(items);
  const groups = new Map<number, number[]>();
  for (const c of parent.keys()) {
    const root = find(c);
    const group = groups.get(root) ?? [];
    group.push(c);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** Solves an indexed season (see solveSeason). */
export function solveIndexed(season: IndexedSeason, options: SolveOptions = {}): SeasonSchedule {
  const model = buildModel(season);
  const bookings = solveHeuristic(model);
  const groups = components(model).sort((a, b) => a.length - b.length || a[0] - b[0]);
  let budget = options.exactBudget ?? DEFAULT_BUDGET;
  const maxSize = options.exactMaxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  let proven = true;
  let work = 0;
  for (const group of groups) {
    const incumbent = new Map(group.map((c) => [c, bookings.placed[c]]));
    if (componentAtBound(model, group, incumbent)) continue;
    if (group.length > maxSize || budget <= 0) {
      proven = false;
      const spent = improveLocally(model, bookings, group, Math.min(budget, LNS_BUDGET));
      budget -= spent;
      work += spent;
      continue;
    }
    const result = branchAndBound(model, group, incumbent, Math.min(budget, budget / 2 + 1e6));
    budget -= result.work;
    work += result.work;
    if (result.placements) replace(bookings, group, result.placements);
    if (!result.complete) {
      // Out of budget: keep the best found and improve it by neighbourhoods.
      proven = false;
      const spent = improveLocally(model, bookings, group, Math.min(budget, LNS_BUDGET));
      budget -= spent;
      work += spent;
    }
  }
  const venuesRotated = rotateVenues(model, bookings);
  return output(model, bookings, {
    provenOptimal: proven,
    upperBound: {
      scheduledCount: model.conversations.filter((c) => c.options.length > 0).length,
      totalScore: model.conversations.reduce((s, c) => s + c.bestHalf, 0) / 2,
    },
    components: groups.length,
    largestComponent: groups.reduce((m, g) => Math.max(m, g.length), 0),
    searchWork: work,
    venuesRotated,
  });
}

/** Every feasible conversation placed with its best score alone: nothing can beat it. */
function componentAtBound(
  model: Model,
  group: readonly number[],
  placed: ReadonlyMap<number, Placement | null>,
): boolean {
  return group.every((c) => {
    const conversation = model.conversations[c];
    const placement = placed.get(c);
    return conversation.options.length === 0 || placement?.half === conversation.bestHalf;
  });
}

function replace(
  bookings: Bookings,
  group: readonly number[],
  placements: ReadonlyMap<number, Placement | null>,
): void {
  for (const c of group) bookings.remove(c);
  for (const c of group) {
    const p = placements.get(c);
    if (p) bookings.place(p.option, p.attendees, p.half);
  }
}

function output(model: Model, bookings: Bookings, stats: SolveStats): SeasonSchedule {
  const { season } = model;
  const schedule: ScheduledConversation[] = [];
  const unscheduled: UnscheduledConversation[] = [];
  season.conversations.forEach((conversation, c) => {
    const placement = bookings.placed[c];
    if (placement) {
      schedule.push({
        conversation: conversation.id,
        slot: season.slotIds[placement.option.slot],
        venue: season.venueIds[placement.option.venue],
        attendees: placement.attendees
          .slice()
          .sort((a, b) => a - b)
          .map((p) => season.personIds[p]),
      });
    } else {
      const details = explainUnscheduled(model, bookings, c);
      unscheduled.push({
        conversation: conversation.id,
        reason: describeExplanation(model, details),
        details,
      });
    }
  });
  return {
    schedule,
    unscheduled,
    scheduledCount: bookings.count,
    totalScore: bookings.half / 2,
    stats,
  };
}

/**
 * Plans a season document (issue 6 contract): as many conversations as possible, then the
 * highest total score (YES 1, IF_NEED_BE ½ per attendee). Throws SeasonDocumentError for an
 * invalid document.
 */
export function solveSeason(
  document: SeasonDocument | unknown,
  options?: SolveOptions,
): SeasonSchedule {
  return solveIndexed(indexSeason(document), options);
}
