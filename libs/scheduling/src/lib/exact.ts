/**
 * Exact branch and bound over one component of interacting conversations.
 *
 * Conversations are decided one at a time, fewest options first: each of its feasible options
 * (best score first), then "not scheduled". Attendees interact across conversations only
 * through persons eligible for a later conversation at an overlapping time ("contested"); for
 * each subset T of the free contested persons the branch takes the best attendee set that uses
 * no contested person outside T, and skips it unless it uses exactly T (a smaller T gives the same
 * set). Every other eligible person is needed by no later decision, so taking the best set for
 * them is safe: every optimal schedule is matched by a branch, which makes the search exact.
 *
 * Bound: the value so far plus, for each undecided conversation, its best option given who and
 * what is still free (a relaxation: the undecided ones are not checked against each other).
 * Values are count × M + half points, with M larger than any total score: lexicographic.
 */
import { Bookings, Placement } from './bookings';
import { Model, Option, SlotView } from './model';
import { overlaps } from './time';

/** Above this many free contested persons an option is tried with all of them only (inexact). */
const MAX_CONTESTED = 12;

export interface ExactResult {
  /** Placements of the component's conversations (by conversation index), or null if unchanged. */
  placements: Map<number, Placement | null> | null;
  /** The search finished: the component's result is optimal. */
  complete: boolean;
  /** Work spent (attendee candidates examined). */
  work: number;
}

export function lexicographicBase(model: Model): number {
  return model.conversations.reduce((sum, c) => sum + c.bestHalf, 0) + 1;
}

export function branchAndBound(
  model: Model,
  component: readonly number[],
  incumbent: ReadonlyMap<number, Placement | null>,
  budget: number,
  /** Placements of conversations outside the component that stay as they are. */
  fixed: readonly Placement[] = [],
): ExactResult {
  const M = lexicographicBase(model);
  const conversations = model.conversations;
  const order = component
    .filter((c) => conversations[c].options.length > 0)
    .sort((a, b) => conversations[a].options.length - conversations[b].options.length || a - b);

  // Contested persons per slot view: eligible here and in a later conversation at an overlapping time.
  const appearances = new Map<number, { position: number; view: SlotView }[]>();
  order.forEach((c, here) => {
    for (const view of conversations[c].views) {
      for (const p of view.eligible) {
        let list = appearances.get(p);
        if (!list) appearances.set(p, (list = []));
        list.push({ position: here, view });
      }
    }
  });
  const contested = new Map<SlotView, number[]>();
  order.forEach((c, here) => {
    for (const view of conversations[c].views) {
      contested.set(
        view,
        view.eligible.filter((p) =>
          (appearances.get(p) ?? []).some(
            (a) => a.position > here && overlaps(a.view.start, a.view.end, view.start, view.end),
          ),
        ),
      );
    }
  });

  let bestValue = 0;
  for (const c of component) {
    const placement = incumbent.get(c);
    if (placement) bestValue += M + placement.half;
  }
  let best: Map<number, Placement | null> | null = null;
  const b = new Bookings(model);
  for (const p of fixed) b.place(p.option, p.attendees, p.half);
  let work = 0;
  let complete = true;
  let aborted = false;

  const potential = (c: number): number => {
    let top = -1;
    for (const option of conversations[c].options) {
      if (option.bestHalf <= top) break;
      if (!b.venueFree(option.venue, option.start, option.end)) continue;
      work += option.view.eligible.length;
      const selection = b.select(option);
      if (selection && selection.half > top) top = selection.half;
    }
    return top < 0 ? 0 : M + top;
  };

  const branchOption = (option: Option, i: number, value: number) => {
    const free = (contested.get(option.view) ?? []).filter((p) =>
      b.personFree(p, option.start, option.end),
    );
    const bit = new Map(free.map((p, k) => [p, k]));
    let top: number;
    if (free.length > MAX_CONTESTED) {
      complete = false;
      top = 0;
    } else top = (1 << free.length) - 1;
    const firstMask = free.length > MAX_CONTESTED ? -1 : top;
    for (let mask = firstMask; mask >= 0 || mask === -1; mask--) {
      if (aborted) return;
      const all = mask === -1;
      const allowed = (p: number) => {
        const k = bit.get(p);
        return k === undefined || all || ((mask >> k) & 1) === 1;
      };
      work += option.view.eligible.length;
      const selection = b.select(option, allowed);
      if (selection) {
        let used = 0;
        for (const p of selection.attendees) if (bit.has(p)) used++;
        let wanted = 0;
        if (!all) for (let m = mask; m; m &= m - 1) wanted++;
        if (all || used === wanted) {
          b.place(option, selection.attendees, selection.half);
          search(i + 1, value + M + selection.half);
          b.remove(option.conversation);
        }
      }
      if (all) return;
    }
  };

  const search = (i: number, value: number): void => {
    if (aborted) return;
    if (work > budget) {
      aborted = true;
      complete = false;
      return;
    }
    if (i === order.length) {
      if (value > bestValue) {
        bestValue = value;
        best = new Map(component.map((c) => [c, b.placed[c]]));
      }
      return;
    }
    let bound = value;
    for (let j = i; j < order.length; j++) bound += potential(order[j]);
    if (bound <= bestValue) return;
    const c = order[i];
    for (const option of conversations[c].options) {
      if (aborted) return;
      if (!b.venueFree(option.venue, option.start, option.end)) continue;
      branchOption(option, i, value);
    }
    search(i + 1, value);
  };

  search(0, 0);
  return { placements: best, complete: complete && !aborted, work };
}
