import { bruteForceBlockingPairs } from '../../testing/stable-brute-force';
import { exampleRound, shufflePairs } from '../../testing/fixtures';
import { RoundDocument, indexRound, toResult } from './document';
import { RandomRoundOptions, randomRound } from './random';
import { solveRound } from './solve';
import { blockingPairs, solveStable } from './stable';

function* instances(): Generator<[string, RoundDocument]> {
  const families: [number, Omit<RandomRoundOptions, 'policy'>][] = [
    [60, { demands: 4, supplies: 4, density: 0.7, maxCapacity: 3, preferences: true }],
    [
      50,
      {
        demands: 6,
        supplies: 8,
        density: 0.5,
        minCapacity: 0,
        maxCapacity: 4,
        decimals: 1,
        preferences: true,
      },
    ],
    [40, { demands: 12, supplies: 12, density: 0.4, decimals: 1 }],
    [30, { demands: 20, supplies: 10, candidates: 5, preferences: true }],
    [20, { demands: 30, supplies: 30, candidates: 6, decimals: 2, preferences: true }],
  ];
  let seed = 1000;
  for (const [count, options] of families) {
    for (let x = 0; x < count; x++, seed++) {
      yield [`seed ${seed}`, randomRound(seed, { policy: 'stable', ...options })];
    }
  }
}

const ALL = [...instances()];

describe(solveStable.name, () => {
  it('should give the stored cohort-proposing result of the contract example', () => {
    const doc = exampleRound('stable');
    expect(solveRound(doc)).toEqual(doc.result);
  });

  it(`should leave no blocking pair and respect capacities on ${ALL.length} random instances (brute force)`, () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
    const failures: string[] = [];
    for (const [name, doc] of ALL) {
      const result = solveRound(doc);
      const problems = bruteForceBlockingPairs(doc, result.assignments);
      if (problems.length) failures.push(`${name}: ${problems.join(', ')}`);
      expect(result.assignments.every((a) => Number.isInteger(a.count) && a.count >= 1)).toBe(true);
    }
    expect(failures).toEqual([]);
  });

  it('should give the same output for the same input and for any order of the pairs', () => {
    for (const [, doc] of ALL.slice(0, 80)) {
      const first = solveRound(doc);
      expect(solveRound(doc)).toEqual(first);
      // Cohort-optimal stable allocations are unique, so the order of proposals cannot matter.
      expect(solveRound(shufflePairs(doc, 11))).toEqual(first);
    }
  });

  it('should agree with the brute-force checker on unstable allocations', () => {
    let unstable = 0;
    for (const [, doc] of ALL.slice(0, 100)) {
      const round = indexRound(doc);
      // Everyone at their first choice, capped by capacity order: often unstable.
      const counts = solveStable(round);
      const moved = counts.findIndex((c) => c > 0);
      if (moved < 0) continue;
      counts[moved] -= 1;
      const fast = blockingPairs(round, counts).map(
        (k) => `${round.demandIds[round.pairDemand[k]]} × ${round.supplyIds[round.pairSupply[k]]}`,
      );
      const slow = bruteForceBlockingPairs(doc, toResult(round, counts).assignments);
      expect(fast).toEqual(slow);
      if (fast.length) unstable++;
    }
    expect(unstable).toBeGreaterThan(50);
  });

  it('should let the need keep the cohort it prefers, ties broken by the cohort id', () => {
    const doc: RoundDocument = {
      policy: 'stable',
      demands: [{ id: 'n1', capacity: 1 }],
      supplies: [
        { id: 'c2', capacity: 1 },
        { id: 'c1', capacity: 1 },
      ],
      pairs: [
        { demand: 'n1', supply: 'c2', score: 0.5 },
        { demand: 'n1', supply: 'c1', score: 0.5 },
      ],
    };
    expect(solveRound(doc).assignments).toEqual([{ demand: 'n1', supply: 'c1', count: 1 }]);
    doc.pairs[0].demandPref = 0.9;
    expect(solveRound(doc).assignments).toEqual([{ demand: 'n1', supply: 'c2', count: 1 }]);
  });

  it('should send a cohort to its preferred need even when the score says otherwise', () => {
    const doc: RoundDocument = {
      policy: 'stable',
      demands: [
        { id: 'n1', capacity: 2 },
        { id: 'n2', capacity: 2 },
      ],
      supplies: [{ id: 'c1', capacity: 3 }],
      pairs: [
        { demand: 'n1', supply: 'c1', score: 0.9, supplyPref: 0.1 },
        { demand: 'n2', supply: 'c1', score: 0.2, supplyPref: 0.8 },
      ],
    };
    expect(solveRound(doc)).toEqual({
      assignments: [
        { demand: 'n1', supply: 'c1', count: 1 },
        { demand: 'n2', supply: 'c1', count: 2 },
      ],
      totalScore: 1.3,
    });
  });
});
