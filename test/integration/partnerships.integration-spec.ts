import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  sessionFactory,
  userFactory,
} from '../factories/accounts';
import { challengeFactory, minorFactory } from '../factories/marketplace';

const OFFER = `mutation($input: OfferPartnershipInput!) {
  offerPartnership(input: $input) { id kind status message minor { id } slot { role } proposer { id } recipient { id } } }`;
const ADOPT = `mutation($input: ProposeChallengeAdoptionInput!) {
  proposeChallengeAdoption(input: $input) { id kind status challenge { id } minor { id } } }`;
const answer = (name: string) =>
  `mutation($input: PartnershipResponseInput!) { ${name}(input: $input) { id status responseMessage } }`;
const LIST = `query($filter: PartnershipFilter) { partnerships(filter: $filter, take: 100) { totalCount items { id status } } }`;

describe('partnerships', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const party = async (kind: OrganisationKind, status = OrganisationStatus.ACTIVE) => {
    const organisation = await organisationFactory(t.dataSource, { kind, status });
    const admin = await userFactory(t.dataSource);
    await membershipFactory(t.dataSource, admin, organisation, MembershipRole.ORGANISATION_ADMIN);
    return {
      organisation,
      admin,
      token: await sessionFactory(t.dataSource, sessions, admin),
    };
  };
  const slotOf = async (slotId: string) =>
    (
      await t.dataSource.query('SELECT wanted, filled FROM minor_partner_slot WHERE id = $1', [
        slotId,
      ])
    )[0];
  const offer = (
    slotId: string,
    company: Awaited<ReturnType<typeof party>>,
    message = 'Wij geven graag een gastcollege.',
  ) =>
    t.gql<{ offerPartnership: { id: string } & Record<string, unknown> }>(
      OFFER,
      { input: { slotId, organisationId: company.organisation.id, message } },
      { token: company.token },
    );

  it('should let a company offer a partner slot, the school accept it with a message, and mail both sides', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    const company = await party(OrganisationKind.COMPANY);
    const minor = await minorFactory(t.dataSource, school.organisation, {
      title: 'Slimme kassen',
      slots: [{ role: 'GUEST_LECTURE', wanted: 2 }],
    });
    const offered = await offer(minor.slotIds[0], company);
    expect(offered.errors).toBeUndefined();
    expect(offered.data!.offerPartnership).toMatchObject({
      kind: 'PARTNER_SLOT',
      status: 'PROPOSED',
      message: 'Wij geven graag een gastcollege.',
      minor: { id: minor.id },
      slot: { role: 'GUEST_LECTURE' },
      proposer: { id: company.organisation.id },
      recipient: { id: school.organisation.id },
    });
    expect((await t.mailsTo(school.admin.email))[0].subject).toContain(company.organisation.name);
    const id = offered.data!.offerPartnership.id;
    // The proposer cannot answer its own offer.
    expect(
      errorCode(
        await t.gql(answer('acceptPartnership'), { input: { id } }, { token: company.token }),
      ),
    ).toBe('FORBIDDEN');
    const accepted = await t.gql<{ acceptPartnership: Record<string, unknown> }>(
      answer('acceptPartnership'),
      { input: { id, message: 'Welkom in week 12!' } },
      { token: school.token },
    );
    expect(accepted.data!.acceptPartnership).toEqual({
      id,
      status: 'ACCEPTED',
      responseMessage: 'Welkom in week 12!',
    });
    expect(await slotOf(minor.slotIds[0])).toEqual({ wanted: 2, filled: 1 });
    expect((await t.mailsTo(company.admin.email))[0].subject).toContain('Slimme kassen');
    // Answered once: declining now is a CONFLICT and changes nothing.
    expect(
      errorCode(
        await t.gql(answer('declinePartnership'), { input: { id } }, { token: school.token }),
      ),
    ).toBe('CONFLICT');
    // Either side can end an accepted partnership; the slot opens again.
    const ended = await t.gql(
      answer('withdrawPartnership'),
      { input: { id } },
      { token: school.token },
    );
    expect(ended.errors).toBeUndefined();
    expect(await slotOf(minor.slotIds[0])).toEqual({ wanted: 2, filled: 0 });
  });

  it('should refuse offers from schools, pending companies, to draft or closed minors, twice, or to a full slot', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    const company = await party(OrganisationKind.COMPANY);
    const pending = await party(OrganisationKind.COMPANY, OrganisationStatus.PENDING);
    const otherSchool = await party(OrganisationKind.SCHOOL_MBO);
    const minor = await minorFactory(t.dataSource, school.organisation, {
      slots: [{ role: 'CASE', wanted: 1 }],
    });
    const draft = await minorFactory(t.dataSource, school.organisation, { status: 'DRAFT' });
    const closed = await minorFactory(t.dataSource, school.organisation, { status: 'CLOSED' });
    const count = async () =>
      Number((await t.dataSource.query('SELECT count(*)::int AS c FROM partnership'))[0].c);
    const before = await count();
    const bySchool = await offer(minor.slotIds[0], otherSchool);
    expect(bySchool.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'organisationId',
        messageKey: 'validation.organisationId.notCompany',
      }),
    ]);
    expect(errorCode(await offer(minor.slotIds[0], pending))).toBe('FORBIDDEN');
    expect(errorCode(await offer(draft.slotIds[0], company))).toBe('NOT_FOUND');
    expect(errorCode(await offer(closed.slotIds[0], company))).toBe('CONFLICT');
    // Someone else's company: not a member.
    expect(
      errorCode(
        await t.gql(
          OFFER,
          { input: { slotId: minor.slotIds[0], organisationId: company.organisation.id } },
          { token: pending.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const tooLong = await offer(minor.slotIds[0], company, 'x'.repeat(2001));
    expect(tooLong.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'message' }),
    ]);
    expect(await count()).toBe(before);
    expect((await offer(minor.slotIds[0], company)).errors).toBeUndefined();
    const twice = await offer(minor.slotIds[0], company);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].extensions!['messageKey']).toBe('errors.partnerships.duplicate');
    await t.dataSource.query('UPDATE minor_partner_slot SET filled = 1 WHERE id = $1', [
      minor.slotIds[0],
    ]);
    const full = await offer(minor.slotIds[0], await party(OrganisationKind.COMPANY));
    expect(full.errors![0].extensions!['messageKey']).toBe('errors.partnerships.slotFull');
    expect(await count()).toBe(before + 1);
  });

  it('should never over-fill a slot when many offers are accepted at once', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    const minor = await minorFactory(t.dataSource, school.organisation, {
      slots: [{ role: 'INTERNSHIP_PLACES', wanted: 2 }],
    });
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const offered = await offer(minor.slotIds[0], await party(OrganisationKind.COMPANY));
      ids.push(offered.data!.offerPartnership.id);
    }
    // A second school admin accepts half of them at the same moment as the first.
    const second = await userFactory(t.dataSource);
    await membershipFactory(
      t.dataSource,
      second,
      school.organisation,
      MembershipRole.ORGANISATION_ADMIN,
    );
    const secondToken = await sessionFactory(t.dataSource, sessions, second);
    const results = await Promise.all(
      ids.map((id, i) =>
        t.gql(
          answer('acceptPartnership'),
          { input: { id } },
          { token: i % 2 ? secondToken : school.token },
        ),
      ),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(2);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(6);
    expect(await slotOf(minor.slotIds[0])).toEqual({ wanted: 2, filled: 2 });
    const [{ accepted }] = await t.dataSource.query(
      `SELECT count(*)::int AS accepted FROM partnership WHERE slot_id = $1 AND status = 'ACCEPTED'`,
      [minor.slotIds[0]],
    );
    expect(accepted).toBe(2);
  });

  it('should let a school propose that its minor takes on a challenge, and the owner answer; others see only accepted ones', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    const municipality = await party(OrganisationKind.MUNICIPALITY);
    const outsider = await party(OrganisationKind.COMPANY);
    const minor = await minorFactory(t.dataSource, school.organisation);
    const challenge = await challengeFactory(t.dataSource, municipality.organisation);
    const draftChallenge = await challengeFactory(t.dataSource, municipality.organisation, {
      status: 'DRAFT',
    });
    const input = { minorId: minor.id, challengeId: challenge };
    expect(errorCode(await t.gql(ADOPT, { input }, { token: outsider.token }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          ADOPT,
          { input: { ...input, challengeId: draftChallenge } },
          { token: school.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    const proposed = await t.gql<{
      proposeChallengeAdoption: { id: string } & Record<string, unknown>;
    }>(ADOPT, { input }, { token: school.token });
    expect(proposed.data!.proposeChallengeAdoption).toMatchObject({
      kind: 'CHALLENGE_ADOPTION',
      status: 'PROPOSED',
      challenge: { id: challenge },
      minor: { id: minor.id },
    });
    const id = proposed.data!.proposeChallengeAdoption.id;
    const see = (token: string, filter: Record<string, unknown>) =>
      t.gql<{ partnerships: { totalCount: number; items: { id: string }[] } }>(
        LIST,
        { filter },
        { token },
      );
    expect((await see(outsider.token, { minorId: minor.id })).data!.partnerships.totalCount).toBe(
      0,
    );
    expect(
      errorCode(
        await t.gql(
          'query($id: ID!) { partnership(id: $id) { id } }',
          { id },
          { token: outsider.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await see(municipality.token, {
          organisationId: municipality.organisation.id,
          direction: 'INCOMING',
        })
      ).data!.partnerships.items,
    ).toEqual([{ id, status: 'PROPOSED' }]);
    expect(
      (
        await see(municipality.token, {
          organisationId: municipality.organisation.id,
          direction: 'OUTGOING',
        })
      ).data!.partnerships.totalCount,
    ).toBe(0);
    expect(
      errorCode(
        await t.gql(answer('acceptPartnership'), { input: { id } }, { token: school.token }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ADOPT, { input }, { token: school.token }))).toBe('CONFLICT');
    const accepted = await t.gql(
      answer('acceptPartnership'),
      { input: { id } },
      { token: municipality.token },
    );
    expect(accepted.errors).toBeUndefined();
    expect((await see(outsider.token, { minorId: minor.id })).data!.partnerships.items).toEqual([
      { id, status: 'ACCEPTED' },
    ]);
    // Only the proposer withdraws a proposal that is still open.
    const another = await challengeFactory(t.dataSource, municipality.organisation);
    const second = await t.gql<{ proposeChallengeAdoption: { id: string } }>(
      ADOPT,
      { input: { minorId: minor.id, challengeId: another } },
      { token: school.token },
    );
    const secondId = second.data!.proposeChallengeAdoption.id;
    expect(
      errorCode(
        await t.gql(
          answer('withdrawPartnership'),
          { input: { id: secondId } },
          { token: municipality.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const withdrawn = await t.gql<{ withdrawPartnership: { status: string } }>(
      answer('withdrawPartnership'),
      { input: { id: secondId, message: 'Toch te vol dit semester.' } },
      { token: school.token },
    );
    expect(withdrawn.data!.withdrawPartnership.status).toBe('WITHDRAWN');
  });

  it('should run a fixed number of SQL statements for a list of partnerships with nested fields', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    for (let i = 0; i < 12; i += 1) {
      const minor = await minorFactory(t.dataSource, school.organisation);
      const company = await party(OrganisationKind.COMPANY);
      await t.dataSource.query(
        `INSERT INTO partnership (kind, minor_id, slot_id, proposer_organisation_id, recipient_organisation_id)
         VALUES ('PARTNER_SLOT', $1, $2, $3, $4)`,
        [minor.id, minor.slotIds[0], company.organisation.id, school.organisation.id],
      );
    }
    const query = `query($take: Int, $organisationId: ID) { partnerships(filter: { organisationId: $organisationId }, take: $take) {
      totalCount items { id minor { title partnerSlots { open } } slot { role } challenge { title } proposer { name } recipient { name } } } }`;
    const statements = async (take: number) => {
      const result = await t.gql<{ partnerships: { items: unknown[] } }>(
        query,
        { take, organisationId: school.organisation.id },
        { token: school.token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.partnerships.items).toHaveLength(take);
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    const small = await statements(3);
    expect(await statements(12)).toBe(small);
    expect(small).toBeLessThanOrEqual(9);
  });

  it('should export minors, challenges and partnerships as CSV, with only what the list shows', async () => {
    const school = await party(OrganisationKind.SCHOOL_HBO);
    const company = await party(OrganisationKind.COMPANY);
    const outsider = await party(OrganisationKind.COMPANY);
    const minor = await minorFactory(t.dataSource, school.organisation, {
      title: '=Formule minor',
      themes: ['DIGITAL'],
      slots: [
        { role: 'CASE', wanted: 2 },
        { role: 'GUEST_LECTURE', wanted: 1 },
      ],
    });
    const challenge = await challengeFactory(t.dataSource, company.organisation, {
      title: 'Vraagstuk; met puntkomma',
    });
    const offered = await offer(minor.slotIds[0], company);
    await t.gql(
      answer('acceptPartnership'),
      { input: { id: offered.data!.offerPartnership.id } },
      { token: school.token },
    );
    await offer(minor.slotIds[1], company);
    const csv = async (
      field: string,
      filterType: string,
      filter: Record<string, unknown>,
      token: string,
    ) => {
      const result = await t.gql<Record<string, { filename: string; content: string }>>(
        `query($filter: ${filterType}) { ${field}(filter: $filter) { filename content } }`,
        { filter },
        { token },
      );
      expect(result.errors).toBeUndefined();
      return result.data![field];
    };
    const minors = await csv(
      'exportMinors',
      'MinorFilter',
      { organisationId: school.organisation.id },
      outsider.token,
    );
    expect(minors.filename).toMatch(/^minors-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, row] = minors.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(';')).toEqual([
      'organisation',
      'kind',
      'title',
      'description',
      'level',
      'credits',
      'capacity',
      'start_date',
      'end_date',
      'municipality',
      'themes',
      'skills',
      'partner_slots',
      'status',
    ]);
    expect(row).toContain(`${school.organisation.name};MINOR;'=Formule minor;`);
    expect(row).toContain(';GUEST_LECTURE:0/1|CASE:1/2;OPEN');
    const challenges = await csv(
      'exportChallenges',
      'ChallengeFilter',
      { organisationId: company.organisation.id },
      school.token,
    );
    expect(challenges.content).toContain('"Vraagstuk; met puntkomma"');
    expect(challenges.content.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(challenge).toBeTruthy();
    // The school sees both partnerships; an outsider only the accepted one.
    const mine = await csv(
      'exportPartnerships',
      'PartnershipFilter',
      { minorId: minor.id },
      school.token,
    );
    expect(mine.content.split('\r\n').filter(Boolean)).toHaveLength(3);
    const theirs = await csv(
      'exportPartnerships',
      'PartnershipFilter',
      { minorId: minor.id },
      outsider.token,
    );
    const lines = theirs.content.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^PARTNER_SLOT;ACCEPTED;'=Formule minor;CASE;;/);
  });
});
