import { SessionsService } from '../../api/src/accounts/sessions.service';
import { bootTestApp, errorCode, TestApp, tokenFromMail } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  organisationFactory,
  OrganisationStatus,
  PlatformRole,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name helix kind status municipality { code name } myMembership { role } } }`;
const ORGANISATION = `query($id: ID!) { organisation(id: $id) { id status rejectionReason members { role user { email } } invitations { email } } }`;

describe('organisations', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const signedIn = async (platformRole: PlatformRole | null = null) => {
    const user = await userFactory(t.dataSource, { platformRole });
    return { user, token: await sessionFactory(t.dataSource, sessions, user) };
  };
  const auditCount = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS c FROM audit_log'))[0].c);

  it('should register a pending organisation with the creator as its admin, the helix following the kind', async () => {
    const { token } = await signedIn();
    const name = unique('Kwekerij Testbloem');
    const result = await t.gql<{ createOrganisation: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          name,
          kind: 'COMPANY',
          municipalityCode: 'GM0358',
          kvkNumber: '12345678',
          themes: ['HORTICULTURE'],
        },
      },
      { token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createOrganisation).toMatchObject({
      name,
      helix: 'BUSINESS',
      kind: 'COMPANY',
      status: 'PENDING',
      municipality: { code: 'GM0358', name: 'Aalsmeer' },
      myMembership: { role: 'ORGANISATION_ADMIN' },
    });
  });

  it.each([
    [{ kvkNumber: undefined }, 'kvkNumber', 'validation.kvkNumber.required'],
    [{ kvkNumber: '1234' }, 'kvkNumber', 'validation.matches'],
    [{ municipalityCode: 'GM0999' }, 'municipalityCode', 'validation.municipalityCode.unknown'],
    [{ brinCode: '25LX' }, 'brinCode', 'validation.brinCode.onlySchools'],
    [{ website: 'ftp://x' }, 'website', 'validation.isUrl'],
  ])('should refuse %p naming the field, and write nothing', async (override, field, key) => {
    const { token } = await signedIn();
    const before = await t.dataSource.query('SELECT count(*)::int AS c FROM organisation');
    const result = await t.gql(
      CREATE,
      {
        input: {
          name: unique('Fout BV'),
          kind: 'COMPANY',
          municipalityCode: 'GM0358',
          kvkNumber: '12345678',
          ...override,
        },
      },
      { token },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field, messageKey: key }),
    ]);
    expect(await t.dataSource.query('SELECT count(*)::int AS c FROM organisation')).toEqual(before);
  });

  it('should refuse a duplicate name (any case) with CONFLICT naming the field', async () => {
    const { token } = await signedIn();
    const existing = await organisationFactory(t.dataSource);
    const result = await t.gql(
      CREATE,
      {
        input: {
          name: existing.name.toUpperCase(),
          kind: 'COMPANY',
          municipalityCode: 'GM0358',
          kvkNumber: '12345678',
        },
      },
      { token },
    );
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'name' }),
    ]);
  });

  it('should show a pending organisation only to its members and coordinators', async () => {
    const pending = await organisationFactory(t.dataSource, { status: OrganisationStatus.PENDING });
    const member = await signedIn();
    await membershipFactory(t.dataSource, member.user, pending, MembershipRole.ORGANISATION_ADMIN);
    const stranger = await signedIn();
    const coordinator = await signedIn(PlatformRole.COORDINATOR);

    expect(errorCode(await t.gql(ORGANISATION, { id: pending.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(ORGANISATION, { id: pending.id }, { token: stranger.token })),
    ).toBe('NOT_FOUND');
    const own = await t.gql<{ organisation: { members: unknown[] } }>(
      ORGANISATION,
      { id: pending.id },
      { token: member.token },
    );
    expect(own.data!.organisation.members).toHaveLength(1);
    expect(
      (await t.gql(ORGANISATION, { id: pending.id }, { token: coordinator.token })).errors,
    ).toBeUndefined();

    const list = `query($filter: OrganisationFilter) { organisations(filter: $filter, take: 100) { totalCount items { id } } }`;
    const publicList = await t.gql<{ organisations: { totalCount: number } }>(list, {
      filter: { search: pending.name },
    });
    expect(publicList.data!.organisations.totalCount).toBe(0);
    expect(
      errorCode(await t.gql(list, { filter: { status: 'PENDING' } }, { token: member.token })),
    ).toBe('FORBIDDEN');
    const queue = await t.gql<{ organisations: { items: { id: string }[] } }>(
      list,
      { filter: { status: 'PENDING', search: pending.name } },
      { token: coordinator.token },
    );
    expect(queue.data!.organisations.items.map((o) => o.id)).toContain(pending.id);
  });

  it('should let a coordinator approve once, mailing the admins; members cannot approve', async () => {
    const pending = await organisationFactory(t.dataSource, { status: OrganisationStatus.PENDING });
    const admin = await signedIn();
    await membershipFactory(t.dataSource, admin.user, pending, MembershipRole.ORGANISATION_ADMIN);
    const coordinator = await signedIn(PlatformRole.COORDINATOR);
    const approve = `mutation($input: IdInput!) { approveOrganisation(input: $input) { status } }`;

    const before = await auditCount();
    expect(
      errorCode(await t.gql(approve, { input: { id: pending.id } }, { token: admin.token })),
    ).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);

    const approved = await t.gql(
      approve,
      { input: { id: pending.id } },
      { token: coordinator.token },
    );
    expect(approved.data).toEqual({ approveOrganisation: { status: 'ACTIVE' } });
    const [mail] = await t.mailsTo(admin.user.email);
    expect(mail.subject).toBe(`${pending.name} is goedgekeurd op Knooppunt`);
    expect(
      errorCode(await t.gql(approve, { input: { id: pending.id } }, { token: coordinator.token })),
    ).toBe('CONFLICT');

    const [entry] = await t.dataSource.query(
      `SELECT actor_id, summary FROM audit_log WHERE action = 'organisation.approve' AND entity_id = $1`,
      [pending.id],
    );
    expect(entry).toEqual({
      actor_id: coordinator.user.id,
      summary: { status: ['PENDING', 'ACTIVE'] },
    });
  });

  it('should reject with a reason that members see and strangers do not', async () => {
    const pending = await organisationFactory(t.dataSource, { status: OrganisationStatus.PENDING });
    const admin = await signedIn();
    await membershipFactory(t.dataSource, admin.user, pending, MembershipRole.ORGANISATION_ADMIN);
    const coordinator = await signedIn(PlatformRole.COORDINATOR);
    const reject = `mutation($input: RejectOrganisationInput!) { rejectOrganisation(input: $input) { status } }`;
    expect(
      errorCode(
        await t.gql(
          reject,
          { input: { id: pending.id, reason: '  ' } },
          { token: coordinator.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await t.gql(
      reject,
      { input: { id: pending.id, reason: 'Geen KvK-inschrijving gevonden.' } },
      { token: coordinator.token },
    );
    const seen = await t.gql<{ organisation: { status: string; rejectionReason: string } }>(
      ORGANISATION,
      { id: pending.id },
      { token: admin.token },
    );
    expect(seen.data!.organisation).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Geen KvK-inschrijving gevonden.',
    });
    const [mail] = await t.mailsTo(admin.user.email);
    expect(mail.body).toContain('Geen KvK-inschrijving gevonden.');
  });

  it('should let only its organisation admins change an organisation, and record the change', async () => {
    const organisation = await organisationFactory(t.dataSource);
    const admin = await signedIn();
    const member = await signedIn();
    const otherAdmin = await signedIn();
    await membershipFactory(
      t.dataSource,
      admin.user,
      organisation,
      MembershipRole.ORGANISATION_ADMIN,
    );
    await membershipFactory(t.dataSource, member.user, organisation, MembershipRole.MEMBER);
    await membershipFactory(
      t.dataSource,
      otherAdmin.user,
      await organisationFactory(t.dataSource),
      MembershipRole.ORGANISATION_ADMIN,
    );
    const update = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { description website } }`;
    const input = {
      id: organisation.id,
      description: 'Nieuwe omschrijving',
      website: 'https://nieuw.example',
    };

    expect(errorCode(await t.gql(update, { input }, { token: member.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(update, { input }, { token: otherAdmin.token }))).toBe(
      'FORBIDDEN',
    );
    const done = await t.gql(update, { input }, { token: admin.token });
    expect(done.data).toEqual({
      updateOrganisation: { description: 'Nieuwe omschrijving', website: 'https://nieuw.example' },
    });
    const [entry] = await t.dataSource.query(
      `SELECT summary FROM audit_log WHERE action = 'organisation.update' AND entity_id = $1`,
      [organisation.id],
    );
    expect(entry.summary).toEqual({
      description: [null, 'Nieuwe omschrijving'],
      website: [null, 'https://nieuw.example'],
    });
  });

  it('should invite by mail, accept only with the invited address, and keep at least one admin', async () => {
    const organisation = await organisationFactory(t.dataSource);
    const admin = await signedIn();
    await membershipFactory(
      t.dataSource,
      admin.user,
      organisation,
      MembershipRole.ORGANISATION_ADMIN,
    );
    const invitee = await signedIn();
    const wrongPerson = await signedIn();

    const invite = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role organisation { id } } }`;
    const invited = await t.gql<{ inviteMember: { id: string } }>(
      invite,
      { input: { organisationId: organisation.id, email: invitee.user.email.toUpperCase() } },
      { token: admin.token },
    );
    expect(invited.errors).toBeUndefined();
    expect(
      errorCode(
        await t.gql(
          invite,
          { input: { organisationId: organisation.id, email: invitee.user.email } },
          { token: admin.token },
        ),
      ),
    ).toBe('CONFLICT');
    const [mail] = await t.mailsTo(invitee.user.email);
    const token = tokenFromMail(mail.body);
    const accept = `mutation($input: TokenInput!) { acceptInvitation(input: $input) { role organisation { id } user { id } } }`;
    expect(errorCode(await t.gql(accept, { input: { token } }, { token: wrongPerson.token }))).toBe(
      'FORBIDDEN',
    );
    const accepted = await t.gql(accept, { input: { token } }, { token: invitee.token });
    expect(accepted.data).toEqual({
      acceptInvitation: {
        role: 'MEMBER',
        organisation: { id: organisation.id },
        user: { id: invitee.user.id },
      },
    });
    expect(errorCode(await t.gql(accept, { input: { token } }, { token: invitee.token }))).toBe(
      'BAD_USER_INPUT',
    );

    const members = await t.gql<{
      organisation: { members: { role: string; user: { email: string } }[] };
    }>(
      `query($id: ID!) { organisation(id: $id) { members { id role user { email } } } }`,
      { id: organisation.id },
      { token: admin.token },
    );
    expect(members.data!.organisation.members.map((m) => m.user.email).sort()).toEqual(
      [admin.user.email, invitee.user.email].sort(),
    );
    const [adminMembership] = await t.dataSource.query(
      'SELECT id FROM membership WHERE user_id = $1',
      [admin.user.id],
    );
    const demote = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`;
    expect(
      errorCode(
        await t.gql(
          demote,
          { input: { membershipId: adminMembership.id, role: 'MEMBER' } },
          { token: admin.token },
        ),
      ),
    ).toBe('CONFLICT');
    const remove = `mutation($input: IdInput!) { removeMember(input: $input) }`;
    expect(
      errorCode(await t.gql(remove, { input: { id: adminMembership.id } }, { token: admin.token })),
    ).toBe('CONFLICT');
    const [inviteeMembership] = await t.dataSource.query(
      'SELECT id FROM membership WHERE user_id = $1',
      [invitee.user.id],
    );
    // A member may leave.
    expect(
      (await t.gql(remove, { input: { id: inviteeMembership.id } }, { token: invitee.token })).data,
    ).toEqual({ removeMember: true });
  });

  it('should show coordinators the whole audit log and everyone else only their own entries', async () => {
    const coordinator = await signedIn(PlatformRole.COORDINATOR);
    const user = await signedIn();
    await t.gql(
      CREATE,
      {
        input: {
          name: unique('Eigen Stichting'),
          kind: 'TRAINING_PROVIDER',
          municipalityCode: 'GM0451',
        },
      },
      { token: user.token },
    );
    const query = `query($filter: AuditLogFilter) { auditLog(filter: $filter, take: 100) { totalCount items { action actor { id } } } }`;
    const own = await t.gql<{
      auditLog: { totalCount: number; items: { action: string; actor: { id: string } }[] };
    }>(query, {}, { token: user.token });
    expect(own.data!.auditLog.items.map((e) => e.action)).toEqual(['organisation.create']);
    expect(own.data!.auditLog.items[0].actor.id).toBe(user.user.id);
    const all = await t.gql<{ auditLog: { totalCount: number } }>(
      query,
      {},
      { token: coordinator.token },
    );
    expect(all.data!.auditLog.totalCount).toBeGreaterThan(own.data!.auditLog.totalCount);
    const filtered = await t.gql<{ auditLog: { items: { action: string }[] } }>(
      query,
      { filter: { action: 'organisation.create', actorId: user.user.id } },
      { token: coordinator.token },
    );
    expect(filtered.data!.auditLog.items).toHaveLength(1);
    expect(errorCode(await t.gql(query, {}))).toBe('UNAUTHENTICATED');
  });

  it('should let exactly one of concurrent approvals win, the others getting CONFLICT', async () => {
    const pending = await organisationFactory(t.dataSource, { status: OrganisationStatus.PENDING });
    const coordinators = await Promise.all(
      [1, 2, 3, 4].map(() => signedIn(PlatformRole.COORDINATOR)),
    );
    const approve = `mutation($input: IdInput!) { approveOrganisation(input: $input) { status } }`;
    const results = await Promise.all(
      coordinators.map((c) => t.gql(approve, { input: { id: pending.id } }, { token: c.token })),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(3);
    const entries = await t.dataSource.query(
      `SELECT count(*)::int AS c FROM audit_log WHERE action = 'organisation.approve' AND entity_id = $1`,
      [pending.id],
    );
    expect(entries[0].c).toBe(1);
  });
});
