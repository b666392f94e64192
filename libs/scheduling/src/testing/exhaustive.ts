/**
 * The reference optimum by brute force, written independently of the solver: read the raw
 * document, list for every conversation every (slot, venue, attendee subset) that satisfies its
 * own rules, then try every combination (or "not scheduled") that double-books nobody and no
 * venue. Only for tiny seasons.
 */
import { SeasonDocument } from '../lib/document';

interface Choice {
  start: number;
  end: number;
  venue: string;
  people: Set<string>;
  half: number;
}

export interface Optimum {
  scheduledCount: number;
  totalScore: number;
  /** Combinations examined. */
  leaves: number;
}

export function exhaustiveOptimum(doc: SeasonDocument): Optimum {
  const slots = new Map(doc.slots.map((s) => [s.id, [Date.parse(s.start), Date.parse(s.end)]]));
  const helixOf = new Map(doc.people.map((p) => [p.id, p.helix as string]));
  const capacity = new Map(doc.venues.map((v) => [v.id, v.capacity]));
  const answer = new Map<string, string>();
  for (const a of doc.availability ?? []) answer.set(`${a.person}@${a.slot}`, a.answer);
  const clash = (s1: number, e1: number, s2: number, e2: number) => s1 < e2 && s2 < e1;
  const busy = (key: 'person' | 'venue', id: string, start: number, end: number) =>
    (doc.busy ?? []).some(
      (b) => b[key] === id && clash(Date.parse(b.start), Date.parse(b.end), start, end),
    );

  const choices: Choice[][] = doc.conversations.map((c) => {
    const out: Choice[] = [];
    const quorum = c.quorum ?? { BUSINESS: 1, EDUCATION: 1, GOVERNMENT: 1 };
    for (const slotId of c.slots) {
      const [start, end] = slots.get(slotId)!;
      for (const venue of c.venues) {
        if (busy('venue', venue, start, end)) continue;
        const n = c.invitees.length;
        for (let mask = 0; mask < 1 << n; mask++) {
          const people = c.invitees.filter((_, i) => (mask >> i) & 1);
          if (people.length > capacity.get(venue)!) continue;
          let half = 0;
          let ok = true;
          const count: Record<string, number> = {};
          for (const p of people) {
            const a = answer.get(`${p}@${slotId}`);
            if ((a !== 'YES' && a !== 'IF_NEED_BE') || busy('person', p, start, end)) ok = false;
            half += a === 'YES' ? 2 : 1;
            count[helixOf.get(p)!] = (count[helixOf.get(p)!] ?? 0) + 1;
          }
          for (const [helix, need] of Object.entries(quorum) as [string, number | undefined][])
            if ((count[helix] ?? 0) < (need ?? 0)) ok = false;
          if (ok) out.push({ start, end, venue, people: new Set(people), half });
        }
      }
    }
    return out;
  });

  let bestCount = 0;
  let bestHalf = 0;
  let leaves = 0;
  const chosen: Choice[] = [];
  const walk = (i: number, count: number, half: number) => {
    if (i === choices.length) {
      leaves++;
      if (count > bestCount || (count === bestCount && half > bestHalf)) {
        bestCount = count;
        bestHalf = half;
      }
      return;
    }
    walk(i + 1, count, half);
    for (const choice of choices[i]) {
      const conflict = chosen.some(
        (other) =>
          clash(other.start, other.end, choice.start, choice.end) &&
          (other.venue === choice.venue || [...choice.people].some((p) => other.people.has(p))),
      );
      if (conflict) continue;
      chosen.push(choice);
      walk(i + 1, count + 1, half + choice.half);
      chosen.pop();
    }
  };
  walk(0, 0, 0);
  return { scheduledCount: bestCount, totalScore: bestHalf / 2, leaves };
}
