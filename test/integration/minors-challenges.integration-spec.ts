import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { bootTestApp, errorCode, GqlResult, TestApp } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';
import { challengeFactory, minorFactory } from '../factories/marketplace';

const CREATE_MINOR = `mutation($input: CreateMinorInput!) {
  createMinor(input: $input) { id status kind title credits capacity themes skills { code } partnerSlots { role wanted filled open } municipality { code } organisation { id } } }`;
const UPDATE_MINOR = `mutation($input: UpdateMinorInput!) {
  updateMinor(input: $input) { id title capacity partnerSlots { role wanted filled } } }`;
const LIST_MINORS = `query($filter: MinorFilter, $sort: MinorSort, $skip: Int, $take: Int) {
  minors(filter: $filter, sort: $sort, skip: $skip, take: $take) { totalCount items { id title } } }`;
const CREATE_CHALLENGE = `mutation($input: CreateChallengeInput!) {
  createChallenge(input: $input) { id status title teamSizeMin teamSizeMax skills { code } organisation { id } } }`;
const LIST_CHALLENGES = `query($filter: ChallengeFilter, $take: Int) {
  challenges(filter: $filter, take: $take) { totalCount items { id } } }`;

function fieldsOf(result: GqlResult<unknown>): { field: string; messageKey: string }[] {
  return (
    (result.errors?.[0]?.extensions?.['fields'] as { field: string; messageKey: string }[]) ?? []
  );
}

describe('minors and challenges', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const member = async (kind = OrganisationKind.SCHOOL_HBO, status = OrganisationStatus.ACTIVE) => {
    const organisation = await organisationFactory(t.dataSource, {
      kind,
      status,
      municipalityCode: 'GM0384',
    });
    const user = await userFactory(t.dataSource);
    await membershipFactory(t.dataSource, user, organisation, MembershipRole.MEMBER);
    return { organisation, token: await sessionFactory(t.dataSource, sessions, user) };
  };
  const minorInput = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    title: 'Duurzaam ketenbeheer',
    description: 'Studenten ontwerpen circulaire logistieke ketens met bedrijven uit de regio.',
    level: 'HBO_BACHELOR',
    credits: 30,
    capacity: 40,
    startDate: '2027-02-01',
    endDate: '2027-06-30',
    municipalityCode: 'GM0384',
    themes: ['SUSTAINABILITY', 'LOGISTICS'],
    partnerSlots: [
      { role: 'GUEST_LECTURE', wanted: 3 },
      { role: 'CASE', wanted: 2 },
    ],
    ...extra,
  });
  const challengeInput = (organisationId: string, extra: Record<string, unknown> = {}) => ({
    organisationId,
    title: 'Hoe maken we de laatste kilometer emissievrij?',
    description: 'Een vraagstuk voor studententeams over stadslogistiek.',
    startDate: '2027-02-01',
    endDate: '2027-06-30',
    teamSizeMin: 3,
    teamSizeMax: 6,
    municipalityCode: 'GM0384',
    themes: ['SUSTAINABILITY'],
    ...extra,
  });
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS c FROM ${table}`))[0].c);

  it('should let a school member post a minor with skills and partner slots, change, publish, fill and close it', async () => {
    const { organisation, token } = await member();
    const skills = await t.dataSource.query('SELECT id, code FROM skill ORDER BY label_nl LIMIT 3');
    const created = await t.gql<{ createMinor: Record<string, unknown> & { id: string } }>(
      CREATE_MINOR,
      {
        input: minorInput(organisation.id, {
          kind: 'RETRAINING',
          skillIds: skills.map((s: { id: string }) => s.id),
        }),
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMinor).toMatchObject({
      status: 'DRAFT',
      kind: 'RETRAINING',
      credits: 30,
      capacity: 40,
      themes: ['SUSTAINABILITY', 'LOGISTICS'],
      skills: skills.map((s: { code: string }) => ({ code: s.code })),
      partnerSlots: [
        { role: 'GUEST_LECTURE', wanted: 3, filled: 0, open: 3 },
        { role: 'CASE', wanted: 2, filled: 0, open: 2 },
      ],
      municipality: { code: 'GM0384' },
      organisation: { id: organisation.id },
    });
    const id = created.data!.createMinor.id;
    const updated = await t.gql<{ updateMinor: Record<string, unknown> }>(
      UPDATE_MINOR,
      {
        input: {
          id,
          title: '  Circulaire ketens  ',
          capacity: 35,
          partnerSlots: [
            { role: 'CASE', wanted: 4 },
            { role: 'COMPANY_VISIT', wanted: 1 },
          ],
        },
      },
      { token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMinor).toMatchObject({
      title: 'Circulaire ketens',
      capacity: 35,
      partnerSlots: expect.arrayContaining([
        { role: 'CASE', wanted: 4, filled: 0 },
        { role: 'COMPANY_VISIT', wanted: 1, filled: 0 },
      ]),
    });
    expect((updated.data!.updateMinor['partnerSlots'] as unknown[]).length).toBe(2);
    const step = (name: string) =>
      t.gql(
        `mutation($input: IdInput!) { ${name}(input: $input) { status } }`,
        { input: { id } },
        { token },
      );
    expect((await step('publishMinor')).data).toEqual({ publishMinor: { status: 'OPEN' } });
    expect((await step('fillMinor')).data).toEqual({ fillMinor: { status: 'FILLED' } });
    expect((await step('closeMinor')).data).toEqual({ closeMinor: { status: 'CLOSED' } });
    expect(errorCode(await step('publishMinor'))).toBe('CONFLICT');
    expect(errorCode(await t.gql(UPDATE_MINOR, { input: { id, capacity: 20 } }, { token }))).toBe(
      'CONFLICT',
    );
  });

  it('should refuse minors from companies, pending schools, outsiders and bad input, writing nothing', async () => {
    const company = await member(OrganisationKind.COMPANY);
    const pending = await member(OrganisationKind.SCHOOL_HBO, OrganisationStatus.PENDING);
    const outsider = await member();
    const { organisation, token } = await member();
    const before = [await count('minor'), await count('minor_partner_slot')];
    expect(
      fieldsOf(
        await t.gql(
          CREATE_MINOR,
          { input: minorInput(company.organisation.id) },
          { token: company.token },
        ),
      ),
    ).toEqual([
      expect.objectContaining({
        field: 'organisationId',
        messageKey: 'validation.organisationId.notSchool',
      }),
    ]);
    expect(
      errorCode(
        await t.gql(
          CREATE_MINOR,
          { input: minorInput(pending.organisation.id) },
          { token: pending.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CREATE_MINOR,
          { input: minorInput(organisation.id) },
          { token: outsider.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const unknownSkill = '00000000-0000-4000-8000-000000000001';
    for (const [override, field] of [
      [{ credits: 61 }, 'credits'],
      [{ capacity: 0 }, 'capacity'],
      [{ endDate: '2027-01-15' }, 'endDate'],
      [{ partnerSlots: [{ role: 'CASE', wanted: 0 }] }, 'partnerSlots'],
      [
        {
          partnerSlots: [
            { role: 'CASE', wanted: 1 },
            { role: 'CASE', wanted: 2 },
          ],
        },
        'partnerSlots',
      ],
      [{ skillIds: [unknownSkill] }, 'skills'],
      [{ municipalityCode: 'GM9999' }, 'municipalityCode'],
    ] as const) {
      const result = await t.gql(
        CREATE_MINOR,
        { input: minorInput(organisation.id, override) },
        { token },
      );
      expect(fieldsOf(result).map((f) => f.field)[0]).toMatch(new RegExp(`^${field}`));
    }
    expect([await count('minor'), await count('minor_partner_slot')]).toEqual(before);
  });

  it('should keep a partner role with partners, and refuse wanting fewer than it has', async () => {
    const { organisation, token } = await member();
    const minor = await minorFactory(t.dataSource, organisation, {
      slots: [{ role: 'CASE', wanted: 3 }],
    });
    await t.dataSource.query('UPDATE minor_partner_slot SET filled = 2 WHERE id = $1', [
      minor.slotIds[0],
    ]);
    const below = await t.gql(
      UPDATE_MINOR,
      { input: { id: minor.id, partnerSlots: [{ role: 'CASE', wanted: 1 }] } },
      { token },
    );
    expect(fieldsOf(below)[0]).toMatchObject({ messageKey: 'validation.partnerSlots.belowFilled' });
    const company = await member(OrganisationKind.COMPANY);
    await t.dataSource.query(
      `INSERT INTO partnership (kind, minor_id, slot_id, proposer_organisation_id, recipient_organisation_id, status)
       VALUES ('PARTNER_SLOT', $1, $2, $3, $4, 'ACCEPTED')`,
      [minor.id, minor.slotIds[0], company.organisation.id, organisation.id],
    );
    const removed = await t.gql(
      UPDATE_MINOR,
      { input: { id: minor.id, partnerSlots: [] } },
      { token },
    );
    expect(errorCode(removed)).toBe('CONFLICT');
    expect(removed.errors![0].extensions!['messageKey']).toBe('errors.minors.slotInUse');
    const [slot] = await t.dataSource.query(
      'SELECT wanted, filled FROM minor_partner_slot WHERE minor_id = $1',
      [minor.id],
    );
    expect(slot).toEqual({ wanted: 3, filled: 2 });
  });

  it('should clear a description sent as null and leave a required field sent as null unchanged', async () => {
    const { organisation, token } = await member();
    const minor = await minorFactory(t.dataSource, organisation, {
      title: 'Minor met tekst',
      description: 'Oude omschrijving',
      status: 'DRAFT',
    });
    const updated = await t.gql<{ updateMinor: { title: string } }>(
      UPDATE_MINOR,
      { input: { id: minor.id, description: null, title: null } },
      { token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMinor.title).toBe('Minor met tekst');
    const [row] = await t.dataSource.query('SELECT description FROM minor WHERE id = $1', [
      minor.id,
    ]);
    expect(row.description).toBe('');
    const company = await member(OrganisationKind.COMPANY);
    const challenge = await challengeFactory(t.dataSource, company.organisation, {
      description: 'Oud',
      status: 'DRAFT',
    });
    const cleared = await t.gql(
      'mutation($input: UpdateChallengeInput!) { updateChallenge(input: $input) { description } }',
      { input: { id: challenge, description: null } },
      { token: company.token },
    );
    expect(cleared.data).toEqual({ updateChallenge: { description: '' } });
  });

  it('should filter minors by kind, level, theme, ecosystem, partner role, open slots, period and text, and page them', async () => {
    const { organisation, token } = await member();
    await t.dataSource.query(
      `UPDATE organisation SET ecosystem = 'LOGISTICS_TRADE' WHERE id = $1`,
      [organisation.id],
    );
    const tag = unique('minor');
    const supply = await minorFactory(t.dataSource, organisation, {
      title: `Supply chain ${tag}`,
      description: 'duurzame ketens en luchtvracht',
      themes: ['SUSTAINABILITY'],
      slots: [{ role: 'CASE', wanted: 1 }],
    });
    const master = await minorFactory(t.dataSource, organisation, {
      title: `Masterclass data ${tag}`,
      description: 'dashboards for growers',
      kind: 'MASTERCLASS',
      level: 'MBO_4',
      themes: ['DIGITAL'],
      startDate: '2027-09-01',
      endDate: '2027-10-31',
      slots: [{ role: 'GUEST_LECTURE', wanted: 2 }],
    });
    await t.dataSource.query('UPDATE minor_partner_slot SET filled = 1 WHERE id = $1', [
      supply.slotIds[0],
    ]);
    const draft = await minorFactory(t.dataSource, organisation, { status: 'DRAFT' });
    const find = async (filter: Record<string, unknown>) => {
      const result = await t.gql<{ minors: { items: { id: string }[] } }>(
        LIST_MINORS,
        { filter: { organisationId: organisation.id, ...filter }, take: 100 },
        { token },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.minors.items.map((m) => m.id).sort();
    };
    expect(await find({})).toEqual([supply.id, master.id].sort());
    expect(await find({ kind: 'MASTERCLASS' })).toEqual([master.id]);
    expect(await find({ level: 'HBO_BACHELOR' })).toEqual([supply.id]);
    expect(await find({ theme: 'DIGITAL' })).toEqual([master.id]);
    expect(await find({ ecosystem: 'LOGISTICS_TRADE' })).toHaveLength(2);
    expect(await find({ ecosystem: 'BUSINESS_FINANCE_ICT' })).toEqual([]);
    expect(await find({ partnerRole: 'CASE' })).toEqual([supply.id]);
    expect(await find({ openSlotsOnly: true })).toEqual([master.id]);
    expect(await find({ periodFrom: '2027-07-01', periodTo: '2027-09-01' })).toEqual([master.id]);
    expect(await find({ search: 'keten' })).toEqual([supply.id]);
    expect(await find({ search: 'grower' })).toEqual([master.id]);
    expect(await find({ status: 'DRAFT' })).toEqual([draft.id]);
    const page = async (skip: number, take: number) =>
      t.gql<{ minors: { totalCount: number; items: { id: string; title: string }[] } }>(
        LIST_MINORS,
        { filter: { organisationId: organisation.id }, sort: 'TITLE', skip, take },
        { token },
      );
    expect((await page(0, 1)).data!.minors).toMatchObject({
      totalCount: 2,
      items: [{ id: master.id }],
    });
    expect((await page(1, 1)).data!.minors).toMatchObject({
      totalCount: 2,
      items: [{ id: supply.id }],
    });
    expect((await page(2, 1)).data!.minors).toEqual({ totalCount: 2, items: [] });
    expect(errorCode(await page(0, 101))).toBe('BAD_USER_INPUT');
    expect(errorCode(await page(-1, 10))).toBe('BAD_USER_INPUT');
  });

  it('should let companies and government bodies post challenges, and refuse schools and bad team sizes', async () => {
    const company = await member(OrganisationKind.COMPANY);
    const municipality = await member(OrganisationKind.MUNICIPALITY);
    const school = await member();
    const skills = await t.dataSource.query('SELECT id, code FROM skill ORDER BY code LIMIT 2');
    for (const poster of [company, municipality]) {
      const created = await t.gql<{ createChallenge: Record<string, unknown> & { id: string } }>(
        CREATE_CHALLENGE,
        {
          input: challengeInput(poster.organisation.id, {
            skillIds: skills.map((s: { id: string }) => s.id),
          }),
        },
        { token: poster.token },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createChallenge).toMatchObject({
        status: 'DRAFT',
        teamSizeMin: 3,
        teamSizeMax: 6,
        organisation: { id: poster.organisation.id },
      });
      const published = await t.gql<{ publishChallenge: { status: string } }>(
        'mutation($input: IdInput!) { publishChallenge(input: $input) { status } }',
        { input: { id: created.data!.createChallenge.id } },
        { token: poster.token },
      );
      expect(published.data!.publishChallenge.status).toBe('OPEN');
    }
    const before = await count('challenge');
    expect(
      fieldsOf(
        await t.gql(
          CREATE_CHALLENGE,
          { input: challengeInput(school.organisation.id) },
          { token: school.token },
        ),
      )[0],
    ).toMatchObject({
      field: 'organisationId',
      messageKey: 'validation.organisationId.notCompanyOrGovernment',
    });
    expect(
      fieldsOf(
        await t.gql(
          CREATE_CHALLENGE,
          { input: challengeInput(company.organisation.id, { teamSizeMin: 5, teamSizeMax: 2 }) },
          { token: company.token },
        ),
      )[0],
    ).toMatchObject({ field: 'teamSizeMax', messageKey: 'validation.teamSize.maxBelowMin' });
    expect(
      errorCode(
        await t.gql(
          CREATE_CHALLENGE,
          { input: challengeInput(company.organisation.id) },
          { token: school.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await count('challenge')).toBe(before);
    const find = async (filter: Record<string, unknown>) =>
      (
        await t.gql<{ challenges: { items: { id: string }[] } }>(
          LIST_CHALLENGES,
          { filter, take: 100 },
          { token: school.token },
        )
      ).data!.challenges.items.length;
    expect(await find({ organisationId: municipality.organisation.id, helix: 'GOVERNMENT' })).toBe(
      1,
    );
    expect(await find({ organisationId: municipality.organisation.id, helix: 'BUSINESS' })).toBe(0);
    expect(await find({ organisationId: company.organisation.id, theme: 'SUSTAINABILITY' })).toBe(
      1,
    );
    expect(await find({ organisationId: company.organisation.id, search: 'emissievrij' })).toBe(1);
    expect(await find({ organisationId: company.organisation.id, skillIds: [skills[0].id] })).toBe(
      1,
    );
  });

  it('should run a fixed number of SQL statements for minors and challenges with nested fields, whatever the page size', async () => {
    const { organisation, token } = await member();
    const company = await member(OrganisationKind.COMPANY);
    const skills = await t.dataSource.query('SELECT id FROM skill ORDER BY code LIMIT 3');
    for (let i = 0; i < 30; i += 1) {
      const minor = await minorFactory(t.dataSource, organisation, {
        slots: [
          { role: 'CASE', wanted: 2 },
          { role: 'GUEST_LECTURE', wanted: 1 },
        ],
      });
      const challenge = await challengeFactory(t.dataSource, company.organisation);
      for (const skill of skills) {
        await t.dataSource.query('INSERT INTO minor_skill (minor_id, skill_id) VALUES ($1, $2)', [
          minor.id,
          skill.id,
        ]);
        await t.dataSource.query(
          'INSERT INTO challenge_skill (challenge_id, skill_id) VALUES ($1, $2)',
          [challenge, skill.id],
        );
      }
    }
    const statements = async (
      query: string,
      organisationId: string,
      take: number,
      key: 'minors' | 'challenges',
    ) => {
      const result = await t.gql<Record<string, { items: { skills: unknown[] }[] }>>(
        query,
        { take, organisationId },
        { token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data![key].items).toHaveLength(take);
      expect(result.data![key].items.every((item) => item.skills.length === 3)).toBe(true);
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    const minors = `query($take: Int, $organisationId: ID) { minors(filter: { organisationId: $organisationId }, take: $take) {
      totalCount items { id organisation { name municipality { name } } municipality { name } skills { code } partnerSlots { role open } } } }`;
    const challenges = `query($take: Int, $organisationId: ID) { challenges(filter: { organisationId: $organisationId }, take: $take) {
      totalCount items { id organisation { name } municipality { name } skills { code } } } }`;
    const minorsSmall = await statements(minors, organisation.id, 5, 'minors');
    expect(await statements(minors, organisation.id, 30, 'minors')).toBe(minorsSmall);
    expect(minorsSmall).toBeLessThanOrEqual(9);
    const challengesSmall = await statements(challenges, company.organisation.id, 5, 'challenges');
    expect(await statements(challenges, company.organisation.id, 30, 'challenges')).toBe(
      challengesSmall,
    );
    expect(challengesSmall).toBeLessThanOrEqual(8);
  });
});
