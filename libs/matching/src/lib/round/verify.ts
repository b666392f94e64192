import {
  RoundDocument,
  RoundResult,
  compareIds,
  indexRound,
  parseRoundDocument,
  roundTotal,
  toResult,
} from './document';
import { checkOptimalityCertificate, solveOptimal } from './optimal';
import { blockingPairs, solveStable } from './stable';

export interface VerifyOptions {
  /**
   * Also require the stored result to be exactly what the solver gives (same assignments).
   * Off by default: for `optimal` any allocation reaching the optimum is right, for `stable`
   * any allocation without a blocking pair is (the contract's README).
   */
  requireSolverResult?: boolean;
  /** Absolute tolerance on totals, scaled by max(1, |total|). Default 1e-9. */
  tolerance?: number;
}

export interface VerificationReport {
  /** True when no problem was found. */
  ok: boolean;
  /** What is wrong with the stored result, one sentence each. */
  problems: string[];
  /** Facts that are not problems (e.g. a different but equally good allocation). */
  notes: string[];
  /** The solver's own result for the same input. */
  solved: RoundResult;
}

const MAX_LISTED = 10;

/**
 * Re-solves a round document that holds a result and checks the stored result: every
 * assignment is an admissible pair with an integer count ≥ 1, listed once; no capacity is
 * exceeded; `totalScore` equals Σ score × count; for `optimal` the total equals the optimum
 * (the re-solve is itself checked by its LP-duality certificate); for `stable` no blocking
 * pair exists. Throws a RoundDocumentError when the document breaks the contract.
 */
export function verifyRound(
  document: RoundDocument | unknown,
  options: VerifyOptions = {},
): VerificationReport {
  const doc = parseRoundDocument(document);
  const tolerance = options.tolerance ?? 1e-9;
  const round = indexRound(doc);
  const problems: string[] = [];
  const notes: string[] = [];

  let solverCounts: Int32Array;
  if (round.policy === 'optimal') {
    const solution = solveOptimal(round);
    solverCounts = solution.counts;
    for (const problem of checkOptimalityCertificate(
      round,
      solution.totalScore,
      solution.demandDual,
      solution.supplyDual,
      tolerance,
    )) {
      problems.push(`the re-solve could not certify its optimum: ${problem}`);
    }
  } else {
    solverCounts = solveStable(round);
  }
  const solved = toResult(round, solverCounts);

  const stored = doc.result;
  if (!stored) {
    problems.push('the document holds no result to verify');
    return { ok: false, problems, notes, solved };
  }

  const demandIndex = new Map(round.demandIds.map((id, i) => [id, i]));
  const supplyIndex = new Map(round.supplyIds.map((id, j) => [id, j]));
  const counts = new Int32Array(round.score.length);
  const demandLoad = new Float64Array(round.demandIds.length);
  const supplyLoad = new Float64Array(round.supplyIds.length);
  let total = 0;
  stored.assignments.forEach((a, x) => {
    const at = `result.assignments[${x}] (${a.demand} × ${a.supply})`;
    const i = demandIndex.get(a.demand);
    const j = supplyIndex.get(a.supply);
    const k = i === undefined || j === undefined ? -1 : round.pairKey(i, j);
    if (k < 0) {
      problems.push(`${at} is not an admissible pair`);
      return;
    }
    if (!Number.isInteger(a.count) || a.count < 1) {
      problems.push(`${at} has count ${a.count}; counts are integers ≥ 1`);
      return;
    }
    if (counts[k] > 0) {
      problems.push(`${at} lists the same pair twice`);
      return;
    }
    counts[k] = a.count;
    demandLoad[i as number] += a.count;
    supplyLoad[j as number] += a.count;
    total += round.score[k] * a.count;
  });
  round.demandIds.forEach((id, i) => {
    if (demandLoad[i] > round.demandCap[i]) {
      problems.push(`demand ${id} gets ${demandLoad[i]} but has capacity ${round.demandCap[i]}`);
    }
  });
  round.supplyIds.forEach((id, j) => {
    if (supplyLoad[j] > round.supplyCap[j]) {
      problems.push(`supply ${id} gives ${supplyLoad[j]} but has capacity ${round.supplyCap[j]}`);
    }
  });
  const scale = (value: number) => tolerance * Math.max(1, Math.abs(value));
  if (Math.abs(stored.totalScore - total) > scale(total)) {
    problems.push(
      `result.totalScore is ${stored.totalScore} but the assignments add up to ${roundTotal(total)}`,
    );
  }

  if (round.policy === 'optimal') {
    const optimum = solved.totalScore;
    if (total < optimum - scale(optimum)) {
      problems.push(
        `the allocation is not optimal: it scores ${roundTotal(total)}, the optimum is ${optimum}`,
      );
    } else if (total > optimum + scale(optimum)) {
      // Only possible if the allocation broke a rule above; say so rather than stay silent.
      problems.push(`the allocation scores ${roundTotal(total)}, above the optimum ${optimum}`);
    }
  } else {
    const blocking = blockingPairs(round, counts);
    for (const k of blocking.slice(0, MAX_LISTED)) {
      problems.push(
        `blocking pair: demand ${round.demandIds[round.pairDemand[k]]} and supply ${round.supplyIds[round.pairSupply[k]]} both prefer each other to what they got`,
      );
    }
    if (blocking.length > MAX_LISTED) {
      problems.push(`… and ${blocking.length - MAX_LISTED} more blocking pairs`);
    }
  }

  const same = sameAllocation(stored.assignments, solved.assignments);
  if (!same) {
    const message =
      round.policy === 'optimal'
        ? 'the stored assignments differ from the solver’s (an equal total is equally optimal)'
        : 'the stored assignments differ from the cohort-proposing deferred-acceptance result';
    if (options.requireSolverResult) problems.push(message);
    else notes.push(message);
  }
  return { ok: problems.length === 0, problems, notes, solved };
}

/** The problems with a document's stored result; empty when it verifies. */
export function verify(document: RoundDocument | unknown, options?: VerifyOptions): string[] {
  return verifyRound(document, options).problems;
}

function sameAllocation(a: RoundResult['assignments'], b: RoundResult['assignments']): boolean {
  if (a.length !== b.length) return false;
  const key = (x: { demand: string; supply: string }) => JSON.stringify([x.demand, x.supply]);
  const sorted = [...a].sort(
    (x, y) => compareIds(x.demand, y.demand) || compareIds(x.supply, y.supply),
  );
  return sorted.every((x, i) => key(x) === key(b[i]) && x.count === b[i].count);
}
