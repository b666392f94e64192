import { exampleRound, shufflePairs } from '../../testing/fixtures';
import { loadHighs, lpOptimum } from '../../testing/lp-reference';
import { RoundDocument, indexRound } from './document';
import { PRICING_THRESHOLD, checkOptimalityCertificate, solveOptimal } from './optimal';
import { RandomRoundOptions, randomRound } from './random';
import { solveRound } from './solve';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

/** Instance families: tiny to medium, dense to sparse, ties, zero capacities, lopsided sizes. */
function* instances(): Generator<[string, RoundDocument]> {
  const families: [number, Omit<RandomRoundOptions, 'policy'>][] = [
    [60, { demands: 4, supplies: 4, density: 0.6, maxCapacity: 3 }],
    [40, { demands: 8, supplies: 6, density: 0.5, minCapacity: 0, maxCapacity: 4, decimals: 1 }],
    [40, { demands: 15, supplies: 15, density: 0.3, decimals: 2 }],
    [30, { demands: 30, supplies: 10, candidates: 4 }],
    [20, { demands: 10, supplies: 30, density: 0.8, decimals: 3 }],
    [20, { demands: 40, supplies: 40, candidates: 6, maxCapacity: 10 }],
    [10, { demands: 60, supplies: 50, candidates: 8, decimals: 1, minCapacity: 0 }],
  ];
  let seed = 1;
  for (const [count, options] of families) {
    for (let x = 0; x < count; x++, seed++) {
      yield [`seed ${seed}`, randomRound(seed, { policy: 'optimal', ...options })];
    }
  }
}

const ALL = [...instances()];

function feasible(doc: RoundDocument, counts: Int32Array): boolean {
  const round = indexRound(doc);
  const d = new Int32Array(doc.demands.length);
  const s = new Int32Array(doc.supplies.length);
  counts.forEach((c, k) => {
    d[round.pairDemand[k]] += c;
    s[round.pairSupply[k]] += c;
  });
  return (
    counts.every((c) => c >= 0) &&
    d.every((x, i) => x <= round.demandCap[i]) &&
    s.every((x, j) => x <= round.supplyCap[j])
  );
}

describe(solveOptimal.name, () => {
  let highs: Highs;

  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('should reach the stored optimum of the contract example', () => {
    const doc = exampleRound('optimal');
    expect(solveRound(doc).totalScore).toBeCloseTo(doc.result!.totalScore, 12);
    expect(lpOptimum(highs, doc).total).toBeCloseTo(5.789, 12);
  });

  it(`should equal the HiGHS LP optimum with zero gap on ${ALL.length} random instances`, () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
    const gaps: string[] = [];
    let largest = 0;
    for (const [name, doc] of ALL) {
      const round = indexRound(doc);
      const ours = solveOptimal(round);
      const lp = lpOptimum(highs, doc);
      const gap = Math.abs(ours.totalScore - lp.total);
      largest = Math.max(largest, gap);
      if (gap > 1e-9) gaps.push(`${name}: ours ${ours.totalScore}, LP ${lp.total}`);
      expect(Math.abs(lp.objective - lp.total)).toBeLessThan(1e-6);
      expect(feasible(doc, ours.counts)).toBe(true);
      expect(
        checkOptimalityCertificate(round, ours.totalScore, ours.demandDual, ours.supplyDual),
      ).toEqual([]);
    }
    expect(gaps).toEqual([]);
    expect(largest).toBeLessThanOrEqual(1e-9);
  });

  it('should reach the same optimum by pricing from a few candidates per need', () => {
    let repriced = 0;
    for (const [name, doc] of ALL) {
      const round = indexRound(doc);
      const whole = solveOptimal(round, { candidatesPerNeed: Infinity });
      expect(whole.pricingRounds).toBe(1);
      for (const candidatesPerNeed of [1, 2]) {
        const priced = solveOptimal(round, { candidatesPerNeed });
        if (priced.pricingRounds > 1) repriced++;
        expect([name, Math.abs(priced.totalScore - whole.totalScore) <= 1e-9]).toEqual([
          name,
          true,
        ]);
        expect(feasible(doc, priced.counts)).toBe(true);
        expect(
          checkOptimalityCertificate(
            round,
            priced.totalScore,
            priced.demandDual,
            priced.supplyDual,
          ),
        ).toEqual([]);
        expect(solveOptimal(round, { candidatesPerNeed }).counts).toEqual(priced.counts);
      }
    }
    // The pricing loop itself ran: most instances need pairs beyond the first candidates.
    expect(repriced).toBeGreaterThan(ALL.length);
    expect(() => solveOptimal(indexRound(ALL[0][1]), { candidatesPerNeed: 0 })).toThrow(RangeError);
  });

  it('should price by default only above the threshold', () => {
    const small = indexRound(ALL[0][1]);
    expect(solveOptimal(small).pricingRounds).toBe(1);
    const large = indexRound(
      randomRound(9, { policy: 'optimal', demands: 500, supplies: 500, density: 1 }),
    );
    expect(large.score.length).toBeGreaterThan(PRICING_THRESHOLD);
    const priced = solveOptimal(large);
    const whole = solveOptimal(large, { candidatesPerNeed: Infinity });
    expect(Math.abs(priced.totalScore - whole.totalScore)).toBeLessThanOrEqual(1e-9);
    expect(
      checkOptimalityCertificate(large, priced.totalScore, priced.demandDual, priced.supplyDual),
    ).toEqual([]);
  });

  it('should leave places empty rather than take pairs scoring 0', () => {
    const doc: RoundDocument = {
      policy: 'optimal',
      demands: [{ id: 'n1', capacity: 2 }],
      supplies: [{ id: 'c1', capacity: 2 }],
      pairs: [{ demand: 'n1', supply: 'c1', score: 0 }],
    };
    expect(solveRound(doc)).toEqual({ assignments: [], totalScore: 0 });
  });

  it('should move a student when that raises the total (not greedy)', () => {
    // Greedy takes n1×c1 (0.9) and leaves n2 empty; the optimum is 0.8 + 0.7.
    const doc: RoundDocument = {
      policy: 'optimal',
      demands: [
        { id: 'n1', capacity: 1 },
        { id: 'n2', capacity: 1 },
      ],
      supplies: [
        { id: 'c1', capacity: 1 },
        { id: 'c2', capacity: 1 },
      ],
      pairs: [
        { demand: 'n1', supply: 'c1', score: 0.9 },
        { demand: 'n1', supply: 'c2', score: 0.8 },
        { demand: 'n2', supply: 'c1', score: 0.7 },
      ],
    };
    expect(solveRound(doc)).toEqual({
      assignments: [
        { demand: 'n1', supply: 'c2', count: 1 },
        { demand: 'n2', supply: 'c1', count: 1 },
      ],
      totalScore: 1.5,
    });
  });

  it('should give the same output for the same input, and the same total in any pair order', () => {
    for (const [, doc] of ALL.slice(0, 40)) {
      const first = solveRound(doc);
      expect(solveRound(doc)).toEqual(first);
      expect(solveRound(shufflePairs(doc, 7)).totalScore).toBeCloseTo(first.totalScore, 9);
    }
  });
});
