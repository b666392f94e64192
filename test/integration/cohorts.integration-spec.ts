import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  cohortFactory,
  MembershipRole,
  membershipFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const CREATE = `mutation($input: CreateCohortInput!) {
  createCohort(input: $input) { id status programmeName level students maxTravelMinutes skills { code } municipality { code } organisation { id } } }`;
const LIST = `query($filter: CohortFilter, $take: Int) { cohorts(filter: $filter, take: $take) { totalCount items { id } } }`;

describe('cohorts', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const organisation = async (
    kind = OrganisationKind.SCHOOL_MBO,
    status = OrganisationStatus.ACTIVE,
  ) => {
    const school = await organisationFactory(t.dataSource, {
      kind,
      status,
      municipalityCode: 'GM0394',
    });
    const user = await userFactory(t.dataSource);
    await membershipFactory(t.dataSource, user, school, MembershipRole.MEMBER);
    return { school, token: await sessionFactory(t.dataSource, sessions, user) };
  };
  const input = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    programmeName: 'Medewerker logistiek',
    programmeCode: '25183',
    description: 'Studenten die magazijnen en luchtvracht willen leren kennen.',
    level: 'MBO_3',
    students: 18,
    startDate: '2027-02-01',
    endDate: '2027-06-30',
    municipalityCode: 'GM0394',
    ...extra,
  });
  const count = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM cohort'))[0].c);

  it('should let a school member post a draft cohort with skills, publish and close it', async () => {
    const { school, token } = await organisation();
    const skills = await t.dataSource.query('SELECT id, code FROM skill ORDER BY label_nl LIMIT 2');
    const created = await t.gql<{ createCohort: { id: string } & Record<string, unknown> }>(
      CREATE,
      { input: input(school.id, { skillIds: skills.map((s: { id: string }) => s.id) }) },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCohort).toMatchObject({
      status: 'DRAFT',
      students: 18,
      level: 'MBO_3',
      maxTravelMinutes: 45,
      skills: skills.map((s: { code: string }) => ({ code: s.code })),
      municipality: { code: 'GM0394' },
      organisation: { id: school.id },
    });
    const id = created.data!.createCohort.id;
    const step = (name: string) =>
      t.gql(
        `mutation($input: IdInput!) { ${name}(input: $input) { status } }`,
        { input: { id } },
        { token },
      );
    expect((await step('publishCohort')).data).toEqual({ publishCohort: { status: 'OPEN' } });
    expect((await step('closeCohort')).data).toEqual({ closeCohort: { status: 'CLOSED' } });
    expect(errorCode(await step('publishCohort'))).toBe('CONFLICT');
  });

  it('should refuse cohorts from companies, pending schools and bad input, writing nothing', async () => {
    const company = await organisation(OrganisationKind.COMPANY);
    const pending = await organisation(OrganisationKind.SCHOOL_MBO, OrganisationStatus.PENDING);
    const { school, token } = await organisation();
    const before = await count();
    const byCompany = await t.gql(
      CREATE,
      { input: input(company.school.id) },
      { token: company.token },
    );
    expect(byCompany.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'organisationId',
        messageKey: 'validation.organisationId.notSchool',
      }),
    ]);
    expect(
      errorCode(await t.gql(CREATE, { input: input(pending.school.id) }, { token: pending.token })),
    ).toBe('FORBIDDEN');
    for (const [override, field] of [
      [{ programmeCode: '2518' }, 'programmeCode'],
      [{ students: 0 }, 'students'],
      [{ endDate: '2027-01-01' }, 'endDate'],
      [{ maxTravelMinutes: 500 }, 'maxTravelMinutes'],
    ] as const) {
      const result = await t.gql(CREATE, { input: input(school.id, override) }, { token });
      expect(result.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field })]);
    }
    expect(await count()).toBe(before);
  });

  it('should filter by level, period and text, and keep drafts to the school', async () => {
    const { school, token } = await organisation();
    const stranger = await organisation();
    const tag = unique('cohort');
    const logistics = await cohortFactory(t.dataSource, school, {
      programmeName: `Logistiek ${tag}`,
      description: 'luchtvracht en magazijnen',
      level: 'MBO_3',
    });
    const ict = await cohortFactory(t.dataSource, school, {
      programmeName: `Software developer ${tag}`,
      description: 'web applications and databases',
      level: 'MBO_4',
      startDate: '2027-09-01',
      endDate: '2028-01-31',
    });
    const draft = await cohortFactory(t.dataSource, school, { status: 'DRAFT' });
    const find = async (filter: Record<string, unknown>, as = token) =>
      (
        await t.gql<{ cohorts: { items: { id: string }[] } }>(
          LIST,
          { filter: { organisationId: school.id, ...filter }, take: 100 },
          { token: as },
        )
      )
        .data!.cohorts.items.map((c) => c.id)
        .sort();
    expect(await find({})).toEqual([logistics, ict].sort());
    expect(await find({ level: 'MBO_4' })).toEqual([ict]);
    await t.dataSource.query(
      `UPDATE organisation SET ecosystem = 'BUSINESS_FINANCE_ICT' WHERE id = $1`,
      [school.id],
    );
    expect(await find({ ecosystem: 'BUSINESS_FINANCE_ICT' })).toEqual([logistics, ict].sort());
    expect(await find({ ecosystem: 'LOGISTICS_TRADE' })).toEqual([]);
    expect(await find({ periodFrom: '2027-07-01', periodTo: '2027-09-01' })).toEqual([ict]);
    expect(await find({ search: 'magazijn' })).toEqual([logistics]);
    expect(await find({ search: 'database' })).toEqual([ict]);
    expect(await find({ status: 'DRAFT' })).toEqual([draft]);
    expect(
      errorCode(
        await t.gql(
          LIST,
          { filter: { status: 'DRAFT', organisationId: school.id } },
          { token: stranger.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { cohort(id: $id) { id } }`,
          { id: draft },
          { token: stranger.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('should run a fixed number of SQL statements for a list with nested fields, whatever the page size', async () => {
    const { school, token } = await organisation();
    const skills = await t.dataSource.query('SELECT id FROM skill ORDER BY code LIMIT 4');
    for (let i = 0; i < 30; i += 1) {
      const id = await cohortFactory(t.dataSource, school);
      for (const skill of skills)
        await t.dataSource.query('INSERT INTO cohort_skill (cohort_id, skill_id) VALUES ($1, $2)', [
          id,
          skill.id,
        ]);
    }
    const nested = `query($take: Int, $organisationId: ID) { cohorts(filter: { organisationId: $organisationId }, take: $take) {
      totalCount items { id organisation { name municipality { name } } municipality { name } skills { code labelEn } } } }`;
    const statements = async (take: number) => {
      const result = await t.gql<{ cohorts: { items: { skills: unknown[] }[] } }>(
        nested,
        { take, organisationId: school.id },
        { token },
      );
      expect(result.data!.cohorts.items).toHaveLength(take);
      expect(result.data!.cohorts.items.every((c) => c.skills.length === 4)).toBe(true);
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    const small = await statements(5);
    expect(await statements(30)).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
