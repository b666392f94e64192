import { SlotView, selectAttendees } from './model';
import { SeededRandom } from './random';

/** Best score of any subset by brute force: quorum per helix, at most the capacity. */
function bruteForce(weights: number[], helix: number[], quorum: number[], capacity: number) {
  let best = -1;
  for (let mask = 0; mask < 1 << weights.length; mask++) {
    const count = [0, 0, 0];
    let size = 0;
    let half = 0;
    for (let i = 0; i < weights.length; i++) {
      if ((mask >> i) & 1) {
        count[helix[i]]++;
        size++;
        half += weights[i];
      }
    }
    if (size <= capacity && count.every((n, h) => n >= quorum[h])) best = Math.max(best, half);
  }
  return best < 0 ? null : best;
}

describe(selectAttendees.name, () => {
  it('should equal brute force on 2,000 random single conversations (quorum reservation is exact)', () => {
    const rng = new SeededRandom(42);
    let feasible = 0;
    for (let k = 0; k < 2000; k++) {
      const n = rng.int(0, 10);
      const helix = Array.from({ length: n }, () => rng.int(0, 2));
      const weights = Array.from({ length: n }, () => rng.int(1, 2));
      const quorum = [rng.int(0, 3), rng.int(0, 2), rng.int(0, 2)];
      const capacity = rng.int(0, 8);
      const blocked = new Set(
        Array.from({ length: n }, (_, i) => i).filter(() => rng.next() < 0.2),
      );
      // The solver's view: eligible persons best score first, then index.
      const eligible = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => weights[b] - weights[a] || a - b,
      );
      const view: SlotView = {
        slot: 0,
        start: 0,
        end: 1,
        eligible,
        weight: eligible.map((i) => weights[i]),
        helixCount: [0, 1, 2].map((h) => helix.filter((x) => x === h).length),
      };
      const got = selectAttendees(view, helix, quorum, capacity, (p) => !blocked.has(p));
      const free = Array.from({ length: n }, (_, i) => i).filter((i) => !blocked.has(i));
      const want = bruteForce(
        free.map((i) => weights[i]),
        free.map((i) => helix[i]),
        quorum,
        capacity,
      );
      expect(got?.half ?? null).toBe(want);
      if (got) {
        feasible++;
        expect(got.attendees.length).toBeLessThanOrEqual(capacity);
        expect(got.attendees.every((p) => !blocked.has(p))).toBe(true);
        const count = [0, 1, 2].map((h) => got.attendees.filter((p) => helix[p] === h).length);
        expect(count.every((c, h) => c >= quorum[h])).toBe(true);
        expect(got.half).toBe(got.attendees.reduce((s, p) => s + weights[p], 0));
      }
    }
    expect(feasible).toBeGreaterThan(400);
  });
});
