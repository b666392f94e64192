import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  cohortFactory,
  MembershipRole,
  membershipFactory,
  needFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  PlatformRole,
  sessionFactory,
  userFactory,
} from '../factories/accounts';
import { challengeFactory, minorFactory } from '../factories/marketplace';

interface Skill {
  id: string;
  code: string;
  category: string;
}
interface MatchSkill {
  importance: string | null;
  skill: { code: string };
}
interface Explanation {
  components: Record<string, number | null>;
  weights: Record<string, number>;
  matchedSkills: MatchSkill[];
  partialSkills: MatchSkill[];
  missingSkills: MatchSkill[];
  barriers: { code: string; travelMinutes: number | null; maxTravelMinutes: number | null }[];
  travelMinutes: number | null;
  overlapDays: number | null;
}
interface Match {
  score: number;
  explanation: Explanation;
}

const EXPLANATION = `explanation {
  components { skills level period reach theme }
  weights { skills level period reach theme }
  matchedSkills { importance skill { code } }
  partialSkills { importance skill { code } }
  missingSkills { importance skill { code } }
  barriers { code travelMinutes maxTravelMinutes }
  travelMinutes overlapDays }`;
const COHORTS = `query($needId: ID!, $take: Int) { recommendedCohorts(needId: $needId, take: $take) {
  score cohort { id programmeName } ${EXPLANATION} } }`;
const NEEDS = `query($cohortId: ID!, $take: Int) { recommendedNeeds(cohortId: $cohortId, take: $take) {
  score internshipNeed { id title } ${EXPLANATION} } }`;
const COMPANIES = `query($minorId: ID!) { recommendedCompaniesForMinor(minorId: $minorId) {
  score organisation { id name } ${EXPLANATION} } }`;
const CHALLENGES = `query($minorId: ID!) { recommendedChallengesForMinor(minorId: $minorId) {
  score challenge { id } ${EXPLANATION} } }`;
const MINORS = `query($challengeId: ID!) { recommendedMinorsForChallenge(challengeId: $challengeId) {
  score minor { id } ${EXPLANATION} } }`;

const codes = (skills: MatchSkill[]) => skills.map((s) => s.skill.code).sort();

describe('recommendations', () => {
  let t: TestApp;
  let sessions: SessionsService;
  // Skills: a and a2 digital, b sustainable, c technical (the last of their categories by code,
  // so other suites' listings, made with the first skills, rarely share them).
  let a: Skill, a2: Skill, b: Skill, c: Skill;
  let company: OrganisationEntity;
  let companyToken: string;
  let outsiderToken: string;
  let coordinatorToken: string;
  let needId: string;
  const cohorts: Record<string, string> = {};

  const link = (table: string, owner: string, id: string, skills: Skill[]) =>
    t.dataSource.query(`INSERT INTO ${table} (${owner}, skill_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      skills.map((s) => s.id),
    ]);
  const needSkills = (id: string, skills: [Skill, 'MUST_HAVE' | 'NICE_TO_HAVE'][]) =>
    t.dataSource.query(
      `INSERT INTO internship_need_skill (need_id, skill_id, importance)
       SELECT $1, unnest($2::uuid[]), unnest($3::skill_importance[])`,
      [id, skills.map(([s]) => s.id), skills.map(([, i]) => i)],
    );
  const school = (municipalityCode: string, status = OrganisationStatus.ACTIVE) =>
    organisationFactory(t.dataSource, {
      kind: OrganisationKind.SCHOOL_MBO,
      municipalityCode,
      status,
    });
  const cohort = async (
    organisation: OrganisationEntity,
    skills: Skill[],
    overrides: Parameters<typeof cohortFactory>[2] = {},
  ) => {
    const id = await cohortFactory(t.dataSource, organisation, overrides);
    await link('cohort_skill', 'cohort_id', id, skills);
    return id;
  };
  const tokenOf = async (organisation?: OrganisationEntity, role?: PlatformRole) => {
    const user = await userFactory(t.dataSource, role ? { platformRole: role } : {});
    if (organisation)
      await membershipFactory(t.dataSource, user, organisation, MembershipRole.MEMBER);
    return sessionFactory(t.dataSource, sessions, user);
  };

  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
    const last = async (category: string, n: number): Promise<Skill[]> =>
      t.dataSource.query(
        'SELECT id, code, category FROM skill WHERE category = $1 ORDER BY code DESC LIMIT $2',
        [category, n],
      );
    [a, a2] = await last('DIGITAL', 2);
    [b] = await last('SUSTAINABLE', 1);
    [c] = await last('TECHNICAL', 1);

    company = await organisationFactory(t.dataSource, { municipalityCode: 'GM0358' });
    companyToken = await tokenOf(company);
    outsiderToken = await tokenOf(await organisationFactory(t.dataSource));
    coordinatorToken = await tokenOf(undefined, PlatformRole.COORDINATOR);
    // An MBO 4 need in Aalsmeer, February–June 2027, without compensation.
    needId = await needFactory(t.dataSource, company, { levels: ['MBO_4'] });
    await needSkills(needId, [
      [a, 'MUST_HAVE'],
      [b, 'MUST_HAVE'],
      [c, 'NICE_TO_HAVE'],
    ]);

    const near = await school('GM0358');
    const far = await school('GM0451');
    cohorts['best'] = await cohort(near, [a, b, c]);
    // Has b, and a2 of a's category (partial credit), lacks c; an adjacent level.
    cohorts['partial'] = await cohort(near, [a2, b], { level: 'MBO_3' });
    // Has only a, and its students travel at most 10 minutes: Uithoorn is further.
    cohorts['unreachable'] = await cohort(far, [a]);
    await t.dataSource.query('UPDATE cohort SET max_travel_minutes = 10 WHERE id = $1', [
      cohorts['unreachable'],
    ]);
    cohorts['otherFamily'] = await cohort(near, [a, b, c], { level: 'HBO_BACHELOR' });
    cohorts['noOverlap'] = await cohort(near, [a, b, c], {
      startDate: '2027-08-01',
      endDate: '2027-12-31',
    });
    cohorts['draft'] = await cohort(near, [a, b, c], { status: 'DRAFT' });
    cohorts['closed'] = await cohort(near, [a, b, c], { status: 'CLOSED' });
    cohorts['pendingSchool'] = await cohort(await school('GM0358', OrganisationStatus.PENDING), [
      a,
      b,
      c,
    ]);
    cohorts['noSkill'] = await cohort(near, []);
  });
  afterAll(() => t.close());

  it('should rank the cohorts of a need best first, explained, without the excluded ones', async () => {
    const result = await t.gql<{
      recommendedCohorts: (Match & { cohort: { id: string } })[];
    }>(COHORTS, { needId }, { token: outsiderToken });
    expect(result.errors).toBeUndefined();
    const matches = result.data!.recommendedCohorts;
    const ids = matches.map((m) => m.cohort.id);
    expect(ids[0]).toBe(cohorts['best']);
    expect(ids).toEqual(expect.arrayContaining([cohorts['partial'], cohorts['unreachable']]));
    for (const excluded of [
      'otherFamily',
      'noOverlap',
      'draft',
      'closed',
      'pendingSchool',
      'noSkill',
    ]) {
      expect(ids).not.toContain(cohorts[excluded]);
    }
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    const best = matches[0];
    expect(best.score).toBe(1);
    expect(codes(best.explanation.matchedSkills)).toEqual([a.code, b.code, c.code].sort());
    expect(best.explanation.missingSkills).toEqual([]);
    expect(best.explanation.matchedSkills.find((s) => s.skill.code === c.code)?.importance).toBe(
      'NICE_TO_HAVE',
    );
    expect(best.explanation.components).toEqual({
      skills: 1,
      level: 1,
      period: 1,
      reach: 1,
      theme: 1,
    });
    expect(best.explanation.weights.skills).toBeCloseTo(0.4);
    expect(best.explanation.overlapDays).toBe(150);
    expect(best.explanation.barriers.map((x) => x.code)).toEqual(['NO_COMPENSATION']);

    const partial = matches.find((m) => m.cohort.id === cohorts['partial'])!;
    expect(codes(partial.explanation.matchedSkills)).toEqual([b.code]);
    expect(partial.explanation.partialSkills).toEqual([
      { importance: 'MUST_HAVE', skill: { code: a.code } },
    ]);
    expect(partial.explanation.missingSkills).toEqual([
      { importance: 'NICE_TO_HAVE', skill: { code: c.code } },
    ]);
    expect(partial.explanation.components.level).toBe(0.5);

    const unreachable = matches.find((m) => m.cohort.id === cohorts['unreachable'])!;
    expect(codes(unreachable.explanation.matchedSkills)).toEqual([a.code]);
    expect(codes(unreachable.explanation.missingSkills)).toEqual([b.code, c.code].sort());
    const barrier = unreachable.explanation.barriers.find((x) => x.code === 'UNREACHABLE');
    expect(barrier).toMatchObject({ maxTravelMinutes: 10 });
    expect(barrier!.travelMinutes).toBeGreaterThan(10);
    expect(barrier!.travelMinutes).toBe(unreachable.explanation.travelMinutes);
    expect(unreachable.score).toBeLessThan(partial.score);
  });

  it('should rank the needs of a cohort, not drafts, other families or pending companies', async () => {
    const other = await needFactory(t.dataSource, company, { levels: ['MBO_2', 'HBO_BACHELOR'] });
    await needSkills(other, [[a, 'MUST_HAVE']]);
    const hbo = await needFactory(t.dataSource, company, { levels: ['HBO_BACHELOR'] });
    const draft = await needFactory(t.dataSource, company, { status: 'DRAFT' });
    const pending = await needFactory(
      t.dataSource,
      await organisationFactory(t.dataSource, { status: OrganisationStatus.PENDING }),
    );
    const late = await needFactory(t.dataSource, company, {
      startDate: '2027-09-01',
      endDate: '2027-12-31',
    });
    for (const id of [hbo, draft, pending, late]) await needSkills(id, [[a, 'MUST_HAVE']]);

    const result = await t.gql<{
      recommendedNeeds: (Match & { internshipNeed: { id: string } })[];
    }>(NEEDS, { cohortId: cohorts['best'] }, { token: outsiderToken });
    expect(result.errors).toBeUndefined();
    const ids = result.data!.recommendedNeeds.map((m) => m.internshipNeed.id);
    expect(ids).toEqual(expect.arrayContaining([needId, other]));
    for (const excluded of [hbo, draft, pending, late]) expect(ids).not.toContain(excluded);
    const mine = result.data!.recommendedNeeds.find((m) => m.internshipNeed.id === needId)!;
    expect(mine.explanation.matchedSkills).toContainEqual({
      importance: 'MUST_HAVE',
      skill: { code: a.code },
    });
    // MBO 2 is two steps from MBO 4: the family fits, the level scores 0.
    const second = result.data!.recommendedNeeds.find((m) => m.internshipNeed.id === other)!;
    expect(second.explanation.components.level).toBe(0);
  });

  it('should recommend companies and challenges for a minor, and minors for a challenge', async () => {
    const university = await organisationFactory(t.dataSource, {
      kind: OrganisationKind.SCHOOL_HBO,
      municipalityCode: 'GM0358',
    });
    const minor = await minorFactory(t.dataSource, university);
    await link('minor_skill', 'minor_id', minor.id, [a, c]);
    const draftMinor = await minorFactory(t.dataSource, university, { status: 'DRAFT' });
    await link('minor_skill', 'minor_id', draftMinor.id, [a, c]);

    const challenge = await challengeFactory(t.dataSource, company);
    await link('challenge_skill', 'challenge_id', challenge, [a]);
    const draftChallenge = await challengeFactory(t.dataSource, company, { status: 'DRAFT' });
    const lateChallenge = await challengeFactory(t.dataSource, company, {
      startDate: '2027-09-01',
      endDate: '2027-12-31',
    });
    const municipality = await organisationFactory(t.dataSource, {
      kind: OrganisationKind.MUNICIPALITY,
    });
    const publicChallenge = await challengeFactory(t.dataSource, municipality);
    for (const id of [draftChallenge, lateChallenge, publicChallenge])
      await link('challenge_skill', 'challenge_id', id, [a]);
    // Companies whose only listing with a is a draft, or that wait for approval.
    const quiet = await organisationFactory(t.dataSource);
    await needSkills(await needFactory(t.dataSource, quiet, { status: 'DRAFT' }), [
      [a, 'MUST_HAVE'],
    ]);
    const pending = await organisationFactory(t.dataSource, {
      status: OrganisationStatus.PENDING,
    });
    await needSkills(await needFactory(t.dataSource, pending), [[a, 'MUST_HAVE']]);

    const companies = await t.gql<{
      recommendedCompaniesForMinor: (Match & { organisation: { id: string } })[];
    }>(COMPANIES, { minorId: minor.id }, { token: outsiderToken });
    expect(companies.errors).toBeUndefined();
    const companyIds = companies.data!.recommendedCompaniesForMinor.map((m) => m.organisation.id);
    expect(companyIds).toContain(company.id);
    for (const excluded of [quiet.id, pending.id, municipality.id])
      expect(companyIds).not.toContain(excluded);
    const ours = companies.data!.recommendedCompaniesForMinor.find(
      (m) => m.organisation.id === company.id,
    )!;
    // The company asks a, b (its need, must-have) and c (nice-to-have); the minor has a and c.
    expect(codes(ours.explanation.matchedSkills)).toEqual([a.code, c.code].sort());
    expect(ours.explanation.missingSkills).toEqual([
      { importance: 'MUST_HAVE', skill: { code: b.code } },
    ]);
    expect(ours.explanation.components.period).toBeNull();
    expect(ours.explanation.components.level).toBeNull();

    const challenges = await t.gql<{
      recommendedChallengesForMinor: (Match & { challenge: { id: string } })[];
    }>(CHALLENGES, { minorId: minor.id }, { token: outsiderToken });
    expect(challenges.errors).toBeUndefined();
    const challengeIds = challenges.data!.recommendedChallengesForMinor.map((m) => m.challenge.id);
    expect(challengeIds).toEqual(expect.arrayContaining([challenge, publicChallenge]));
    for (const excluded of [draftChallenge, lateChallenge])
      expect(challengeIds).not.toContain(excluded);
    const ourChallenge = challenges.data!.recommendedChallengesForMinor.find(
      (m) => m.challenge.id === challenge,
    )!;
    // Challenges do not rank their skills.
    expect(ourChallenge.explanation.matchedSkills).toEqual([
      { importance: null, skill: { code: a.code } },
    ]);

    const minors = await t.gql<{
      recommendedMinorsForChallenge: (Match & { minor: { id: string } })[];
    }>(MINORS, { challengeId: challenge }, { token: outsiderToken });
    expect(minors.errors).toBeUndefined();
    const minorIds = minors.data!.recommendedMinorsForChallenge.map((m) => m.minor.id);
    expect(minorIds).toContain(minor.id);
    expect(minorIds).not.toContain(draftMinor.id);
  });

  it('should show recommendations for a draft only to its own organisation and coordinators', async () => {
    const draft = await needFactory(t.dataSource, company, { status: 'DRAFT' });
    await needSkills(draft, [[a, 'MUST_HAVE']]);
    const own = await t.gql<{ recommendedCohorts: { cohort: { id: string } }[] }>(
      COHORTS,
      { needId: draft },
      { token: companyToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.recommendedCohorts.map((m) => m.cohort.id)).toContain(cohorts['best']);
    const coordinator = await t.gql(COHORTS, { needId: draft }, { token: coordinatorToken });
    expect(coordinator.errors).toBeUndefined();
    expect(errorCode(await t.gql(COHORTS, { needId: draft }, { token: outsiderToken }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await t.gql(COHORTS, { needId: 'not-a-uuid' }, { token: outsiderToken })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(COHORTS, { needId: draft }))).toBe('UNAUTHENTICATED');
  });

  it('should take 1 to 50 recommendations', async () => {
    for (const take of [0, 51]) {
      expect(errorCode(await t.gql(COHORTS, { needId, take }, { token: outsiderToken }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    const one = await t.gql<{ recommendedCohorts: { cohort: { id: string } }[] }>(
      COHORTS,
      { needId, take: 1 },
      { token: outsiderToken },
    );
    expect(one.data!.recommendedCohorts.map((m) => m.cohort.id)).toEqual([cohorts['best']]);
  });

  it('should cost a fixed number of statements whatever take is, nested fields included', async () => {
    const nested = `query($needId: ID!, $take: Int) { recommendedCohorts(needId: $needId, take: $take) {
      score cohort { id organisation { name municipality { name } } municipality { name } skills { code } }
      ${EXPLANATION} } }`;
    const statements = async (take: number) => {
      const result = await t.gql<{ recommendedCohorts: unknown[] }>(
        nested,
        { needId, take },
        { token: outsiderToken },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.recommendedCohorts).toHaveLength(take);
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    const small = await statements(1);
    const large = await statements(3);
    expect(large).toBe(small);
    // session (1), rate limit (1), the need, its skills, the candidates (3), organisations,
    // municipalities, cohort skills, explanation skills (4).
    expect(large).toBeLessThanOrEqual(9);
  });
});
