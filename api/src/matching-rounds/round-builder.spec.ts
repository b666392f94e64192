import { DEFAULT_WEIGHTS, verifyRound } from '@knooppunt/matching';
import { Ecosystem, EducationLevel } from '@knooppunt/domain';
import { UnassignedReason } from './entities/matching-round.entity';
import { buildRound, RoundCohort, RoundNeed, RoundRule, RoundSetupError } from './round-builder';

const need = (id: string, places: number, levels = [EducationLevel.MBO_4]): RoundNeed => ({
  profile: {
    id,
    levels,
    skills: [],
    start: '2030-02-01',
    end: '2030-06-30',
    municipality: 'GM0362',
    themes: [],
    ecosystem: Ecosystem.OTHER,
    compensation: true,
    places,
  },
  name: `Need ${id}`,
  organisationId: `company-${id}`,
  organisationName: `Company ${id}`,
  remaining: places,
});

const cohort = (
  id: string,
  students: number,
  level = EducationLevel.MBO_4,
  municipality = 'GM0362',
): RoundCohort => ({
  profile: {
    id,
    level,
    skills: [],
    start: '2030-02-01',
    end: '2030-06-30',
    municipality,
    maxTravelMinutes: 45,
    students,
    ecosystem: Ecosystem.OTHER,
  },
  name: `Cohort ${id}`,
  organisationId: `school-${id}`,
  organisationName: `School ${id}`,
  remaining: students,
});

const build = (needs: RoundNeed[], cohorts: RoundCohort[], rules: RoundRule[] = [], cap = 50) =>
  buildRound({
    round: { id: 'r', name: 'Ronde', needFilter: {}, cohortFilter: {} },
    policy: 'optimal',
    weights: DEFAULT_WEIGHTS,
    needs,
    cohorts,
    rules,
    candidatesPerNeed: cap,
  });

describe(buildRound.name, () => {
  it('should give a document that verifies and name why places stay empty when partners are full', async () => {
    const outcome = await build([need('n1', 5)], [cohort('c1', 2)]);
    expect(verifyRound(outcome.document, { requireSolverResult: true }).ok).toBe(true);
    expect(outcome.assignedCount).toBe(2);
    expect(outcome.unassigned).toEqual([
      expect.objectContaining({
        listingId: 'n1',
        count: 3,
        reason: UnassignedReason.PARTNERS_FULL,
      }),
    ]);
  });

  it('should tell no admissible pair, forbidden and outside the candidates apart', async () => {
    const hbo = cohort('c-hbo', 3, EducationLevel.HBO_BACHELOR);
    const forbidden = await build(
      [need('n1', 2)],
      [cohort('c1', 2), hbo],
      [{ needId: 'n1', cohortId: 'c1', kind: 'FORBID', count: null }],
    );
    const reasons = Object.fromEntries(forbidden.unassigned.map((u) => [u.listingId, u.reason]));
    expect(reasons).toEqual({
      n1: UnassignedReason.FORBIDDEN,
      c1: UnassignedReason.FORBIDDEN,
      'c-hbo': UnassignedReason.NO_ADMISSIBLE_PAIR,
    });
    expect(forbidden.document.pairs).toEqual([]);

    // One candidate per need: the farther cohort is admissible but in no list.
    const capped = await build(
      [need('n1', 5)],
      [cohort('c1', 1), cohort('c2', 1, EducationLevel.MBO_4, 'GM0451')],
      [],
      1,
    );
    const c2 = capped.unassigned.find((u) => u.listingId === 'c2');
    expect(c2?.reason).toBe(UnassignedReason.OUTSIDE_CANDIDATES);
  });

  it('should add pins on top of the solver and refuse pins beyond a capacity', async () => {
    const outcome = await build(
      [need('n1', 2), need('n2', 2)],
      [cohort('c1', 2)],
      [{ needId: 'n2', cohortId: 'c1', kind: 'PIN', count: 1 }],
    );
    expect(outcome.document.supplies[0].capacity).toBe(1);
    const n2 = outcome.assignments.find((a) => a.needId === 'n2');
    expect(n2).toMatchObject({ pinnedCount: 1 });
    expect(outcome.assignedCount).toBe(2);
    await expect(
      build(
        [need('n1', 1)],
        [cohort('c1', 4)],
        [{ needId: 'n1', cohortId: 'c1', kind: 'PIN', count: 2 }],
      ),
    ).rejects.toBeInstanceOf(RoundSetupError);
  });
});
