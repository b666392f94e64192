import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  needFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const CREATE = `mutation($input: CreateInternshipNeedInput!) {
  createInternshipNeed(input: $input) { id status title levels places monthlyCompensation skills { importance skill { code } } organisation { id } } }`;
const LIST = `query($filter: InternshipNeedFilter, $sort: NeedSort, $skip: Int, $take: Int) {
  internshipNeeds(filter: $filter, sort: $sort, skip: $skip, take: $take) { totalCount items { id title startDate } } }`;

describe('internship needs', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const company = async (status = OrganisationStatus.ACTIVE, kind = OrganisationKind.COMPANY) => {
    const organisation = await organisationFactory(t.dataSource, {
      status,
      kind,
      municipalityCode: 'GM0358',
    });
    const user = await userFactory(t.dataSource);
    await membershipFactory(t.dataSource, user, organisation, MembershipRole.MEMBER);
    return { organisation, user, token: await sessionFactory(t.dataSource, sessions, user) };
  };
  const skillIds = async (codes: string[]) =>
    (await t.dataSource.query('SELECT id, code FROM skill WHERE code = ANY($1) ORDER BY code', [
      codes,
    ])) as {
      id: string;
      code: string;
    }[];
  const input = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    title: 'Stagiair kasklimaat en energie',
    description: 'Je helpt ons de kassen duurzamer te verwarmen met warmtepompen.',
    fieldOfStudy: 'Tuinbouw en techniek',
    levels: ['MBO_4', 'ASSOCIATE_DEGREE'],
    startDate: '2027-02-01',
    endDate: '2027-06-30',
    hoursPerWeek: 32,
    places: 2,
    siteMunicipalityCode: 'GM0358',
    monthlyCompensation: 450,
    themes: ['HORTICULTURE', 'SUSTAINABILITY'],
    ...extra,
  });
  const count = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM internship_need'))[0].c);

  it('should let a member of an active company post a draft with skills, then publish, fill and close it', async () => {
    const { organisation, token } = await company();
    const [first, second] = await skillIds(
      (await t.dataSource.query('SELECT code FROM skill ORDER BY code LIMIT 2')).map(
        (r: { code: string }) => r.code,
      ),
    );
    const created = await t.gql<{
      createInternshipNeed: { id: string; status: string; skills: unknown[] };
    }>(
      CREATE,
      {
        input: input(organisation.id, {
          skills: [
            { skillId: first.id, importance: 'MUST_HAVE' },
            { skillId: second.id, importance: 'NICE_TO_HAVE' },
          ],
        }),
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInternshipNeed).toMatchObject({
      status: 'DRAFT',
      places: 2,
      monthlyCompensation: 450,
      levels: ['MBO_4', 'ASSOCIATE_DEGREE'],
      skills: [
        { importance: 'MUST_HAVE', skill: { code: first.code } },
        { importance: 'NICE_TO_HAVE', skill: { code: second.code } },
      ],
      organisation: { id: organisation.id },
    });
    const id = created.data!.createInternshipNeed.id;
    const step = (name: string) =>
      t.gql<Record<string, { status: string }>>(
        `mutation($input: IdInput!) { ${name}(input: $input) { status } }`,
        { input: { id } },
        { token },
      );
    expect(errorCode(await step('fillInternshipNeed'))).toBe('CONFLICT');
    expect((await step('publishInternshipNeed')).data).toEqual({
      publishInternshipNeed: { status: 'OPEN' },
    });
    expect((await step('fillInternshipNeed')).data).toEqual({
      fillInternshipNeed: { status: 'FILLED' },
    });
    expect((await step('closeInternshipNeed')).data).toEqual({
      closeInternshipNeed: { status: 'CLOSED' },
    });
    expect(errorCode(await step('publishInternshipNeed'))).toBe('CONFLICT');
    const update = await t.gql(
      `mutation($input: UpdateInternshipNeedInput!) { updateInternshipNeed(input: $input) { id } }`,
      { input: { id, places: 5 } },
      { token },
    );
    expect(errorCode(update)).toBe('CONFLICT');
  });

  it("should refuse posting for a pending company, a school, or someone else's company, writing nothing", async () => {
    const pending = await company(OrganisationStatus.PENDING);
    const school = await company(OrganisationStatus.ACTIVE, OrganisationKind.SCHOOL_MBO);
    const other = await company();
    const before = await count();
    expect(
      errorCode(
        await t.gql(CREATE, { input: input(pending.organisation.id) }, { token: pending.token }),
      ),
    ).toBe('FORBIDDEN');
    const bySchool = await t.gql(
      CREATE,
      { input: input(school.organisation.id) },
      { token: school.token },
    );
    expect(bySchool.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'organisationId' }),
    ]);
    expect(
      errorCode(
        await t.gql(CREATE, { input: input(other.organisation.id) }, { token: pending.token }),
      ),
    ).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it.each([
    [{ endDate: '2027-01-31' }, 'endDate', 'validation.period.endBeforeStart'],
    [{ places: 0 }, 'places', 'validation.min'],
    [{ levels: [] }, 'levels', 'validation.arrayMinSize'],
    [
      { siteMunicipalityCode: 'GM0001' },
      'siteMunicipalityCode',
      'validation.municipalityCode.unknown',
    ],
    [
      { skills: [{ skillId: '00000000-0000-4000-8000-000000000000', importance: 'MUST_HAVE' }] },
      'skills',
      'validation.skills.unknown',
    ],
  ])('should refuse %p naming the field, and write nothing', async (override, field, key) => {
    const { organisation, token } = await company();
    const before = await count();
    const result = await t.gql(CREATE, { input: input(organisation.id, override) }, { token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field, messageKey: key }),
    ]);
    expect(await count()).toBe(before);
  });

  it('should keep drafts to the company itself', async () => {
    const own = await company();
    const stranger = await company();
    const draft = await needFactory(t.dataSource, own.organisation, { status: 'DRAFT' });
    const one = `query($id: ID!) { internshipNeed(id: $id) { id status } }`;
    expect((await t.gql(one, { id: draft }, { token: own.token })).errors).toBeUndefined();
    expect(errorCode(await t.gql(one, { id: draft }, { token: stranger.token }))).toBe('NOT_FOUND');
    const drafts = { filter: { status: 'DRAFT', organisationId: own.organisation.id } };
    expect(
      (await t.gql<{ internshipNeeds: { totalCount: number } }>(LIST, drafts, { token: own.token }))
        .data!.internshipNeeds.totalCount,
    ).toBe(1);
    expect(errorCode(await t.gql(LIST, drafts, { token: stranger.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('should filter by level, municipality, theme, skill, ecosystem and period overlap, and search in Dutch and English', async () => {
    const { organisation, token } = await company();
    const tag = unique('filter');
    const ids = {
      kas: await needFactory(t.dataSource, organisation, {
        title: `Kasklimaat ${tag}`,
        description: 'Werken aan duurzame kassen en warmtepompen',
        levels: ['MBO_4'],
        themes: ['HORTICULTURE'],
        startDate: '2027-02-01',
        endDate: '2027-06-30',
      }),
      data: await needFactory(t.dataSource, organisation, {
        title: `Data analyst ${tag}`,
        description: 'Dashboards for warehouse logistics',
        levels: ['HBO_BACHELOR'],
        themes: ['DIGITAL'],
        startDate: '2027-09-01',
        endDate: '2028-01-31',
        municipalityCode: 'GM0394',
      }),
    };
    const [skill] = await skillIds([
      (await t.dataSource.query('SELECT code FROM skill ORDER BY code LIMIT 1'))[0].code,
    ]);
    await t.dataSource.query(
      `INSERT INTO internship_need_skill (need_id, skill_id, importance) VALUES ($1, $2, 'MUST_HAVE')`,
      [ids.data, skill.id],
    );
    const find = async (filter: Record<string, unknown>) =>
      (
        await t.gql<{ internshipNeeds: { items: { id: string }[] } }>(
          LIST,
          { filter: { organisationId: organisation.id, ...filter }, take: 100 },
          { token },
        )
      )
        .data!.internshipNeeds.items.map((i) => i.id)
        .sort();
    expect(await find({})).toEqual([ids.kas, ids.data].sort());
    expect(await find({ level: 'HBO_BACHELOR' })).toEqual([ids.data]);
    expect(await find({ municipalityCode: 'GM0394' })).toEqual([ids.data]);
    expect(await find({ theme: 'HORTICULTURE' })).toEqual([ids.kas]);
    expect(await find({ skillIds: [skill.id] })).toEqual([ids.data]);
    expect(await find({ ecosystem: 'OTHER' })).toEqual([ids.kas, ids.data].sort());
    expect(await find({ ecosystem: 'LOGISTICS_TRADE' })).toEqual([]);
    // Inclusive overlap: a period touching the last day counts; one starting the day after does not.
    expect(await find({ periodFrom: '2027-06-30', periodTo: '2027-07-15' })).toEqual([ids.kas]);
    expect(await find({ periodFrom: '2027-07-01', periodTo: '2027-08-31' })).toEqual([]);
    expect(await find({ search: 'kas' })).toEqual([ids.kas]);
    expect(await find({ search: 'warmtepomp' })).toEqual([ids.kas]);
    expect(await find({ search: 'warehouses' })).toEqual([ids.data]);
    expect(await find({ search: 'dashboard' })).toEqual([ids.data]);
  });

  it('should page with a stable order and a total count, and refuse pages over 100', async () => {
    const { organisation, token } = await company();
    for (let i = 0; i < 7; i += 1) {
      await needFactory(t.dataSource, organisation, {
        startDate: `2027-0${i + 1}-01`,
        endDate: '2027-12-31',
      });
    }
    const page = async (skip: number, take: number) =>
      (
        await t.gql<{
          internshipNeeds: { totalCount: number; items: { id: string; startDate: string }[] };
        }>(
          LIST,
          { filter: { organisationId: organisation.id }, sort: 'START_DATE', skip, take },
          { token },
        )
      ).data!.internshipNeeds;
    const first = await page(0, 5);
    const second = await page(5, 5);
    expect(first.totalCount).toBe(7);
    expect(first.items.map((i) => i.startDate)).toEqual([
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-01',
    ]);
    expect(second.items).toHaveLength(2);
    expect((await page(7, 5)).items).toEqual([]);
    expect(errorCode(await t.gql(LIST, { take: 101 }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('should run a fixed number of SQL statements for a list with nested fields, whatever the page size', async () => {
    const { organisation, token } = await company();
    const skills = await t.dataSource.query('SELECT id FROM skill ORDER BY code LIMIT 3');
    for (let i = 0; i < 30; i += 1) {
      const id = await needFactory(t.dataSource, organisation);
      for (const skill of skills) {
        await t.dataSource.query(
          `INSERT INTO internship_need_skill (need_id, skill_id, importance) VALUES ($1, $2, 'NICE_TO_HAVE')`,
          [id, skill.id],
        );
      }
    }
    const nested = `query($take: Int, $organisationId: ID) { internshipNeeds(filter: { organisationId: $organisationId }, take: $take) {
      totalCount items { id title organisation { id name municipality { name } } siteMunicipality { code name } skills { importance skill { code labelNl } } } } }`;
    const statements = async (take: number) => {
      const result = await t.gql<{ internshipNeeds: { items: { skills: unknown[] }[] } }>(
        nested,
        { take, organisationId: organisation.id },
        { token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.internshipNeeds.items).toHaveLength(take);
      expect(result.data!.internshipNeeds.items.every((i) => i.skills.length === 3)).toBe(true);
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    const small = await statements(5);
    const large = await statements(30);
    expect(large).toBe(small);
    // Today 6: session, rate limit, page, count, then the nested fields in batches.
    expect(large).toBeLessThanOrEqual(9);
  });
});
