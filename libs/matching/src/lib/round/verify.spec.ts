import { exampleRound } from '../../testing/fixtures';
import { RoundDocument, RoundDocumentError } from './document';
import { randomRound } from './random';
import { solveRound } from './solve';
import { verify, verifyRound } from './verify';

function withResult(doc: RoundDocument, result: RoundDocument['result']): RoundDocument {
  return { ...doc, result };
}

describe(verifyRound.name, () => {
  const optimal = exampleRound('optimal');
  const stable = exampleRound('stable');

  it('should accept the stored results of both contract examples', () => {
    expect(verify(optimal)).toEqual([]);
    expect(verify(stable)).toEqual([]);
    expect(verifyRound(stable, { requireSolverResult: true }).ok).toBe(true);
  });

  it('should reject a wrong total score', () => {
    const doc = withResult(optimal, { ...optimal.result!, totalScore: 5.8 });
    expect(verify(doc)).toEqual(['result.totalScore is 5.8 but the assignments add up to 5.789']);
  });

  it('should reject a suboptimal allocation with a correct total', () => {
    const assignments = optimal.result!.assignments.filter((a) => a.demand !== 'n0004');
    const doc = withResult(optimal, { assignments, totalScore: 5.789 - 2 * 0.778 });
    expect(verify(doc)).toEqual([
      'the allocation is not optimal: it scores 4.233, the optimum is 5.789',
    ]);
  });

  it('should reject inadmissible pairs, bad counts, repeats and exceeded capacities', () => {
    const problems = verify(
      withResult(optimal, {
        assignments: [
          { demand: 'n0000', supply: 'c0000', count: 1 },
          { demand: 'n0001', supply: 'c0000', count: 0 },
          { demand: 'n0001', supply: 'c0002', count: 1.5 },
          { demand: 'n0004', supply: 'c0002', count: 2 },
          { demand: 'n0004', supply: 'c0002', count: 1 },
          { demand: 'n0000', supply: 'c0001', count: 3 },
          { demand: 'n0005', supply: 'c0001', count: 1 },
        ],
        totalScore: 4.909,
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'result.assignments[0] (n0000 × c0000) is not an admissible pair',
        'result.assignments[1] (n0001 × c0000) has count 0; counts are integers ≥ 1',
        'result.assignments[2] (n0001 × c0002) has count 1.5; counts are integers ≥ 1',
        'result.assignments[4] (n0004 × c0002) lists the same pair twice',
        'supply c0001 gives 4 but has capacity 2',
      ]),
    );
  });

  it('should name the blocking pairs of an unstable result', () => {
    const assignments = [...stable.result!.assignments];
    assignments[0] = { ...assignments[0], count: 1 };
    const report = verifyRound(withResult(stable, { assignments, totalScore: 4.7 - 0.734 }));
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(
      'blocking pair: demand n0000 and supply c0000 both prefer each other to what they got',
    );
  });

  it('should accept another stable allocation, unless the solver result is required', () => {
    // n0000 and c0000 like each other best; here they share one place, the rest stays unplaced.
    const doc: RoundDocument = {
      policy: 'stable',
      demands: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
      supplies: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      // Cohorts prefer a-x / b-y, needs prefer a-y / b-x: two stable allocations.
      pairs: [
        { demand: 'a', supply: 'x', score: 0.5, supplyPref: 1, demandPref: 0 },
        { demand: 'a', supply: 'y', score: 0.5, supplyPref: 0, demandPref: 1 },
        { demand: 'b', supply: 'x', score: 0.5, supplyPref: 0, demandPref: 1 },
        { demand: 'b', supply: 'y', score: 0.5, supplyPref: 1, demandPref: 0 },
      ],
    };
    const needOptimal = {
      assignments: [
        { demand: 'a', supply: 'y', count: 1 },
        { demand: 'b', supply: 'x', count: 1 },
      ],
      totalScore: 1,
    };
    expect(solveRound(doc).assignments).toEqual([
      { demand: 'a', supply: 'x', count: 1 },
      { demand: 'b', supply: 'y', count: 1 },
    ]);
    const lenient = verifyRound(withResult(doc, needOptimal));
    expect(lenient.ok).toBe(true);
    expect(lenient.notes).toHaveLength(1);
    expect(verify(withResult(doc, needOptimal), { requireSolverResult: true })).toEqual([
      'the stored assignments differ from the cohort-proposing deferred-acceptance result',
    ]);
  });

  it('should report a document without result, and throw on a document that breaks the contract', () => {
    const bare: RoundDocument = { ...optimal };
    delete bare.result;
    expect(verify(bare)).toEqual(['the document holds no result to verify']);
    expect(() => verify({ ...optimal, policy: 'fair' })).toThrow(RoundDocumentError);
    expect(() =>
      verify({ ...optimal, pairs: [{ demand: 'n0000', supply: 'nobody', score: 2 }] }),
    ).toThrow(/pairs\[0\]\.supply must name one of the supplies/);
  });

  it('should verify what the solver produces on random instances of both policies', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const policy of ['optimal', 'stable'] as const) {
        const doc = randomRound(seed, {
          policy,
          demands: 12,
          supplies: 9,
          density: 0.4,
          preferences: true,
        });
        expect(verify(withResult(doc, solveRound(doc)))).toEqual([]);
      }
    }
  });
});
