import { SessionsService } from '../../api/src/accounts/sessions.service';
import { queryCounter } from '../../api/src/core/database/query-counter';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  answerFactory,
  conversationFactory,
  coordinatorFactory,
  OrganisationKind,
  Person,
  personFactory,
  tableFactory,
  unique,
  venueFactory,
} from '../factories/transition-tables';

const CREATE_TABLE = `mutation($input: CreateTransitionTableInput!) {
  createTransitionTable(input: $input) { id name kind theme ecosystem status quorum { business education government } coordinators { id } } }`;
const ADD_MEMBERS = `mutation($input: AddTableMembersInput!) { addTableMembers(input: $input) { id } }`;
const TABLE = `query($id: ID!) { transitionTable(id: $id) { id name
  membersByHelix { helix count quorum members { id displayName helix organisation { id } } } } }`;
const TABLES = `query($filter: TransitionTableFilter) { transitionTables(filter: $filter) { totalCount items { id name } } }`;
const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id name capacity municipality { code } } }`;
const CREATE_CONVERSATION = `mutation($input: CreateConversationInput!) {
  createConversation(input: $input) { id status slots { id start end startLocal endLocal } venues { id } invitees { id helix } } }`;
const ANSWER = `mutation($input: AnswerAvailabilityInput!) { answerAvailability(input: $input) { id myAnswers { slotId answer comment } } }`;
const MATRIX = `query($id: ID!) { conversation(id: $id) { id availability {
  slots { id } groups { helix quorum rows { person { id displayName } answers { slotId answer comment } } }
  tallies { slotId yes ifNeedBe no unanswered score meetsQuorum available { business education government } } } } }`;

describe('transition tables and the availability poll', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query(sql, params))[0].count);

  /** A table with one person of each helix, a venue, and a coordinator. */
  const world = async () => {
    const coordinator = await coordinatorFactory(t.dataSource, sessions);
    const company = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY, {
      displayName: 'Bram Bedrijf',
    });
    const school = await personFactory(t.dataSource, sessions, OrganisationKind.SCHOOL_HBO, {
      displayName: 'Sanne School',
    });
    const municipality = await personFactory(
      t.dataSource,
      sessions,
      OrganisationKind.MUNICIPALITY,
      { displayName: 'Gert Gemeente' },
    );
    const outsider = await personFactory(t.dataSource, sessions);
    const tableId = await tableFactory(t.dataSource, [company, school, municipality]);
    const venueId = await venueFactory(t.dataSource);
    return { coordinator, company, school, municipality, outsider, tableId, venueId };
  };

  it('should let coordinators create tables, refuse members and outsiders, and refuse a duplicate name naming the field', async () => {
    const w = await world();
    const name = unique('Transitietafel Slimme Logistiek');
    const input = {
      kind: 'TRANSITION_TABLE',
      name,
      theme: 'LOGISTICS',
      ecosystem: 'LOGISTICS_TRADE',
      quorum: { business: 2, education: 1, government: 1 },
    };
    const created = await t.gql<{ createTransitionTable: Record<string, unknown> }>(
      CREATE_TABLE,
      { input },
      { token: w.coordinator.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTransitionTable).toMatchObject({
      name,
      status: 'ACTIVE',
      quorum: { business: 2, education: 1, government: 1 },
      coordinators: [{ id: w.coordinator.user.id }],
    });
    for (const token of [w.company.token, w.outsider.token]) {
      const refused = await t.gql(
        CREATE_TABLE,
        { input: { ...input, name: unique('x') } },
        { token },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const before = await count('SELECT count(*)::int AS count FROM transition_table');
    const duplicate = await t.gql(
      CREATE_TABLE,
      { input: { ...input, name: ` ${name.toUpperCase()} ` } },
      { token: w.coordinator.token },
    );
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'name',
        messageKey: 'validation.transitionTable.nameTaken',
      }),
    ]);
    const notCoordinator = await t.gql(
      CREATE_TABLE,
      { input: { ...input, name: unique('y'), coordinatorIds: [w.company.user.id] } },
      { token: w.coordinator.token },
    );
    expect(notCoordinator.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'coordinatorIds[0]' }),
    ]);
    expect(await count('SELECT count(*)::int AS count FROM transition_table')).toBe(before);
  });

  it('should add members all or nothing, show them by helix to members, and hide the table from outsiders', async () => {
    const w = await world();
    const second = await personFactory(t.dataSource, sessions, OrganisationKind.SCHOOL_MBO);
    const stranger = await personFactory(t.dataSource, sessions);
    const bad = await t.gql(
      ADD_MEMBERS,
      {
        input: {
          tableId: w.tableId,
          members: [
            { userId: second.user.id, organisationId: second.organisation.id },
            { userId: stranger.user.id, organisationId: second.organisation.id },
          ],
        },
      },
      { token: w.coordinator.token },
    );
    expect(bad.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'members[1].organisationId' }),
    ]);
    expect(
      await count(
        'SELECT count(*)::int AS count FROM transition_table_member WHERE table_id = $1',
        [w.tableId],
      ),
    ).toBe(3);
    const refused = await t.gql(
      ADD_MEMBERS,
      {
        input: {
          tableId: w.tableId,
          members: [{ userId: second.user.id, organisationId: second.organisation.id }],
        },
      },
      { token: w.company.token },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const added = await t.gql(
      ADD_MEMBERS,
      {
        input: {
          tableId: w.tableId,
          members: [{ userId: second.user.id, organisationId: second.organisation.id }],
        },
      },
      { token: w.coordinator.token },
    );
    expect(added.errors).toBeUndefined();

    const seen = await t.gql<{
      transitionTable: {
        membersByHelix: {
          helix: string;
          count: number;
          quorum: number;
          members: { id: string; helix: string }[];
        }[];
      };
    }>(TABLE, { id: w.tableId }, { token: w.school.token });
    expect(seen.errors).toBeUndefined();
    expect(
      seen.data!.transitionTable.membersByHelix.map((g) => [g.helix, g.count, g.quorum]),
    ).toEqual([
      ['BUSINESS', 1, 1],
      ['EDUCATION', 2, 1],
      ['GOVERNMENT', 1, 1],
    ]);
    expect(errorCode(await t.gql(TABLE, { id: w.tableId }, { token: w.outsider.token }))).toBe(
      'NOT_FOUND',
    );

    const mine = await t.gql<{ transitionTables: { totalCount: number; items: { id: string }[] } }>(
      TABLES,
      {},
      { token: w.company.token },
    );
    expect(mine.data!.transitionTables.items.map((i) => i.id)).toEqual([w.tableId]);
    const outsiders = await t.gql<{ transitionTables: { totalCount: number } }>(
      TABLES,
      {},
      {
        token: w.outsider.token,
      },
    );
    expect(outsiders.data!.transitionTables.totalCount).toBe(0);
    const all = await t.gql<{ transitionTables: { totalCount: number; items: { id: string }[] } }>(
      TABLES,
      { filter: { ecosystem: 'LOGISTICS_TRADE' } },
      { token: w.coordinator.token },
    );
    expect(all.data!.transitionTables.totalCount).toBeGreaterThanOrEqual(1);
    const none = await t.gql<{ transitionTables: { totalCount: number } }>(
      TABLES,
      { filter: { ecosystem: 'BUSINESS_FINANCE_ICT', search: 'geen-zo-een-tafel' } },
      { token: w.coordinator.token },
    );
    expect(none.data!.transitionTables.totalCount).toBe(0);
  });

  it('should create venues for coordinators and name the offending field', async () => {
    const w = await world();
    const created = await t.gql<{ createVenue: Record<string, unknown> }>(
      CREATE_VENUE,
      {
        input: {
          name: unique('Raadhuis Uithoorn'),
          municipalityCode: 'GM0451',
          address: 'Laan van Meerwijk 16',
          capacity: 40,
          wheelchairAccessible: true,
          publicTransportAccess: true,
        },
      },
      { token: w.coordinator.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createVenue).toMatchObject({
      capacity: 40,
      municipality: { code: 'GM0451' },
    });
    const unknown = await t.gql(
      CREATE_VENUE,
      { input: { name: 'Nergens', municipalityCode: 'GM9999', address: 'Straat 1', capacity: 5 } },
      { token: w.coordinator.token },
    );
    expect(unknown.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'municipalityCode' }),
    ]);
    const empty = await t.gql(
      CREATE_VENUE,
      { input: { name: 'Klein', municipalityCode: 'GM0358', address: 'Straat 1', capacity: 0 } },
      { token: w.coordinator.token },
    );
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(empty.errors![0].extensions!['fields'])).toContain('capacity');
    const member = await t.gql(
      CREATE_VENUE,
      { input: { name: 'Eigen', municipalityCode: 'GM0358', address: 'Straat 1', capacity: 5 } },
      { token: w.company.token },
    );
    expect(errorCode(member)).toBe('FORBIDDEN');
  });

  it('should store Amsterdam slots as instants across the daylight-saving change and refuse a skipped time', async () => {
    const w = await world();
    const input = {
      tableId: w.tableId,
      title: 'Regiogesprek stageplaatsen',
      durationMinutes: 120,
      // Summer time starts on Sunday 2030-03-31 at 02:00 (clocks to 03:00).
      slots: ['2030-03-30T10:00', '2030-04-01T10:00', '2030-03-31T01:30'],
      venueIds: [w.venueId],
      inviteeIds: [w.company.user.id, w.school.user.id, w.municipality.user.id],
    };
    const created = await t.gql<{
      createConversation: {
        id: string;
        status: string;
        slots: Record<string, string>[];
        invitees: { helix: string }[];
      };
    }>(CREATE_CONVERSATION, { input }, { token: w.coordinator.token });
    expect(created.errors).toBeUndefined();
    const conversation = created.data!.createConversation;
    expect(conversation.status).toBe('POLLING');
    expect(conversation.slots).toEqual([
      expect.objectContaining({
        start: '2030-03-30T09:00:00.000Z',
        end: '2030-03-30T11:00:00.000Z',
        startLocal: '2030-03-30T10:00:00+01:00',
      }),
      // 01:30 winter time, lasting two hours across the change: ends at 04:30 summer time.
      expect.objectContaining({
        start: '2030-03-31T00:30:00.000Z',
        end: '2030-03-31T02:30:00.000Z',
        startLocal: '2030-03-31T01:30:00+01:00',
        endLocal: '2030-03-31T04:30:00+02:00',
      }),
      expect.objectContaining({
        start: '2030-04-01T08:00:00.000Z',
        startLocal: '2030-04-01T10:00:00+02:00',
      }),
    ]);

    const before = await count('SELECT count(*)::int AS count FROM conversation');
    const skipped = await t.gql(
      CREATE_CONVERSATION,
      { input: { ...input, slots: ['2030-04-02T10:00', '2030-03-31T02:30'] } },
      { token: w.coordinator.token },
    );
    expect(skipped.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'slots[1]',
        messageKey: 'validation.conversation.slots.skippedByClockChange',
      }),
    ]);
    const notMember = await t.gql(
      CREATE_CONVERSATION,
      { input: { ...input, inviteeIds: [w.company.user.id, w.outsider.user.id] } },
      { token: w.coordinator.token },
    );
    expect(notMember.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'inviteeIds[1]' }),
    ]);
    const past = await t.gql(
      CREATE_CONVERSATION,
      { input: { ...input, slots: ['2020-01-06T10:00'] } },
      { token: w.coordinator.token },
    );
    expect(past.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'slots[0]',
        messageKey: 'validation.conversation.slots.inPast',
      }),
    ]);
    const byMember = await t.gql(CREATE_CONVERSATION, { input }, { token: w.company.token });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    expect(await count('SELECT count(*)::int AS count FROM conversation')).toBe(before);
  });

  const SLOTS: [string, string][] = [
    ['2030-06-03T07:00:00Z', '2030-06-03T09:00:00Z'],
    ['2030-06-04T07:00:00Z', '2030-06-04T09:00:00Z'],
  ];

  it('should let an invitee answer and change answers for themselves until the conversation is confirmed', async () => {
    const w = await world();
    const member = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    await t.dataSource.query(
      'INSERT INTO transition_table_member (table_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [w.tableId, member.user.id, member.organisation.id],
    );
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: SLOTS,
      venueIds: [w.venueId],
      invitees: [w.company, w.school, w.municipality],
    });
    const answer = (person: Person, answers: Record<string, unknown>[]) =>
      t.gql<{ answerAvailability: { myAnswers: Record<string, unknown>[] } }>(
        ANSWER,
        { input: { conversationId: conversation.id, answers } },
        { token: person.token },
      );
    const first = await answer(w.company, [
      { slotId: conversation.slotIds[0], answer: 'YES' },
      { slotId: conversation.slotIds[1], answer: 'NO', comment: 'Dan op de beurs in Aalsmeer' },
    ]);
    expect(first.errors).toBeUndefined();
    const changed = await answer(w.company, [
      { slotId: conversation.slotIds[1], answer: 'IF_NEED_BE', comment: 'Kan toch, later' },
    ]);
    expect(changed.data!.answerAvailability.myAnswers).toEqual(
      expect.arrayContaining([
        { slotId: conversation.slotIds[0], answer: 'YES', comment: null },
        { slotId: conversation.slotIds[1], answer: 'IF_NEED_BE', comment: 'Kan toch, later' },
      ]),
    );
    // A member of the table who is not invited, and an outsider, cannot answer.
    expect(
      errorCode(await answer(member, [{ slotId: conversation.slotIds[0], answer: 'YES' }])),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await answer(w.outsider, [{ slotId: conversation.slotIds[0], answer: 'YES' }])),
    ).toBe('NOT_FOUND');
    const otherSlot = await answer(w.school, [
      { slotId: conversation.slotIds[0], answer: 'YES' },
      { slotId: '00000000-0000-4000-8000-000000000001', answer: 'YES' },
    ]);
    expect(otherSlot.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'answers[1].slotId' }),
    ]);
    expect(
      await count('SELECT count(*)::int AS count FROM availability WHERE user_id = $1', [
        w.school.user.id,
      ]),
    ).toBe(0);

    await t.dataSource.query(
      `UPDATE conversation SET status = 'CONFIRMED', confirmed_slot_id = $2, confirmed_venue_id = $3, confirmed_at = now() WHERE id = $1`,
      [conversation.id, conversation.slotIds[0], w.venueId],
    );
    const late = await answer(w.company, [{ slotId: conversation.slotIds[0], answer: 'NO' }]);
    expect(errorCode(late)).toBe('CONFLICT');
    const [row] = await t.dataSource.query(
      'SELECT answer FROM availability WHERE slot_id = $1 AND user_id = $2',
      [conversation.slotIds[0], w.company.user.id],
    );
    expect(row.answer).toBe('YES');
  });

  it('should show coordinators the matrix grouped by helix in a fixed number of statements, and members none', async () => {
    const w = await world();
    const extra: Person[] = [];
    for (const kind of [
      OrganisationKind.COMPANY,
      OrganisationKind.SCHOOL_MBO,
      OrganisationKind.REGIONAL_BODY,
    ]) {
      for (let i = 0; i < 2; i += 1) extra.push(await personFactory(t.dataSource, sessions, kind));
    }
    const bigTable = await tableFactory(t.dataSource, [
      w.company,
      w.school,
      w.municipality,
      ...extra,
    ]);
    const small = await conversationFactory(t.dataSource, w.tableId, {
      slots: SLOTS,
      venueIds: [w.venueId],
      invitees: [w.company, w.school, w.municipality],
    });
    await answerFactory(t.dataSource, small, [
      [w.company, 0, 'YES'],
      [w.school, 0, 'IF_NEED_BE'],
      [w.municipality, 0, 'NO'],
      [w.municipality, 1, 'YES'],
    ]);
    const matrix = await t.gql<{
      conversation: {
        availability: {
          groups: {
            helix: string;
            rows: { person: { id: string }; answers: { answer: string | null }[] }[];
          }[];
          tallies: Record<string, unknown>[];
        };
      };
    }>(MATRIX, { id: small.id }, { token: w.coordinator.token });
    expect(matrix.errors).toBeUndefined();
    const { groups, tallies } = matrix.data!.conversation.availability;
    expect(groups.map((g) => [g.helix, g.rows.map((r) => r.person.id)])).toEqual([
      ['BUSINESS', [w.company.user.id]],
      ['EDUCATION', [w.school.user.id]],
      ['GOVERNMENT', [w.municipality.user.id]],
    ]);
    expect(groups[2].rows[0].answers.map((a) => a.answer)).toEqual(['NO', 'YES']);
    expect(tallies[0]).toMatchObject({
      yes: 1,
      ifNeedBe: 1,
      no: 1,
      unanswered: 0,
      score: 1.5,
      meetsQuorum: false,
      available: { business: 1, education: 1, government: 0 },
    });
    expect(tallies[1]).toMatchObject({ yes: 1, unanswered: 2, meetsQuorum: false });

    const member = await t.gql<{ conversation: { availability: unknown } }>(
      MATRIX,
      { id: small.id },
      { token: w.company.token },
    );
    expect(member.data!.conversation.availability).toBeNull();

    const big = await conversationFactory(t.dataSource, bigTable, {
      slots: [...SLOTS, ['2030-06-05T07:00:00Z', '2030-06-05T09:00:00Z']],
      venueIds: [w.venueId],
      invitees: [w.company, w.school, w.municipality, ...extra],
    });
    await answerFactory(
      t.dataSource,
      big,
      extra.map((p) => [p, 2, 'YES'] as [Person, number, 'YES']),
    );
    const statements = async (id: string) => {
      const result = await t.gql(MATRIX, { id }, { token: w.coordinator.token });
      expect(result.errors).toBeUndefined();
      // Counted within the request: background work (outbox, jobs) does not count.
      expect(queryCounter.lastRequest.count).toBeGreaterThan(2);
      return queryCounter.lastRequest.count;
    };
    expect(await statements(big.id)).toBe(await statements(small.id));
  });

  it('should list my invitations, not drafts, and nothing for others', async () => {
    const w = await world();
    const polling = await conversationFactory(t.dataSource, w.tableId, {
      slots: SLOTS,
      venueIds: [w.venueId],
      invitees: [w.company, w.school],
    });
    await conversationFactory(t.dataSource, w.tableId, {
      slots: SLOTS,
      venueIds: [w.venueId],
      invitees: [w.company],
      status: 'DRAFT',
    });
    const INVITATIONS = `{ myInvitations { totalCount items { id status table { id name } slots { id } } } }`;
    const mine = await t.gql<{
      myInvitations: { totalCount: number; items: { id: string; table: { id: string } }[] };
    }>(INVITATIONS, {}, { token: w.company.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myInvitations.items.map((i) => i.id)).toEqual([polling.id]);
    expect(mine.data!.myInvitations.items[0].table.id).toBe(w.tableId);
    const other = await t.gql<{ myInvitations: { totalCount: number } }>(
      INVITATIONS,
      {},
      {
        token: w.outsider.token,
      },
    );
    expect(other.data!.myInvitations.totalCount).toBe(0);
  });
});
