/**
 * The heuristic for seasons too large to search exhaustively, in three phases:
 *
 * A. Count. Conversations are placed scarcest first (fewest feasible options) holding only their
 *    quorum ("core": per helix the best-scoring free persons, preferring those invited to fewer
 *    conversations). An unplaced conversation may eject up to two placed ones, which must all be
 *    placed again elsewhere (recursively, depth 2): the count only ever rises.
 * B. Score. Free eligible persons join the placed conversations (globally by score) up to the
 *    capacity; then each conversation in turn re-selects its best attendee set given the others.
 * C. Moves. Each conversation tries every option given the others and moves when its score rises;
 *    the others then re-select. Repeated until nothing improves (bounded number of passes).
 *
 * No randomness and no clock: the same model always gives the same placements.
 */
import { Bookings } from './bookings';
import { Model, Option } from './model';

const MAX_EJECT = 2;
const EJECT_DEPTH = 2;
const MAX_PASSES = 8;

export class Heuristic {
  private readonly load: number[];
  private readonly order: number[];

  constructor(
    private readonly model: Model,
    readonly bookings: Bookings = new Bookings(model),
    conversations: readonly number[] = model.conversations.map((c) => c.index),
  ) {
    const season = model.season;
    this.load = season.personIds.map(() => 0);
    for (const c of model.conversations) {
      const seen = new Set<number>();
      for (const view of c.views) for (const p of view.eligible) seen.add(p);
      for (const p of seen) this.load[p]++;
    }
    this.order = conversations
      .filter((c) => model.conversations[c].options.length > 0)
      .sort(
        (a, b) =>
          model.conversations[a].options.length - model.conversations[b].options.length || a - b,
      );
  }

  run(): Bookings {
    this.placeCounts();
    this.fill();
    this.polish();
    this.moves();
    this.insertLeftovers();
    return this.bookings;
  }

  /** Quorum-only attendees for an option among free persons, or null. */
  private core(option: Option): { attendees: number[]; half: number } | null {
    const { season } = this.model;
    const quorum = this.model.conversations[option.conversation].quorum;
    const { eligible, weight } = option.view;
    const attendees: number[] = [];
    let half = 0;
    for (let h = 0; h < quorum.length; h++) {
      if (quorum[h] === 0) continue;
      const pool: number[] = [];
      for (let i = 0; i < eligible.length; i++) {
        const p = eligible[i];
        if (season.personHelix[p] === h && this.bookings.personFree(p, option.start, option.end))
          pool.push(i);
      }
      if (pool.length < quorum[h]) return null;
      pool.sort(
        (i, j) => weight[j] - weight[i] || this.load[eligible[i]] - this.load[eligible[j]] || i - j,
      );
      for (const i of pool.slice(0, quorum[h])) {
        attendees.push(eligible[i]);
        half += weight[i];
      }
    }
    attendees.sort((a, b) => a - b);
    return { attendees, half };
  }

  private tryPlace(c: number): boolean {
    for (const option of this.model.conversations[c].options) {
      if (!this.bookings.venueFree(option.venue, option.start, option.end)) continue;
      const core = this.core(option);
      if (core) {
        this.bookings.place(option, core.attendees, core.half);
        return true;
      }
    }
    return false;
  }

  /** The placed conversations to remove so that this option could hold its quorum, or null. */
  private blockers(option: Option, tabu: ReadonlySet<number>): number[] | null {
    const { season } = this.model;
    const b = this.bookings;
    const blockers = new Set(b.venueHolders(option.venue, option.start, option.end));
    const quorum = this.model.conversations[option.conversation].quorum;
    const { eligible, weight } = option.view;
    for (let h = 0; h < quorum.length; h++) {
      let free = 0;
      const held: { holders: number[]; i: number }[] = [];
      for (let i = 0; i < eligible.length; i++) {
        const p = eligible[i];
        if (season.personHelix[p] !== h) continue;
        const holders = b.personHolders(p, option.start, option.end);
        if (holders.length === 0) free++;
        else held.push({ holders, i });
      }
      let deficit = quorum[h] - free;
      if (deficit <= 0) continue;
      if (held.length < deficit) return null;
      // Persons whose holders are already being removed cost nothing extra.
      held.sort(
        (x, y) =>
          x.holders.filter((d) => !blockers.has(d)).length -
            y.holders.filter((d) => !blockers.has(d)).length ||
          weight[y.i] - weight[x.i] ||
          x.i - y.i,
      );
      for (const { holders } of held) {
        if (deficit-- <= 0) break;
        for (const d of holders) blockers.add(d);
      }
    }
    if (blockers.size > MAX_EJECT) return null;
    for (const d of blockers) if (tabu.has(d)) return null;
    return [...blockers].sort((x, y) => x - y);
  }

  /** Places c, possibly moving placed conversations elsewhere; never lowers the count. */
  private tryEject(c: number, depth: number, tabu: ReadonlySet<number>): boolean {
    if (this.tryPlace(c)) return true;
    const conversations = this.model.conversations;
    for (const option of conversations[c].options) {
      const blockers = this.blockers(option, tabu);
      if (!blockers || blockers.length === 0) continue;
      const snapshot = this.bookings.snapshot();
      for (const d of blockers) this.bookings.remove(d);
      const core = this.core(option);
      if (!core || !this.bookings.venueFree(option.venue, option.start, option.end)) {
        this.bookings.restore(snapshot);
        continue;
      }
      this.bookings.place(option, core.attendees, core.half);
      const inner = new Set([...tabu, c, ...blockers]);
      const ok = blockers
        .slice()
        .sort((x, y) => conversations[x].options.length - conversations[y].options.length || x - y)
        .every((d) => this.tryPlace(d) || (depth > 1 && this.tryEject(d, depth - 1, inner)));
      if (ok) return true;
      this.bookings.restore(snapshot);
    }
    return false;
  }

  private placeCounts(): void {
    for (const c of this.order) this.tryPlace(c);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let improved = false;
      for (const c of this.order) {
        if (this.bookings.placed[c]) continue;
        if (this.tryEject(c, EJECT_DEPTH, new Set())) improved = true;
      }
      if (!improved) break;
    }
  }

  /** Free eligible persons join placed conversations, best scores first, up to the capacity. */
  private fill(): void {
    const b = this.bookings;
    const candidates: { c: number; p: number; w: number }[] = [];
    for (const c of this.order) {
      const placement = b.placed[c];
      if (!placement) continue;
      const attending = new Set(placement.attendees);
      const { eligible, weight } = placement.option.view;
      eligible.forEach((p, i) => {
        if (!attending.has(p)) candidates.push({ c, p, w: weight[i] });
      });
    }
    candidates.sort((x, y) => y.w - x.w || x.c - y.c || x.p - y.p);
    for (const { c, p, w } of candidates) {
      const placement = b.placed[c];
      if (!placement || placement.attendees.length >= placement.option.capacity) continue;
      const { option } = placement;
      if (!b.personFree(p, option.start, option.end)) continue;
      b.remove(c);
      const attendees = [...placement.attendees, p].sort((x, y) => x - y);
      b.place(option, attendees, placement.half + w);
    }
  }

  /** Each placed conversation re-selects its best attendees given the others, until stable. */
  private polish(): boolean {
    const b = this.bookings;
    let any = false;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let improved = false;
      for (const c of this.order) {
        const placement = b.placed[c];
        if (!placement) continue;
        b.remove(c);
        const best = b.select(placement.option);
        if (best && best.half > placement.half) {
          b.place(placement.option, best.attendees, best.half);
          improved = true;
        } else b.place(placement.option, placement.attendees, placement.half);
      }
      if (!improved) break;
      any = true;
    }
    return any;
  }

  private moves(): void {
    const b = this.bookings;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let improved = false;
      for (const c of this.order) {
        const placement = b.placed[c];
        if (!placement) continue;
        b.remove(c);
        let best = placement;
        for (const option of this.model.conversations[c].options) {
          if (option.bestHalf <= best.half) break; // options are sorted by their best score
          if (!b.venueFree(option.venue, option.start, option.end)) continue;
          const selection = b.select(option);
          if (selection && selection.half > best.half) best = { option, ...selection };
        }
        b.place(best.option, best.attendees, best.half);
        if (best !== placement) improved = true;
      }
      if (improved) this.polish();
      else break;
    }
  }

  /** A last chance for unplaced conversations with whatever is still free. */
  private insertLeftovers(): void {
    const b = this.bookings;
    let placed = false;
    for (const c of this.order) {
      if (b.placed[c]) continue;
      for (const option of this.model.conversations[c].options) {
        if (!b.venueFree(option.venue, option.start, option.end)) continue;
        const selection = b.select(option);
        if (selection) {
          b.place(option, selection.attendees, selection.half);
          placed = true;
          break;
        }
      }
    }
    if (placed) this.polish();
  }
}

/** Runs the heuristic on the given conversations (default: all) and returns its bookings. */
export function solveHeuristic(model: Model, conversations?: readonly number[]): Bookings {
  return new Heuristic(model, new Bookings(model), conversations).run();
}
