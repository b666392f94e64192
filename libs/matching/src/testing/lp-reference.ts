import highsLoader from 'highs';
import type { RoundDocument } from '../lib/round/document';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

let loaded: Promise<Highs> | undefined;

/** The HiGHS LP solver (WebAssembly), loaded once. */
export function loadHighs(): Promise<Highs> {
  loaded ??= highsLoader();
  return loaded;
}

export interface LpOptimum {
  /** Σ score × x with HiGHS's x rounded to integers (the LP is totally unimodular). */
  total: number;
  /** HiGHS's own objective value. */
  objective: number;
  /** x per pair, in document order, rounded. */
  counts: number[];
}

/**
 * The transportation LP of a round, solved by HiGHS, written straight from the document
 * (independent of the library's solver): max Σ score·x over pairs, Σ x ≤ places per need,
 * Σ x ≤ students per cohort, x ≥ 0.
 */
export function lpOptimum(highs: Highs, doc: RoundDocument): LpOptimum {
  const rowOfDemand = new Map(doc.demands.map((d, i) => [d.id, i]));
  const rowOfSupply = new Map(doc.supplies.map((s, j) => [s.id, doc.demands.length + j]));
  const numCols = doc.pairs.length;
  const numRows = doc.demands.length + doc.supplies.length;
  if (numCols === 0) return { total: 0, objective: 0, counts: [] };
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * numCols);
  const values = new Float64Array(2 * numCols).fill(1);
  doc.pairs.forEach((p, k) => {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = rowOfDemand.get(p.demand) as number;
    indices[2 * k + 1] = rowOfSupply.get(p.supply) as number;
  });
  const rowUpper = Float64Array.from([...doc.demands, ...doc.supplies], (x) => x.capacity);
  return highs.withModel(
    {
      numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: Float64Array.from(doc.pairs, (p) => p.score),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(highs.infinity),
      rowLower: new Float64Array(numRows).fill(-highs.infinity),
      rowUpper,
      matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    },
    (model) => {
      model.options.set({ output_flag: false, solver: 'simplex' });
      model.run();
      const status = model.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) {
        throw new Error(`HiGHS ended with model status ${status}`);
      }
      const x = model.getSolution().colValue;
      const counts = Array.from(x, (v) => Math.round(v));
      let total = 0;
      doc.pairs.forEach((p, k) => (total += p.score * counts[k]));
      return { total, objective: model.getObjectiveValue(), counts };
    },
  );
}
