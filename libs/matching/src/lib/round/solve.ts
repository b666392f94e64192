import {
  IndexedRound,
  RoundDocument,
  RoundResult,
  indexRound,
  parseRoundDocument,
  toResult,
} from './document';
import { solveOptimal } from './optimal';
import { solveStable } from './stable';

/** Solves an indexed round by its policy; returns the count per pair, in document order. */
export function solveCounts(round: IndexedRound): Int32Array {
  return round.policy === 'optimal' ? solveOptimal(round).counts : solveStable(round);
}

/**
 * Solves a round document (its `result`, if any, is ignored): the optimal or the stable
 * allocation, as `{ assignments, totalScore }` with assignments sorted by demand then supply id.
 * Accepts a parsed document or any JSON value (checked against the contract first).
 */
export function solveRound(document: RoundDocument | unknown): RoundResult {
  const doc = parseRoundDocument(document);
  const round = indexRound(doc);
  return toResult(round, solveCounts(round));
}
