import { DataSource } from 'typeorm';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import {
  MembershipRole,
  membershipFactory,
  organisationFactory,
  OrganisationKind,
  PlatformRole,
  sessionFactory,
  unique,
  userFactory,
} from './accounts';

/** A signed-in person of a fresh organisation of the given kind (helix follows from it). */
export async function personFactory(
  dataSource: DataSource,
  sessions: SessionsService,
  kind: OrganisationKind = OrganisationKind.COMPANY,
  overrides: { displayName?: string; municipalityCode?: string } = {},
) {
  const organisation = await organisationFactory(dataSource, {
    kind,
    municipalityCode: overrides.municipalityCode,
  });
  const user = await userFactory(dataSource, { displayName: overrides.displayName });
  await membershipFactory(dataSource, user, organisation, MembershipRole.MEMBER);
  return {
    user,
    organisation,
    token: await sessionFactory(dataSource, sessions, user),
  };
}

export type Person = Awaited<ReturnType<typeof personFactory>>;

/** A signed-in regional coordinator (or admin). */
export async function coordinatorFactory(
  dataSource: DataSource,
  sessions: SessionsService,
  role: PlatformRole = PlatformRole.COORDINATOR,
) {
  const user = await userFactory(dataSource, { platformRole: role, displayName: 'Coördinator' });
  return { user, token: await sessionFactory(dataSource, sessions, user) };
}

/** A transition table inserted directly, with members (user, organisation). */
export async function tableFactory(
  dataSource: DataSource,
  members: Person[] = [],
  overrides: Partial<{ name: string; theme: string; ecosystem: string; quorum: number[] }> = {},
): Promise<string> {
  const [business, education, government] = overrides.quorum ?? [1, 1, 1];
  const [row] = await dataSource.query(
    `INSERT INTO transition_table (kind, name, theme, ecosystem, quorum_business, quorum_education, quorum_government)
     VALUES ('TRANSITION_TABLE', $1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      overrides.name ?? unique('Tafel'),
      overrides.theme ?? 'LOGISTICS',
      overrides.ecosystem ?? 'LOGISTICS_TRADE',
      business,
      education,
      government,
    ],
  );
  for (const member of members) {
    await dataSource.query(
      'INSERT INTO transition_table_member (table_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [row.id, member.user.id, member.organisation.id],
    );
  }
  return row.id;
}

/** A venue inserted directly. */
export async function venueFactory(
  dataSource: DataSource,
  overrides: Partial<{ name: string; municipalityCode: string; capacity: number }> = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO venue (name, municipality_code, address, capacity, public_transport_access)
     VALUES ($1, $2, 'Stationsplein 1', $3, true) RETURNING id`,
    [
      overrides.name ?? unique('Zaal'),
      overrides.municipalityCode ?? 'GM0362',
      overrides.capacity ?? 20,
    ],
  );
  return row.id;
}

/**
 * A polling conversation inserted directly: slots as [start, end) ISO instants, venues and
 * invitees (members of the table). Returns its id and slot ids in the given order.
 */
export async function conversationFactory(
  dataSource: DataSource,
  tableId: string,
  options: {
    slots: [string, string][];
    venueIds: string[];
    invitees: Person[];
    status?: string;
    quorum?: number[];
    title?: string;
  },
): Promise<{ id: string; slotIds: string[] }> {
  const [business, education, government] = options.quorum ?? [1, 1, 1];
  const [row] = await dataSource.query(
    `INSERT INTO conversation (table_id, title, duration_minutes, status, quorum_business, quorum_education, quorum_government)
     VALUES ($1, $2, 120, $3, $4, $5, $6) RETURNING id`,
    [
      tableId,
      options.title ?? unique('Regiogesprek'),
      options.status ?? 'POLLING',
      business,
      education,
      government,
    ],
  );
  const slotIds: string[] = [];
  for (const [start, end] of options.slots) {
    const [slot] = await dataSource.query(
      `INSERT INTO conversation_slot (conversation_id, during) VALUES ($1, tstzrange($2, $3, '[)')) RETURNING id`,
      [row.id, start, end],
    );
    slotIds.push(slot.id);
  }
  for (const venueId of options.venueIds) {
    await dataSource.query(
      'INSERT INTO conversation_venue (conversation_id, venue_id) VALUES ($1, $2)',
      [row.id, venueId],
    );
  }
  for (const invitee of options.invitees) {
    await dataSource.query(
      'INSERT INTO conversation_invitee (conversation_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [row.id, invitee.user.id, invitee.organisation.id],
    );
  }
  return { id: row.id, slotIds };
}

/** Answers inserted directly: [person, slot index, answer]. */
export async function answerFactory(
  dataSource: DataSource,
  conversation: { id: string; slotIds: string[] },
  answers: [Person, number, 'YES' | 'IF_NEED_BE' | 'NO'][],
): Promise<void> {
  for (const [person, slot, answer] of answers) {
    await dataSource.query(
      'INSERT INTO availability (conversation_id, slot_id, user_id, answer) VALUES ($1, $2, $3, $4)',
      [conversation.id, conversation.slotIds[slot], person.user.id, answer],
    );
  }
}

export { OrganisationKind, PlatformRole, unique };

/**
 * For the authorisation matrix: a table whose members are the world's `member` (through the
 * company O) and `organisationAdmin` (through the school S), a venue, and a conversation in the
 * given state that invites both (quorum 1 business, 1 education): POLLING with both answering
 * yes to two future slots, DRAFT, or CONFIRMED on the first slot with bookings and an open
 * action item owned by O.
 */
export async function matrixConversation(
  dataSource: DataSource,
  world: {
    organisationId: string;
    schoolId: string;
    emails: Partial<Record<string, string>>;
  },
  status: 'DRAFT' | 'POLLING' | 'CONFIRMED' = 'POLLING',
): Promise<{
  tableId: string;
  venueId: string;
  conversationId: string;
  slotIds: string[];
  actionItemId: string | null;
}> {
  const [member] = await dataSource.query('SELECT id FROM user_account WHERE email = $1', [
    world.emails['member'],
  ]);
  const [admin] = await dataSource.query('SELECT id FROM user_account WHERE email = $1', [
    world.emails['organisationAdmin'],
  ]);
  const [table] = await dataSource.query(
    `INSERT INTO transition_table (kind, name, theme, ecosystem, quorum_government)
     VALUES ('THEME_TABLE', $1, 'LOGISTICS', 'LOGISTICS_TRADE', 0) RETURNING id`,
    [unique('Matrixtafel')],
  );
  await dataSource.query(
    `INSERT INTO transition_table_member (table_id, user_id, organisation_id) VALUES ($1, $2, $3), ($1, $4, $5)`,
    [table.id, member.id, world.organisationId, admin.id, world.schoolId],
  );
  const venueId = await venueFactory(dataSource);
  const people = [
    { user: { id: member.id }, organisation: { id: world.organisationId } },
    { user: { id: admin.id }, organisation: { id: world.schoolId } },
  ] as unknown as Person[];
  const conversation = await conversationFactory(dataSource, table.id, {
    slots: [
      ['2031-05-12T07:00:00Z', '2031-05-12T09:00:00Z'],
      ['2031-05-13T07:00:00Z', '2031-05-13T09:00:00Z'],
    ],
    venueIds: [venueId],
    invitees: people,
    status: status === 'DRAFT' ? 'DRAFT' : 'POLLING',
    quorum: [1, 1, 0],
  });
  if (status !== 'DRAFT') {
    await answerFactory(dataSource, conversation, [
      [people[0], 0, 'YES'],
      [people[1], 0, 'YES'],
      [people[0], 1, 'YES'],
      [people[1], 1, 'IF_NEED_BE'],
    ]);
  }
  let actionItemId: string | null = null;
  if (status === 'CONFIRMED') {
    await dataSource.query(
      `UPDATE conversation SET status = 'CONFIRMED', confirmed_slot_id = $2, confirmed_venue_id = $3, confirmed_at = now() WHERE id = $1`,
      [conversation.id, conversation.slotIds[0], venueId],
    );
    await dataSource.query(
      `INSERT INTO venue_booking (conversation_id, venue_id, during) SELECT $1, $2, during FROM conversation_slot WHERE id = $3`,
      [conversation.id, venueId, conversation.slotIds[0]],
    );
    await dataSource.query(
      `INSERT INTO person_booking (conversation_id, user_id, during)
       SELECT $1, u, s.during FROM conversation_slot s, unnest($3::uuid[]) AS u WHERE s.id = $2`,
      [conversation.id, conversation.slotIds[0], [member.id, admin.id]],
    );
    const [item] = await dataSource.query(
      `INSERT INTO action_item (conversation_id, description, owner_organisation_id, due_date)
       VALUES ($1, 'Stageplaatsen inventariseren', $2, '2031-06-01') RETURNING id`,
      [conversation.id, world.organisationId],
    );
    actionItemId = item.id;
  }
  return {
    tableId: table.id,
    venueId,
    conversationId: conversation.id,
    slotIds: conversation.slotIds,
    actionItemId,
  };
}

/** A notification to the user with this email (a random uuid for nobody). */
export async function notificationFor(
  dataSource: DataSource,
  email: string | undefined,
): Promise<string> {
  if (!email) return '00000000-0000-4000-8000-0000000000bb';
  const [row] = await dataSource.query(
    `INSERT INTO notification (user_id, kind, payload)
     SELECT id, 'CONVERSATION_REMINDER', '{}' FROM user_account WHERE email = $1 RETURNING id`,
    [email],
  );
  return row.id;
}
