import type { RoundAssignment, RoundDocument } from '../lib/round/document';

/**
 * An independent, deliberately naive stability check at the level of single students: every
 * cohort's students are listed one by one (placed or not), and every admissible pair is
 * tested against every student and every held student. Preferences follow the contract:
 * higher first, ties by the other side's id ascending. Returns "need × cohort" per blocking
 * pair, and capacity violations.
 */
export function bruteForceBlockingPairs(
  doc: RoundDocument,
  assignments: RoundAssignment[],
): string[] {
  const pairOf = new Map(doc.pairs.map((p) => [`${p.demand}\u0000${p.supply}`, p]));
  const demandPref = (d: string, s: string) => {
    const p = pairOf.get(`${d}\u0000${s}`)!;
    return p.demandPref ?? p.score;
  };
  const supplyPref = (d: string, s: string) => {
    const p = pairOf.get(`${d}\u0000${s}`)!;
    return p.supplyPref ?? p.score;
  };
  // Does need d strictly prefer cohort a to cohort b?
  const needPrefers = (d: string, a: string, b: string) => {
    const x = demandPref(d, a);
    const y = demandPref(d, b);
    return x > y || (x === y && a < b);
  };
  // Does cohort s strictly prefer need a to need b?
  const cohortPrefers = (s: string, a: string, b: string) => {
    const x = supplyPref(a, s);
    const y = supplyPref(b, s);
    return x > y || (x === y && a < b);
  };
  // Each student: the need they are placed at, or null.
  const students = new Map<string, (string | null)[]>();
  for (const s of doc.supplies) students.set(s.id, []);
  const held = new Map<string, string[]>();
  for (const d of doc.demands) held.set(d.id, []);
  const problems: string[] = [];
  for (const a of assignments) {
    for (let x = 0; x < a.count; x++) {
      students.get(a.supply)!.push(a.demand);
      held.get(a.demand)!.push(a.supply);
    }
  }
  for (const s of doc.supplies) {
    const list = students.get(s.id)!;
    if (list.length > s.capacity) problems.push(`capacity of ${s.id} exceeded`);
    while (list.length < s.capacity) list.push(null);
  }
  for (const d of doc.demands) {
    if (held.get(d.id)!.length > d.capacity) problems.push(`capacity of ${d.id} exceeded`);
  }
  for (const p of doc.pairs) {
    const need = doc.demands.find((d) => d.id === p.demand)!;
    const studentWants = students
      .get(p.supply)!
      .some((at) => at === null || (at !== p.demand && cohortPrefers(p.supply, p.demand, at)));
    const holding = held.get(p.demand)!;
    const needWants =
      holding.length < need.capacity ||
      holding.some((other) => other !== p.supply && needPrefers(p.demand, p.supply, other));
    if (studentWants && needWants) problems.push(`${p.demand} × ${p.supply}`);
  }
  return problems;
}
