import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveRound, verifyRound } from '@knooppunt/matching';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  OrganisationKind,
  organisationFactory,
  PlatformRole,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const ENV = { JOBS_POLL_INTERVAL_MS: '100' };

const ROUND_FIELDS = `id name policy status stage progress error runCount stale needCount cohortCount
  pairCount assignedCount totalScore weights { skills level period reach theme } needFilter cohortFilter`;
const CREATE = `mutation($input: CreateMatchingRoundInput!) { createMatchingRound(input: $input) { ${ROUND_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMatchingRoundInput!) { updateMatchingRound(input: $input) { id stale weights { skills } } }`;
const RUN = `mutation($input: IdInput!) { runMatchingRound(input: $input) { id status stage progress runCount } }`;
const PUBLISH = `mutation($input: IdInput!) { publishMatchingRound(input: $input) { id status } }`;
const CANCEL = `mutation($input: IdInput!) { cancelMatchingRound(input: $input) { id status } }`;
const PIN = `mutation($input: PinMatchingPairInput!) { pinMatchingPair(input: $input) { id stale rules { kind count need { id } cohort { id } } } }`;
const FORBID = `mutation($input: MatchingPairInput!) { forbidMatchingPair(input: $input) { id stale rules { kind need { id } cohort { id } } } }`;
const CLEAR = `mutation($input: MatchingPairInput!) { clearMatchingPair(input: $input) { id rules { kind } } }`;
const ROUND = `query($id: ID!) { matchingRound(id: $id) { ${ROUND_FIELDS}
  organisations { side pairs assigned unassigned organisation { id } }
  assignments(take: 100) { totalCount items { need { id } cohort { id } company { id } school { id } count pinnedCount score explanation } }
  unassigned(take: 100) { totalCount items { side need { id } cohort { id } organisation { id } count reason } } } }`;
const DOCUMENT = `query($id: ID!) { matchingRoundDocument(id: $id) }`;
const INTRO_FIELDS = `id roundId status count score companyAnswer companyMessage schoolAnswer schoolMessage
  need { id } cohort { id } company { id } school { id } placement { id count }`;
const MY_INTRODUCTIONS = `query($organisationId: ID!, $status: IntroductionStatus) {
  myIntroductions(organisationId: $organisationId, status: $status) { totalCount items { ${INTRO_FIELDS} } } }`;
const INTRODUCTION = `query($id: ID!) { introduction(id: $id) { ${INTRO_FIELDS} } }`;
const answer = (name: string) =>
  `mutation($input: IntroductionResponseInput!) { ${name}(input: $input) { ${INTRO_FIELDS} } }`;

interface Round {
  id: string;
  status: string;
  stage: string | null;
  progress: number;
  error: string | null;
  runCount: number;
  stale: boolean;
  needCount: number;
  cohortCount: number;
  pairCount: number;
  assignedCount: number;
  totalScore: number;
  weights: Record<string, number>;
  organisations: { side: string; pairs: number; assigned: number; unassigned: number }[];
  assignments: {
    totalCount: number;
    items: {
      need: { id: string };
      cohort: { id: string };
      company: { id: string };
      school: { id: string };
      count: number;
      pinnedCount: number;
      score: number;
      explanation: { components: Record<string, number | null> };
    }[];
  };
  unassigned: {
    totalCount: number;
    items: {
      side: string;
      need: { id: string } | null;
      cohort: { id: string } | null;
      count: number;
      reason: string;
    }[];
  };
}

interface Intro {
  id: string;
  status: string;
  count: number;
  companyAnswer: string;
  schoolAnswer: string;
  schoolMessage: string | null;
  need: { id: string };
  cohort: { id: string };
  placement: { id: string; count: number } | null;
}

interface RoundDoc {
  policy: string;
  demands: { id: string; capacity: number }[];
  supplies: { id: string; capacity: number }[];
  pairs: { demand: string; supply: string; score: number; demandPref?: number }[];
  result: { assignments: { demand: string; supply: string; count: number }[]; totalScore: number };
  pinned: { demand: string; supply: string; count: number }[];
  forbidden: { demand: string; supply: string }[];
  explanations: unknown[];
}

describe('matching rounds', () => {
  let t: TestApp;
  let sessions: SessionsService;
  let coordinator: string;
  let year = 2040;
  beforeAll(async () => {
    t = await bootTestApp(ENV);
    sessions = t.app.get(SessionsService);
    const user = await userFactory(t.dataSource, { platformRole: PlatformRole.COORDINATOR });
    coordinator = await sessionFactory(t.dataSource, sessions, user);
    // Jobs other suites left queued would run (and audit) during the first cases: wait them out.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM job WHERE status IN ('QUEUED', 'RUNNING')`,
      );
      if (n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(() => t.close());

  const auditCount = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM audit_log'))[0].c);

  const party = async (kind: OrganisationKind) => {
    const organisation = await organisationFactory(t.dataSource, { kind });
    const admin = await userFactory(t.dataSource);
    await membershipFactory(t.dataSource, admin, organisation, MembershipRole.ORGANISATION_ADMIN);
    return { organisation, admin, token: await sessionFactory(t.dataSource, sessions, admin) };
  };

  /** Each case lives in its own year, so its period filter sees only its own listings. */
  const period = () => {
    year += 1;
    return {
      start: `${year}-02-01`,
      end: `${year}-06-30`,
      filter: { periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` },
    };
  };

  const need = async (
    company: OrganisationEntity,
    p: { start: string; end: string },
    places: number,
    overrides: { levels?: string[]; municipality?: string; title?: string } = {},
  ): Promise<string> =>
    (
      await t.dataSource.query(
        `INSERT INTO internship_need (organisation_id, title, field_of_study, levels, start_date, end_date,
           hours_per_week, places, site_municipality_code, status)
         VALUES ($1, $2, 'Techniek', $3::education_level[], $4, $5, 32, $6, $7, 'OPEN') RETURNING id`,
        [
          company.id,
          overrides.title ?? unique('Stage'),
          overrides.levels ?? ['MBO_4'],
          p.start,
          p.end,
          places,
          overrides.municipality ?? 'GM0362',
        ],
      )
    )[0].id;

  const cohort = async (
    school: OrganisationEntity,
    p: { start: string; end: string },
    students: number,
    overrides: { level?: string; municipality?: string } = {},
  ): Promise<string> =>
    (
      await t.dataSource.query(
        `INSERT INTO cohort (organisation_id, programme_name, programme_code, level, students, start_date, end_date,
           municipality_code, status)
         VALUES ($1, $2, '25183', $3, $4, $5, $6, $7, 'OPEN') RETURNING id`,
        [
          school.id,
          unique('Opleiding'),
          overrides.level ?? 'MBO_4',
          students,
          p.start,
          p.end,
          overrides.municipality ?? 'GM0362',
        ],
      )
    )[0].id;

  /** Links skills so that scores differ between pairs. */
  const skills = async (needId: string, cohortIds: string[], offset: number) => {
    const rows: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM skill ORDER BY code LIMIT 3 OFFSET $1',
      [offset],
    );
    await t.dataSource.query(
      `INSERT INTO internship_need_skill (need_id, skill_id, importance)
       SELECT $1, unnest($2::uuid[]), 'MUST_HAVE'`,
      [needId, rows.map((r) => r.id)],
    );
    for (const [i, id] of cohortIds.entries()) {
      await t.dataSource.query(
        'INSERT INTO cohort_skill (cohort_id, skill_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
        [id, rows.slice(0, i + 1).map((r) => r.id)],
      );
    }
  };

  const create = async (input: Record<string, unknown>): Promise<string> => {
    const result = await t.gql<{ createMatchingRound: { id: string } }>(
      CREATE,
      { input },
      { token: coordinator },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createMatchingRound.id;
  };

  const round = async (id: string, app = t): Promise<Round> => {
    const result = await app.gql<{ matchingRound: Round }>(ROUND, { id }, { token: coordinator });
    expect(result.errors).toBeUndefined();
    return result.data!.matchingRound;
  };

  const settle = async (id: string, app = t): Promise<Round> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const current = await round(id, app);
      if (current.status !== 'RUNNING') return current;
      if (Date.now() > deadline) throw new Error(`Round ${id} still ${current.stage}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const runToReview = async (id: string): Promise<Round> => {
    const ran = await t.gql<{ runMatchingRound: { status: string; stage: string } }>(
      RUN,
      { input: { id } },
      { token: coordinator },
    );
    expect(ran.errors).toBeUndefined();
    expect(ran.data!.runMatchingRound).toMatchObject({ status: 'RUNNING', stage: 'QUEUED' });
    const done = await settle(id);
    expect(done).toMatchObject({ status: 'REVIEW', stage: 'DONE', progress: 100, error: null });
    return done;
  };

  const documentOf = async (id: string): Promise<RoundDoc> => {
    const result = await t.gql<{ matchingRoundDocument: RoundDoc }>(
      DOCUMENT,
      { id },
      { token: coordinator },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.matchingRoundDocument;
  };

  /** Two companies, two schools; needs and cohorts with different skills, one HBO cohort. */
  const region = async () => {
    const p = period();
    const companyA = await party(OrganisationKind.COMPANY);
    const companyB = await party(OrganisationKind.COMPANY);
    const schoolA = await party(OrganisationKind.SCHOOL_MBO);
    const schoolB = await party(OrganisationKind.SCHOOL_MBO);
    const needs = [
      await need(companyA.organisation, p, 3),
      await need(companyA.organisation, p, 2, { municipality: 'GM0358' }),
      await need(companyB.organisation, p, 4, { municipality: 'GM0451' }),
    ];
    const cohorts = [
      await cohort(schoolA.organisation, p, 4),
      await cohort(schoolA.organisation, p, 2, { municipality: 'GM0384' }),
      await cohort(schoolB.organisation, p, 3, { municipality: 'GM0451' }),
      // HBO students fit none of the MBO needs: no admissible pair.
      await cohort(schoolB.organisation, p, 5, { level: 'HBO_BACHELOR' }),
    ];
    await skills(needs[0], [cohorts[0], cohorts[1], cohorts[2]], 0);
    await skills(needs[1], [cohorts[2], cohorts[0]], 3);
    await skills(needs[2], [cohorts[1]], 6);
    return {
      p,
      companyA,
      companyB,
      schoolA,
      schoolB,
      needs,
      cohorts,
      filters: { needFilter: p.filter, cohortFilter: p.filter },
    };
  };

  it('should refuse a bad set-up and non-coordinators, changing nothing, and default the weights', async () => {
    const company = await party(OrganisationKind.COMPANY);
    const before = await auditCount();
    const input = { name: 'Voorjaar', policy: 'OPTIMAL' };
    expect(errorCode(await t.gql(CREATE, { input }, { token: company.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    const bad = [
      { ...input, name: 'x' },
      { ...input, weights: { skills: 1.5 } },
      { ...input, weights: { skills: 0, level: 0, period: 0, reach: 0, theme: 0 } },
      { ...input, needFilter: { status: 'DRAFT' } },
      { ...input, cohortFilter: { municipalityCode: 'Amstelveen' } },
    ];
    for (const variant of bad) {
      const result = await t.gql(CREATE, { input: variant }, { token: coordinator });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
    expect(await auditCount()).toBe(before);

    const created = await t.gql<{ createMatchingRound: Round & { needFilter: unknown } }>(
      CREATE,
      { input: { ...input, weights: { skills: 0.6 }, needFilter: { municipalityCode: 'GM0362' } } },
      { token: coordinator },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMatchingRound).toMatchObject({
      status: 'DRAFT',
      policy: 'OPTIMAL',
      runCount: 0,
      progress: 0,
      weights: { skills: 0.6, level: 0.15, period: 0.15, reach: 0.15, theme: 0.15 },
      needFilter: { municipalityCode: 'GM0362' },
    });
    expect(await auditCount()).toBe(before + 1);
    const id = created.data!.createMatchingRound.id;
    // Nothing to export or publish before a run.
    expect(errorCode(await t.gql(DOCUMENT, { id }, { token: coordinator }))).toBe('CONFLICT');
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, { token: coordinator }))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(
        await t.gql(ROUND, { id: '00000000-0000-4000-8000-000000000000' }, { token: coordinator }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('should run an optimal round in the background to REVIEW, equal to the engine on the exported document', async () => {
    const r = await region();
    const id = await create({ name: 'Optimaal voorjaar', policy: 'OPTIMAL', ...r.filters });
    const done = await runToReview(id);
    expect(done).toMatchObject({ runCount: 1, needCount: 3, cohortCount: 4, stale: false });

    const doc = await documentOf(id);
    expect(doc.policy).toBe('optimal');
    expect(doc.demands.map((d) => d.id).sort()).toEqual([...r.needs].sort());
    expect(doc.supplies.map((s) => s.id).sort()).toEqual([...r.cohorts].sort());
    // The stored result is the engine's exact optimum of the exported input.
    const solved = solveRound(doc);
    expect(doc.result.totalScore).toBeCloseTo(solved.totalScore, 9);
    expect(done.totalScore).toBeCloseTo(solved.totalScore, 9);
    const report = verifyRound(doc, { requireSolverResult: true });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    // And the command-line verifier an auditor runs accepts the export as it is (exit 0).
    const file = join(mkdtempSync(join(tmpdir(), 'round-')), 'round.json');
    writeFileSync(file, JSON.stringify(doc));
    const printed = execFileSync(
      'npm',
      ['run', '--silent', 'match', '--', 'verify', file, '--strict'],
      {
        cwd: join(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(printed).toContain('the stored result verifies');

    // The draft: capacities respected, every student assigned counted once.
    const assigned = done.assignments.items.reduce((sum, a) => sum + a.count, 0);
    expect(assigned).toBe(done.assignedCount);
    expect(done.assignments.totalCount).toBe(doc.result.assignments.length);
    for (const a of done.assignments.items) {
      expect(a.explanation.components).toHaveProperty('skills');
      expect(a.company.id).toBeDefined();
    }
    const hbo = done.unassigned.items.find((u) => u.cohort?.id === r.cohorts[3]);
    expect(hbo).toMatchObject({ side: 'COHORT', count: 5, reason: 'NO_ADMISSIBLE_PAIR' });
    // Places (9) exceed admissible students (9) only by what the pairs allow: the totals add up.
    const places = 3 + 2 + 4;
    const needLeft = done.unassigned.items
      .filter((u) => u.side === 'NEED')
      .reduce((sum, u) => sum + u.count, 0);
    expect(assigned + needLeft).toBe(places);
    // Per organisation: every organisation with an assignment or a leftover appears.
    const companies = done.organisations.filter((o) => o.side === 'NEED');
    expect(companies.reduce((sum, o) => sum + o.assigned, 0)).toBe(assigned);
    const orgFilter = await t.gql<{
      matchingRound: { assignments: { items: { company: { id: string } }[] } };
    }>(
      `query($id: ID!, $org: ID) { matchingRound(id: $id) { assignments(organisationId: $org) { items { company { id } } } } }`,
      { id, org: r.companyB.organisation.id },
      { token: coordinator },
    );
    for (const a of orgFilter.data!.matchingRound.assignments.items)
      expect(a.company.id).toBe(r.companyB.organisation.id);
  });

  it('should run a stable round without blocking pairs', async () => {
    const r = await region();
    const id = await create({ name: 'Stabiel voorjaar', policy: 'STABLE', ...r.filters });
    await runToReview(id);
    const doc = await documentOf(id);
    expect(doc.policy).toBe('stable');
    expect(doc.pairs.every((p) => p.demandPref === p.score)).toBe(true);
    const report = verifyRound(doc, { requireSolverResult: true });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('should respect pins and forbids after a re-run, and refuse to publish a stale draft', async () => {
    const r = await region();
    const id = await create({ name: 'Met spelden', policy: 'OPTIMAL', ...r.filters });
    const first = await runToReview(id);
    const best = first.assignments.items[0];
    const assignedPairs = new Set(
      first.assignments.items.map((a) => `${a.need.id}|${a.cohort.id}`),
    );
    // An admissible pair the optimum left out, to pin.
    const doc = await documentOf(id);
    const unpicked = doc.pairs.find(
      (p) =>
        !assignedPairs.has(`${p.demand}|${p.supply}`) &&
        !(p.demand === best.need.id && p.supply === best.cohort.id),
    );
    expect(unpicked).toBeDefined();

    const before = await auditCount();
    const forbid = await t.gql<{ forbidMatchingPair: { stale: boolean } }>(
      FORBID,
      { input: { roundId: id, needId: best.need.id, cohortId: best.cohort.id } },
      { token: coordinator },
    );
    expect(forbid.errors).toBeUndefined();
    expect(forbid.data!.forbidMatchingPair.stale).toBe(true);
    const pin = await t.gql<{
      pinMatchingPair: { rules: { kind: string; count: number | null }[] };
    }>(
      PIN,
      { input: { roundId: id, needId: unpicked!.demand, cohortId: unpicked!.supply, count: 1 } },
      { token: coordinator },
    );
    expect(pin.errors).toBeUndefined();
    expect(pin.data!.pinMatchingPair.rules.map((rule) => rule.kind).sort()).toEqual([
      'FORBID',
      'PIN',
    ]);
    // An inadmissible pin (HBO cohort) and a company are refused, changing nothing.
    const audited = await auditCount();
    expect(audited).toBe(before + 2);
    expect(
      errorCode(
        await t.gql(
          PIN,
          { input: { roundId: id, needId: r.needs[0], cohortId: r.cohorts[3], count: 1 } },
          { token: coordinator },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await t.gql(
          FORBID,
          { input: { roundId: id, needId: r.needs[0], cohortId: r.cohorts[0] } },
          { token: r.companyA.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, { token: coordinator }))).toBe(
      'CONFLICT',
    );
    expect(await auditCount()).toBe(audited);

    const second = await runToReview(id);
    expect(second.runCount).toBe(2);
    const pairs = new Map(second.assignments.items.map((a) => [`${a.need.id}|${a.cohort.id}`, a]));
    expect(pairs.has(`${best.need.id}|${best.cohort.id}`)).toBe(false);
    const pinned = pairs.get(`${unpicked!.demand}|${unpicked!.supply}`);
    expect(pinned?.pinnedCount).toBe(1);
    expect(pinned!.count).toBeGreaterThanOrEqual(1);
    const redoc = await documentOf(id);
    expect(redoc.forbidden).toEqual([{ demand: best.need.id, supply: best.cohort.id }]);
    expect(redoc.pairs.some((p) => p.demand === best.need.id && p.supply === best.cohort.id)).toBe(
      false,
    );
    expect(redoc.pinned).toEqual([
      expect.objectContaining({ demand: unpicked!.demand, supply: unpicked!.supply, count: 1 }),
    ]);
    expect(verifyRound(redoc, { requireSolverResult: true }).ok).toBe(true);
    // The draft is the solver's result plus the pinned students.
    const solverTotal = solveRound(redoc).totalScore;
    expect(second.totalScore).toBeCloseTo(solverTotal + unpicked!.score, 9);

    const cleared = await t.gql<{ clearMatchingPair: { rules: unknown[] } }>(
      CLEAR,
      { input: { roundId: id, needId: best.need.id, cohortId: best.cohort.id } },
      { token: coordinator },
    );
    expect(cleared.data!.clearMatchingPair.rules).toHaveLength(1);
    const changed = await t.gql<{
      updateMatchingRound: { stale: boolean; weights: { skills: number } };
    }>(UPDATE, { input: { id, weights: { skills: 0.8 } } }, { token: coordinator });
    expect(changed.data!.updateMatchingRound).toMatchObject({
      stale: true,
      weights: { skills: 0.8 },
    });
    expect(
      errorCode(await t.gql(CANCEL, { input: { id } }, { token: coordinator })),
    ).toBeUndefined();
    expect(errorCode(await t.gql(RUN, { input: { id } }, { token: coordinator }))).toBe('CONFLICT');
  });

  it('should fail a run whose pins do not fit, with the reason', async () => {
    const p = period();
    const company = await party(OrganisationKind.COMPANY);
    const school = await party(OrganisationKind.SCHOOL_MBO);
    const needId = await need(company.organisation, p, 1);
    const cohortId = await cohort(school.organisation, p, 5);
    const id = await create({
      name: 'Te veel',
      policy: 'OPTIMAL',
      needFilter: p.filter,
      cohortFilter: p.filter,
    });
    await t.gql(
      PIN,
      { input: { roundId: id, needId, cohortId, count: 3 } },
      { token: coordinator },
    );
    await t.gql(RUN, { input: { id } }, { token: coordinator });
    const failed = await settle(id);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/exceed/);
  });

  it('should publish introductions to both organisations, mail their admins, and turn accepted ones into placements', async () => {
    const r = await region();
    const id = await create({ name: 'Publiceren', policy: 'OPTIMAL', ...r.filters });
    const done = await runToReview(id);
    const published = await t.gql<{ publishMatchingRound: { status: string } }>(
      PUBLISH,
      { input: { id } },
      { token: coordinator },
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishMatchingRound.status).toBe('PUBLISHED');
    expect(errorCode(await t.gql(PUBLISH, { input: { id } }, { token: coordinator }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await t.gql(RUN, { input: { id } }, { token: coordinator }))).toBe('CONFLICT');
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM introduction WHERE round_id = $1',
      [id],
    );
    expect(n).toBe(done.assignments.totalCount);
    for (const who of [r.companyA, r.schoolA]) {
      const mails = await t.mailsTo(who.admin.email);
      expect(mails[0].subject).toContain('introducties');
      expect(mails[0].body).toContain(who.organisation.name);
    }

    // The company's inbox; another organisation's inbox is refused.
    const inbox = await t.gql<{ myIntroductions: { totalCount: number; items: Intro[] } }>(
      MY_INTRODUCTIONS,
      { organisationId: r.companyA.organisation.id, status: 'PROPOSED' },
      { token: r.companyA.token },
    );
    expect(inbox.errors).toBeUndefined();
    const mine = inbox.data!.myIntroductions.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(
      errorCode(
        await t.gql(
          MY_INTRODUCTIONS,
          { organisationId: r.companyB.organisation.id },
          { token: r.companyA.token },
        ),
      ),
    ).toBe('FORBIDDEN');

    const intro = mine[0];
    const schoolOf = (cohortId: string) =>
      r.cohorts.indexOf(cohortId) < 2 ? r.schoolA : r.schoolB;
    const school = schoolOf(intro.cohort.id);
    // Outsiders (even coordinators) do not see it.
    for (const token of [r.companyB.token, coordinator]) {
      expect(errorCode(await t.gql(INTRODUCTION, { id: intro.id }, { token }))).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(answer('acceptIntroduction'), { input: { id: intro.id } }, { token }),
        ),
      ).toBe('NOT_FOUND');
    }
    const placedOf = async () => ({
      need: (
        await t.dataSource.query('SELECT placed FROM internship_need WHERE id = $1', [
          intro.need.id,
        ])
      )[0].placed,
      cohort: (
        await t.dataSource.query('SELECT placed FROM cohort WHERE id = $1', [intro.cohort.id])
      )[0].placed,
    });
    const before = await placedOf();
    const companyAccepts = await t.gql<{ acceptIntroduction: Intro }>(
      answer('acceptIntroduction'),
      { input: { id: intro.id, message: 'Welkom!' } },
      { token: r.companyA.token },
    );
    expect(companyAccepts.data!.acceptIntroduction).toMatchObject({
      status: 'PROPOSED',
      companyAnswer: 'ACCEPTED',
      schoolAnswer: 'PENDING',
      placement: null,
    });
    expect((await t.mailsTo(school.admin.email))[0].subject).toContain('geaccepteerd');
    // Answered once per side.
    expect(
      errorCode(
        await t.gql(
          answer('declineIntroduction'),
          { input: { id: intro.id } },
          { token: r.companyA.token },
        ),
      ),
    ).toBe('CONFLICT');
    const schoolAccepts = await t.gql<{ acceptIntroduction: Intro }>(
      answer('acceptIntroduction'),
      { input: { id: intro.id, message: 'Wij ook.' } },
      { token: school.token },
    );
    expect(schoolAccepts.errors).toBeUndefined();
    expect(schoolAccepts.data!.acceptIntroduction).toMatchObject({
      status: 'ACCEPTED',
      schoolAnswer: 'ACCEPTED',
      schoolMessage: 'Wij ook.',
      placement: { count: intro.count },
    });
    expect(await placedOf()).toEqual({
      need: before.need + intro.count,
      cohort: before.cohort + intro.count,
    });
    expect((await t.mailsTo(r.companyA.admin.email))[0].body).toContain('bevestigd');

    // A decline by either side ends another introduction.
    const other =
      mine[1] ??
      (
        await t.gql<{ myIntroductions: { items: Intro[] } }>(
          MY_INTRODUCTIONS,
          { organisationId: r.companyB.organisation.id, status: 'PROPOSED' },
          { token: r.companyB.token },
        )
      ).data!.myIntroductions.items[0];
    const otherSchool = schoolOf(other.cohort.id);
    const declined = await t.gql<{ declineIntroduction: Intro }>(
      answer('declineIntroduction'),
      { input: { id: other.id, message: 'Geen begeleiding beschikbaar.' } },
      { token: otherSchool.token },
    );
    expect(declined.data!.declineIntroduction).toMatchObject({
      status: 'DECLINED',
      schoolAnswer: 'DECLINED',
    });
    const beforeRefusal = await auditCount();
    expect(
      errorCode(
        await t.gql(
          answer('acceptIntroduction'),
          { input: { id: other.id } },
          { token: otherSchool.token },
        ),
      ),
    ).toBe('CONFLICT');
    expect(await auditCount()).toBe(beforeRefusal);

    // A new round sees the placement: the need's capacity is what is left.
    const next = await create({ name: 'Tweede ronde', policy: 'OPTIMAL', ...r.filters });
    await runToReview(next);
    const nextDoc = await documentOf(next);
    const places = { [r.needs[0]]: 3, [r.needs[1]]: 2, [r.needs[2]]: 4 };
    const demand = nextDoc.demands.find((d) => d.id === intro.need.id);
    const left = places[intro.need.id] - intro.count;
    if (left > 0) expect(demand?.capacity).toBe(left);
    else expect(demand).toBeUndefined();
  });

  describe('concurrent acceptances', () => {
    /** A published round with `n` introductions of one student each, the other side already agreed. */
    const contested = async (n: number, shared: 'need' | 'cohort', capacity: number) => {
      const p = period();
      const company = await party(OrganisationKind.COMPANY);
      const school = await party(OrganisationKind.SCHOOL_MBO);
      const second = await userFactory(t.dataSource);
      const answering = shared === 'need' ? company : school;
      await membershipFactory(t.dataSource, second, answering.organisation, MembershipRole.MEMBER);
      const secondToken = await sessionFactory(t.dataSource, sessions, second);
      const needIds =
        shared === 'need'
          ? [await need(company.organisation, p, capacity)]
          : await Promise.all(Array.from({ length: n }, () => need(company.organisation, p, 5)));
      const cohortIds =
        shared === 'cohort'
          ? [await cohort(school.organisation, p, capacity)]
          : await Promise.all(Array.from({ length: n }, () => cohort(school.organisation, p, 5)));
      const [{ id: roundId }] = await t.dataSource.query(
        `INSERT INTO matching_round (name, policy, weights, status) VALUES ('Race', 'OPTIMAL', '{}', 'PUBLISHED') RETURNING id`,
      );
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const [row] = await t.dataSource.query(
          `INSERT INTO introduction (round_id, need_id, cohort_id, company_organisation_id, school_organisation_id,
             count, score, company_answer, school_answer)
           VALUES ($1, $2, $3, $4, $5, 1, 0.5, $6, $7) RETURNING id`,
          [
            roundId,
            needIds[shared === 'need' ? 0 : i],
            cohortIds[shared === 'cohort' ? 0 : i],
            company.organisation.id,
            school.organisation.id,
            shared === 'need' ? 'PENDING' : 'ACCEPTED',
            shared === 'need' ? 'ACCEPTED' : 'PENDING',
          ],
        );
        ids.push(row.id);
      }
      return { ids, tokens: [answering.token, secondToken], needIds, cohortIds };
    };

    it.each([
      ['need', 2],
      ['cohort', 3],
    ] as const)(
      'should never place more than the %s holds when acceptances race',
      async (shared, capacity) => {
        const { ids, tokens, needIds, cohortIds } = await contested(7, shared, capacity);
        const results = await Promise.all(
          ids.map((id, i) =>
            t.gql(answer('acceptIntroduction'), { input: { id } }, { token: tokens[i % 2] }),
          ),
        );
        const codes = results.map((result) => errorCode(result) ?? 'OK');
        expect(codes.filter((c) => c === 'OK')).toHaveLength(capacity);
        expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(7 - capacity);
        const table = shared === 'need' ? 'internship_need' : 'cohort';
        const [{ placed }] = await t.dataSource.query(`SELECT placed FROM ${table} WHERE id = $1`, [
          shared === 'need' ? needIds[0] : cohortIds[0],
        ]);
        expect(placed).toBe(capacity);
        const [{ accepted, placements }] = await t.dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
                  (SELECT count(*)::int FROM placement WHERE introduction_id = ANY($1)) AS placements
             FROM introduction WHERE id = ANY($1)`,
          [ids],
        );
        expect({ accepted, placements }).toEqual({ accepted: capacity, placements: capacity });
      },
    );
  });

  it('should finish a round queued before a restart, and one whose worker died, after the restart', async () => {
    const r = await region();
    await t.close();
    // This process only queues: the job waits in the table.
    t = await bootTestApp({ ...ENV, JOBS_WORKER: 'off' });
    const queued = await create({ name: 'Voor de herstart', policy: 'OPTIMAL', ...r.filters });
    const crashed = await create({ name: 'Werker viel om', policy: 'STABLE', ...r.filters });
    for (const id of [queued, crashed]) {
      const ran = await t.gql(RUN, { input: { id } }, { token: coordinator });
      expect(ran.errors).toBeUndefined();
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await round(queued)).toMatchObject({ status: 'RUNNING', stage: 'QUEUED' });
    // As if a worker had claimed the second job and then died without a heartbeat.
    await t.dataSource.query(
      `UPDATE job SET status = 'RUNNING', attempts = 1, locked_by = 'gone', heartbeat_at = now() - interval '5 minutes'
        WHERE payload->>'roundId' = $1`,
      [crashed],
    );
    await t.dataSource.query(
      `UPDATE matching_round SET stage = 'SCORING', progress = 40 WHERE id = $1`,
      [crashed],
    );
    await t.close();

    t = await bootTestApp(ENV);
    for (const id of [queued, crashed]) {
      const done = await settle(id);
      expect(done).toMatchObject({ status: 'REVIEW', progress: 100 });
      expect(verifyRound(await documentOf(id)).ok).toBe(true);
    }
    const jobs: { status: string; attempts: number }[] = await t.dataSource.query(
      `SELECT status, attempts FROM job WHERE payload->>'roundId' = ANY($1) ORDER BY attempts`,
      [[queued, crashed]],
    );
    expect(jobs).toEqual([
      { status: 'DONE', attempts: 1 },
      { status: 'DONE', attempts: 2 },
    ]);
  });
});
