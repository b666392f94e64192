import {
  Ecosystem,
  EducationLevel,
  MunicipalityCode,
  SkillCategory,
  SkillImportance,
  Theme,
} from '@knooppunt/domain';
import { cohortFactory, needFactory } from '../../testing/profiles';
import {
  Scorer,
  scoreChallengeMinor,
  scoreMinorCompany,
  scoreNeedCohort,
  scorePair,
} from './score';
import { PairScore } from './types';

function admitted(result: PairScore) {
  if (!result.admissible) throw new Error(`excluded: ${JSON.stringify(result.exclusions)}`);
  return result;
}

describe(Scorer.name, () => {
  it('should give a perfect pair 1 on every component, with all skills matched and no barriers', () => {
    const result = admitted(scoreNeedCohort(needFactory(), cohortFactory()));
    expect(result.score).toBe(1);
    expect(result.explanation.components).toEqual({
      skills: 1,
      level: 1,
      period: 1,
      reach: 1,
      theme: 1,
    });
    expect(result.explanation.matchedSkills.map((s) => s.skill)).toEqual(['python', 'sql', 'lca']);
    expect(result.explanation.missingSkills).toEqual([]);
    expect(result.explanation.barriers).toEqual([]);
    expect(result.explanation.weights).toEqual({
      skills: 0.4,
      level: 0.15,
      period: 0.15,
      reach: 0.15,
      theme: 0.15,
    });
  });

  it('should exclude a pair across level families instead of scoring it low', () => {
    const result = scoreNeedCohort(needFactory(), cohortFactory({ level: EducationLevel.MBO_4 }));
    expect(result).toEqual({
      admissible: false,
      demandId: 'need-1',
      supplyId: 'cohort-1',
      exclusions: [
        {
          code: 'LEVEL_FAMILY',
          level: EducationLevel.MBO_4,
          accepted: [EducationLevel.HBO_BACHELOR],
        },
      ],
    });
  });

  it('should exclude a pair whose periods do not overlap at all, and list both exclusions', () => {
    const result = scoreNeedCohort(
      needFactory(),
      cohortFactory({ level: EducationLevel.WO_MASTER, start: '2027-07-01', end: '2027-12-31' }),
    );
    expect(result.admissible).toBe(false);
    expect(!result.admissible && result.exclusions.map((e) => e.code)).toEqual([
      'LEVEL_FAMILY',
      'NO_PERIOD_OVERLAP',
    ]);
  });

  it('should score an adjacent level in the family 0.5', () => {
    const result = admitted(
      scoreNeedCohort(needFactory(), cohortFactory({ level: EducationLevel.ASSOCIATE_DEGREE })),
    );
    expect(result.explanation.components.level).toBe(0.5);
    expect(result.score).toBeCloseTo(1 - 0.15 * 0.5, 10);
  });

  it('should weigh must-have skills twice, give category credit, and list matched, partial and missing skills', () => {
    const cohort = cohortFactory({
      skills: [
        { skill: 'python', category: SkillCategory.DIGITAL },
        { skill: 'welding', category: SkillCategory.TECHNICAL },
      ],
    });
    const result = admitted(scoreNeedCohort(needFactory(), cohort));
    // python (must, 2) matched, sql (must, 2) partial via DIGITAL 0.25, lca (nice, 1) missing.
    expect(result.explanation.components.skills).toBe(Number(((2 + 2 * 0.25) / 5).toFixed(4)));
    expect(result.explanation.matchedSkills).toEqual([
      { skill: 'python', category: SkillCategory.DIGITAL, importance: SkillImportance.MUST_HAVE },
    ]);
    expect(result.explanation.partialSkills).toEqual([
      { skill: 'sql', category: SkillCategory.DIGITAL, importance: SkillImportance.MUST_HAVE },
    ]);
    expect(result.explanation.missingSkills).toEqual([
      {
        skill: 'lca',
        category: SkillCategory.SUSTAINABLE,
        importance: SkillImportance.NICE_TO_HAVE,
      },
    ]);
    // The cohort's technical skill implies the TECHNICAL theme, not DIGITAL... but python does.
    expect(result.explanation.components.theme).toBe(1);
  });

  it('should list a travel barrier beyond the cohort limit and lower reach with distance', () => {
    const far = admitted(
      scoreNeedCohort(
        needFactory({ municipality: MunicipalityCode.DIEMEN }),
        cohortFactory({ municipality: MunicipalityCode.AALSMEER, maxTravelMinutes: 45 }),
      ),
    );
    expect(far.explanation.travelMinutes).toBe(63);
    expect(far.explanation.barriers).toEqual([
      { code: 'UNREACHABLE', travelMinutes: 63, maxTravelMinutes: 45 },
    ]);
    const near = admitted(
      scoreNeedCohort(
        needFactory({ municipality: MunicipalityCode.OUDER_AMSTEL }),
        cohortFactory({ municipality: MunicipalityCode.AMSTELVEEN }),
      ),
    );
    expect(near.explanation.barriers).toEqual([]);
    expect(near.explanation.components.reach!).toBeGreaterThan(far.explanation.components.reach!);
  });

  it('should list missing compensation, a period gap and a language barrier', () => {
    const result = admitted(
      scoreNeedCohort(
        needFactory({ compensation: false, languages: ['nl', 'en'] }),
        cohortFactory({ start: '2027-03-01', end: '2027-08-31', languages: ['en'] }),
      ),
    );
    expect(result.explanation.barriers).toEqual([
      { code: 'PERIOD_GAP', uncoveredDemandDays: 28, uncoveredSupplyDays: 62 },
      { code: 'NO_COMPENSATION' },
      { code: 'LANGUAGE', missing: ['nl'] },
    ]);
    expect(result.explanation.overlapDays).toBe(122);
    expect(result.explanation.components.period).toBe(Number((122 / 184).toFixed(4)));
  });

  it('should not call a contained period a gap, but score it by the longer period', () => {
    const result = admitted(
      scoreNeedCohort(needFactory(), cohortFactory({ start: '2027-01-01', end: '2027-12-31' })),
    );
    expect(result.explanation.barriers).toEqual([]);
    expect(result.explanation.components.period).toBe(Number((150 / 365).toFixed(4)));
  });

  it('should follow configured weights and leave out components that do not apply', () => {
    const skillsOnly = admitted(
      scorePair(needFactory(), cohortFactory({ level: EducationLevel.ASSOCIATE_DEGREE }), {
        weights: { level: 0, period: 0, reach: 0, theme: 0 },
      }),
    );
    expect(skillsOnly.score).toBe(1);
    expect(skillsOnly.explanation.weights.skills).toBe(1);
    // A minor–company pair has no period: period is null and the rest is renormalised.
    const company = {
      id: 'company-1',
      skills: [
        { skill: 'python', category: SkillCategory.DIGITAL, importance: SkillImportance.MUST_HAVE },
      ],
      municipality: MunicipalityCode.AMSTELVEEN,
      themes: [Theme.DIGITAL],
      ecosystem: Ecosystem.BUSINESS_FINANCE_ICT,
    };
    const minor = { ...cohortFactory({ id: 'minor-1' }), start: undefined, end: undefined };
    const partner = admitted(scoreMinorCompany(minor, company));
    expect(partner.demandId).toBe('company-1');
    expect(partner.explanation.components.period).toBeNull();
    expect(partner.explanation.components.level).toBeNull();
    expect(partner.explanation.weights).toEqual({
      skills: 0.5714,
      level: 0,
      period: 0,
      reach: 0.2143,
      theme: 0.2143,
    });
    expect(partner.score).toBe(1);
    const challenge = admitted(
      scoreChallengeMinor(
        { ...company, id: 'challenge-1', levels: [EducationLevel.ASSOCIATE_DEGREE] },
        minor,
      ),
    );
    expect(challenge.score).toBeLessThan(1);
    expect(
      scoreChallengeMinor({ ...company, levels: [EducationLevel.MBO_2] }, minor).admissible,
    ).toBe(false);
  });

  it('should reject invalid weights and malformed dates', () => {
    expect(() => new Scorer({ weights: { skills: -1 } })).toThrow('weights.skills');
    expect(() => scoreNeedCohort(needFactory({ start: '1-2-2027' }), cohortFactory())).toThrow(
      'need-1.start',
    );
  });

  it('should report an unknown municipality as a barrier and leave reach out', () => {
    const result = admitted(
      scoreNeedCohort(needFactory({ municipality: 'GM0363' }), cohortFactory()),
    );
    expect(result.explanation.components.reach).toBeNull();
    expect(result.explanation.barriers).toEqual([
      { code: 'REACH_UNKNOWN', municipality: 'GM0363' },
    ]);
  });
});
