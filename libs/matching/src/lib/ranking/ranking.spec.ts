import { Scorer } from '../scoring/score';
import { CohortProfile, InternshipNeedProfile } from '../scoring/types';
import { randomCohorts, randomNeeds } from './random-profiles';
import {
  DemandIndex,
  SupplyIndex,
  rankAll,
  topCohortsForNeed,
  topMinorsForChallenge,
  topNeedsForCohort,
} from './ranking';

function withOddOnes<T extends { id: string }>(items: T[], strip: (item: T) => T): T[] {
  // Every 25th item has no skills, no period or no level: the index must still find them.
  return items.map((item, i) => (i % 25 === 0 ? strip(item) : item));
}

describe(SupplyIndex.name, () => {
  const families: { name: string; taxonomy: number; focus: number }[] = [
    { name: 'clustered skills', taxonomy: 120, focus: 0.8 },
    { name: 'sparse skills (fallbacks)', taxonomy: 500, focus: 0 },
  ];

  for (const family of families) {
    it(`should return the same top-10 as scoring everything, both ways (${family.name})`, () => {
      const options = { taxonomy: family.taxonomy, focus: family.focus, fields: 10 };
      const needs = withOddOnes(
        randomNeeds(11, 300, options),
        (n): InternshipNeedProfile => ({
          ...n,
          skills: [],
          levels: [],
        }),
      );
      const cohorts = withOddOnes(
        randomCohorts(12, 400, options),
        (c): CohortProfile => ({
          ...c,
          skills: [],
          start: undefined as unknown as string,
          end: undefined as unknown as string,
        }),
      );
      const scorer = new Scorer();
      const cohortIndex = new SupplyIndex(cohorts, scorer);
      const needIndex = new DemandIndex(needs, scorer);
      let fallbacks = 0;
      let evaluated = 0;
      for (const need of needs.slice(0, 150)) {
        const fast = topCohortsForNeed(cohortIndex, need, 10);
        expect(fast.map(({ id, score }) => ({ id, score }))).toEqual(
          rankAll(scorer, { demand: need }, cohorts, 10),
        );
        fallbacks += cohortIndex.lastStats.bucketsScanned > 0 ? 1 : 0;
        evaluated += cohortIndex.lastStats.evaluated;
      }
      for (const cohort of cohorts.slice(0, 150)) {
        const fast = topNeedsForCohort(needIndex, cohort, 10);
        expect(fast.map(({ id, score }) => ({ id, score }))).toEqual(
          rankAll(scorer, { supply: cohort }, needs, 10),
        );
      }
      if (family.focus > 0) expect(evaluated / 150).toBeLessThan(cohorts.length / 2);
      else expect(fallbacks).toBeGreaterThan(0);
    });
  }

  it('should explain every ranked match, the same as scoring the pair alone', () => {
    const needs = randomNeeds(3, 5, { taxonomy: 40 });
    const cohorts = randomCohorts(4, 200, { taxonomy: 40 });
    const scorer = new Scorer();
    const index = new SupplyIndex(cohorts, scorer);
    const top = topMinorsForChallenge(index, needs[0], 5);
    expect(top).toHaveLength(5);
    for (const match of top) {
      const alone = scorer.score(needs[0], cohorts.find((c) => c.id === match.id)!);
      expect(alone).toEqual({
        admissible: true,
        demandId: needs[0].id,
        supplyId: match.id,
        score: match.score,
        explanation: match.explanation,
      });
    }
    expect(index.top(needs[0], 0)).toEqual([]);
  });
});
