import { checkSchedule } from '@knooppunt/scheduling';
import request from 'supertest';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import { JobQueue } from '../../api/src/core/jobs/job-queue';
import { BookingsService } from '../../api/src/transition-tables/bookings.service';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  answerFactory,
  conversationFactory,
  coordinatorFactory,
  OrganisationKind,
  Person,
  personFactory,
  tableFactory,
  venueFactory,
} from '../factories/transition-tables';

const PROPOSE = `query($id: ID!) { proposeConversationSchedule(id: $id) {
  scheduledCount totalScore provenOptimal document
  scheduled { conversation { id } slot { id } venue { id } attendees { id helix } score }
  unscheduled { conversation { id } code messageKey reason helix have need
    slot { id } shortfalls { helix have need } suggestion { slot { id } persons { id } invite } } } }`;
const SEASON = `query($input: SeasonInput!) { proposeSeasonSchedule(input: $input) {
  scheduledCount scheduled { conversation { id } slot { id } venue { id } attendees { id } } unscheduled { conversation { id } code } document } }`;
const CONFIRM = `mutation($input: ConfirmConversationInput!) { confirmConversation(input: $input) {
  id status sequence confirmedSlot { id } confirmedVenue { id } attendees { id } } }`;
const RESCHEDULE = `mutation($input: ConfirmConversationInput!) { rescheduleConversation(input: $input) {
  id status sequence confirmedSlot { id } attendees { id } } }`;
const CANCEL = `mutation($input: CancelConversationInput!) { cancelConversation(input: $input) { id status sequence } }`;

/** [start, end) in ISO, `days` days from now at a whole hour, two hours long. */
function slotIn(days: number, hour = 9): [string, string] {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setUTCHours(hour, 0, 0, 0);
  return [start.toISOString(), new Date(start.getTime() + 2 * 3_600_000).toISOString()];
}

describe('proposing, confirming and the calendar', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query(sql, params))[0].count);
  /** The newest mail to an address with its calendar part. */
  const calendarMailTo = async (
    address: string,
  ): Promise<{ calendar_method: string | null; calendar: string | null }> =>
    (
      await t.dataSource.query(
        `SELECT calendar_method, calendar FROM mail_outbox WHERE to_address = $1
          ORDER BY created_at DESC, id LIMIT 1`,
        [address],
      )
    )[0];

  const world = async () => {
    const coordinator = await coordinatorFactory(t.dataSource, sessions);
    const b1 = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    const b2 = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    const e1 = await personFactory(t.dataSource, sessions, OrganisationKind.SCHOOL_MBO);
    const e2 = await personFactory(t.dataSource, sessions, OrganisationKind.UNIVERSITY);
    const g1 = await personFactory(t.dataSource, sessions, OrganisationKind.MUNICIPALITY);
    const g2 = await personFactory(t.dataSource, sessions, OrganisationKind.REGIONAL_BODY);
    const members = [b1, b2, e1, e2, g1, g2];
    const tableId = await tableFactory(t.dataSource, members);
    const venueId = await venueFactory(t.dataSource, { capacity: 10 });
    const smallVenueId = await venueFactory(t.dataSource, { capacity: 2 });
    return { coordinator, b1, b2, e1, e2, g1, g2, members, tableId, venueId, smallVenueId };
  };

  it('should propose the slot where the quorum holds with the best attendance, checked by the solver’s rules', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(30), slotIn(31), slotIn(32)],
      venueIds: [w.venueId],
      invitees: w.members,
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.e1, 0, 'YES'],
      [w.b1, 1, 'YES'],
      [w.b2, 1, 'IF_NEED_BE'],
      [w.e1, 1, 'YES'],
      [w.g1, 1, 'YES'],
      [w.g2, 1, 'NO'],
      [w.b1, 2, 'YES'],
      [w.e2, 2, 'YES'],
      [w.g2, 2, 'YES'],
    ]);
    const result = await t.gql<{
      proposeConversationSchedule: Record<string, never> & {
        scheduled: {
          slot: { id: string };
          venue: { id: string };
          attendees: { id: string }[];
          score: number;
        }[];
        document: unknown;
      };
    }>(PROPOSE, { id: conversation.id }, { token: w.coordinator.token });
    expect(result.errors).toBeUndefined();
    const proposal = result.data!.proposeConversationSchedule;
    expect(proposal.scheduledCount).toBe(1);
    expect(proposal.totalScore).toBe(3.5);
    expect(proposal.scheduled[0].slot.id).toBe(conversation.slotIds[1]);
    expect(proposal.scheduled[0].venue.id).toBe(w.venueId);
    expect(proposal.scheduled[0].score).toBe(3.5);
    expect(proposal.scheduled[0].attendees.map((a) => a.id).sort()).toEqual(
      [w.b1, w.b2, w.e1, w.g1].map((p) => p.user.id).sort(),
    );
    // The solver's own checker agrees with the proposal on the document it solved.
    const output = {
      schedule: proposal.scheduled.map((s) => ({
        conversation: conversation.id,
        slot: s.slot.id,
        venue: s.venue.id,
        attendees: s.attendees.map((a) => a.id),
      })),
      unscheduled: [],
      scheduledCount: 1,
      totalScore: 3.5,
    };
    expect(checkSchedule(proposal.document, output)).toEqual([]);

    const member = await t.gql(PROPOSE, { id: conversation.id }, { token: w.b1.token });
    expect(errorCode(member)).toBe('FORBIDDEN');
  });

  it('should say which helix falls short and who would help when no slot meets the quorum', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(40)],
      venueIds: [w.venueId],
      invitees: w.members,
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.g1, 0, 'YES'],
      [w.e1, 0, 'NO'],
    ]);
    const result = await t.gql<{
      proposeConversationSchedule: {
        scheduledCount: number;
        unscheduled: Record<string, unknown>[];
      };
    }>(PROPOSE, { id: conversation.id }, { token: w.coordinator.token });
    expect(result.errors).toBeUndefined();
    const [unscheduled] = result.data!.proposeConversationSchedule.unscheduled;
    expect(result.data!.proposeConversationSchedule.scheduledCount).toBe(0);
    expect(unscheduled).toMatchObject({
      code: 'QUORUM_SHORT',
      messageKey: 'schedule.unscheduled.QUORUM_SHORT',
      helix: 'EDUCATION',
      have: 0,
      need: 1,
      slot: { id: conversation.slotIds[0] },
    });
    expect(unscheduled['reason']).toEqual(expect.stringMatching(/education/i));
    // e2 has not answered: inviting an answer from them would help (e1 said no).
    const persons = (unscheduled['suggestion'] as { persons: { id: string }[] }).persons;
    expect(persons.map((p) => p.id)).toEqual([w.e2.user.id]);
  });

  it('should plan a season without double-booking a shared venue', async () => {
    const w = await world();
    const other = await tableFactory(t.dataSource, w.members);
    const slots = [slotIn(50), slotIn(51)];
    const a = await conversationFactory(t.dataSource, w.tableId, {
      slots,
      venueIds: [w.venueId],
      invitees: [w.b1, w.e1, w.g1],
    });
    const b = await conversationFactory(t.dataSource, other, {
      slots,
      venueIds: [w.venueId],
      invitees: [w.b2, w.e2, w.g2],
    });
    for (const [conversation, people] of [
      [a, [w.b1, w.e1, w.g1]],
      [b, [w.b2, w.e2, w.g2]],
    ] as const) {
      await answerFactory(
        t.dataSource,
        conversation,
        people.flatMap((p) => [
          [p, 0, 'YES'],
          [p, 1, 'IF_NEED_BE'],
        ]) as [Person, number, 'YES' | 'IF_NEED_BE'][],
      );
    }
    const result = await t.gql<{
      proposeSeasonSchedule: {
        scheduledCount: number;
        scheduled: { conversation: { id: string }; slot: { id: string } }[];
      };
    }>(
      SEASON,
      {
        input: {
          from: new Date(Date.now() + 49 * 86_400_000).toISOString(),
          to: new Date(Date.now() + 53 * 86_400_000).toISOString(),
          tableIds: [w.tableId, other],
        },
      },
      { token: w.coordinator.token },
    );
    expect(result.errors).toBeUndefined();
    const season = result.data!.proposeSeasonSchedule;
    expect(season.scheduledCount).toBe(2);
    const slotOf = new Map(season.scheduled.map((s) => [s.conversation.id, s.slot.id]));
    // One gets its YES slot, the other moves to the other day: the venue is never shared.
    expect(new Set([slotOf.get(a.id), slotOf.get(b.id)]).size).toBe(2);
  });

  it('should confirm: book the venue and attendees, notify and mail them, and refuse an answer afterwards', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(60)],
      venueIds: [w.venueId, w.smallVenueId],
      invitees: w.members,
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.e1, 0, 'IF_NEED_BE'],
      [w.g1, 0, 'YES'],
      [w.g2, 0, 'NO'],
    ]);
    const tooSmall = await t.gql(
      CONFIRM,
      { input: { id: conversation.id, slotId: conversation.slotIds[0], venueId: w.smallVenueId } },
      { token: w.coordinator.token },
    );
    expect(tooSmall.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        field: 'attendeeIds',
        messageKey: 'validation.conversation.attendeeIds.overCapacity',
      }),
    ]);
    const noQuorum = await t.gql(
      CONFIRM,
      {
        input: {
          id: conversation.id,
          slotId: conversation.slotIds[0],
          venueId: w.venueId,
          attendeeIds: [w.b1.user.id, w.g1.user.id],
        },
      },
      { token: w.coordinator.token },
    );
    expect(noQuorum.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({
        messageKey: 'validation.conversation.attendeeIds.quorum.education',
      }),
    ]);
    const byMember = await t.gql(
      CONFIRM,
      { input: { id: conversation.id, slotId: conversation.slotIds[0], venueId: w.venueId } },
      { token: w.b1.token },
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    expect(
      await count('SELECT count(*)::int AS count FROM person_booking WHERE conversation_id = $1', [
        conversation.id,
      ]),
    ).toBe(0);

    const confirmed = await t.gql<{
      confirmConversation: { status: string; sequence: number; attendees: { id: string }[] };
    }>(
      CONFIRM,
      { input: { id: conversation.id, slotId: conversation.slotIds[0], venueId: w.venueId } },
      { token: w.coordinator.token },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmConversation).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
    expect(confirmed.data!.confirmConversation.attendees.map((a) => a.id).sort()).toEqual(
      [w.b1, w.e1, w.g1].map((p) => p.user.id).sort(),
    );
    expect(
      await count('SELECT count(*)::int AS count FROM venue_booking WHERE conversation_id = $1', [
        conversation.id,
      ]),
    ).toBe(1);
    const notifications = await t.gql<{
      myNotifications: {
        unreadCount: number;
        items: {
          id: string;
          kind: string;
          conversationId: string;
          payload: Record<string, unknown>;
        }[];
      };
    }>(
      '{ myNotifications { unreadCount items { id kind conversationId payload } } }',
      {},
      { token: w.e1.token },
    );
    expect(notifications.data!.myNotifications.items[0]).toMatchObject({
      kind: 'CONVERSATION_CONFIRMED',
      conversationId: conversation.id,
    });
    const [mail] = await t.mailsTo(w.e1.user.email);
    expect(mail.subject).toMatch(/^Uitnodiging: /);
    expect(mail.body).toContain(`/gesprekken/${conversation.id}`);
    // The mail carries the calendar entry: this attendee only, never the others' addresses.
    const invitation = await calendarMailTo(w.e1.user.email);
    expect(invitation.calendar_method).toBe('REQUEST');
    expect(invitation.calendar).toContain('METHOD:REQUEST');
    expect(invitation.calendar).toContain(`UID:conversation-${conversation.id}@knooppunt`);
    expect(invitation.calendar).toContain('SEQUENCE:0');
    expect(invitation.calendar).toContain(w.e1.user.email);
    expect(invitation.calendar).not.toContain(w.b1.user.email);
    expect(await t.mailsTo(w.g2.user.email)).toEqual([]);
    const read = await t.gql<{ markNotificationRead: { readAt: string } }>(
      'mutation($input: IdInput!) { markNotificationRead(input: $input) { readAt } }',
      { input: { id: notifications.data!.myNotifications.items[0].id } },
      { token: w.e1.token },
    );
    expect(read.data!.markNotificationRead.readAt).toBeTruthy();
    const foreign = await t.gql(
      'mutation($input: IdInput!) { markNotificationRead(input: $input) { readAt } }',
      { input: { id: notifications.data!.myNotifications.items[0].id } },
      { token: w.b2.token },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');

    const ics = await t.gql<{ conversation: { invitationCalendar: string | null } }>(
      'query($id: ID!) { conversation(id: $id) { invitationCalendar } }',
      { id: conversation.id },
      { token: w.e1.token },
    );
    const text = ics.data!.conversation.invitationCalendar!;
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain(`UID:conversation-${conversation.id}@knooppunt`);
    expect(text).toContain(w.e1.user.email);
    expect(text).not.toContain(w.b1.user.email);
    const notAttending = await t.gql<{ conversation: { invitationCalendar: string | null } }>(
      'query($id: ID!) { conversation(id: $id) { invitationCalendar } }',
      { id: conversation.id },
      { token: w.g2.token },
    );
    expect(notAttending.data!.conversation.invitationCalendar).toBeNull();

    const late = await t.gql(
      'mutation($input: AnswerAvailabilityInput!) { answerAvailability(input: $input) { id } }',
      {
        input: {
          conversationId: conversation.id,
          answers: [{ slotId: conversation.slotIds[0], answer: 'YES' }],
        },
      },
      { token: w.g2.token },
    );
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('should let exactly one of two concurrent confirmations book a shared venue or person; the other gets CONFLICT and writes nothing', async () => {
    const w = await world();
    const otherVenue = await venueFactory(t.dataSource);
    const rounds: { shared: 'venue' | 'person' }[] = [
      { shared: 'venue' },
      { shared: 'person' },
      { shared: 'venue' },
      { shared: 'person' },
    ];
    for (const [i, round] of rounds.entries()) {
      // Overlapping, not equal: 09:00–11:00 and 10:00–12:00.
      const first = slotIn(70 + i, 9);
      const second = slotIn(70 + i, 10);
      const a = await conversationFactory(t.dataSource, w.tableId, {
        slots: [first],
        venueIds: [w.venueId],
        invitees: [w.b1, w.e1, w.g1],
      });
      const b = await conversationFactory(t.dataSource, w.tableId, {
        slots: [second],
        venueIds: [round.shared === 'venue' ? w.venueId : otherVenue],
        invitees: round.shared === 'venue' ? [w.b2, w.e2, w.g2] : [w.b1, w.e2, w.g2],
      });
      await answerFactory(t.dataSource, a, [
        [w.b1, 0, 'YES'],
        [w.e1, 0, 'YES'],
        [w.g1, 0, 'YES'],
      ]);
      await answerFactory(
        t.dataSource,
        b,
        (round.shared === 'venue' ? [w.b2, w.e2, w.g2] : [w.b1, w.e2, w.g2]).map(
          (p) => [p, 0, 'YES'] as [Person, number, 'YES'],
        ),
      );
      const before = {
        notifications: await count('SELECT count(*)::int AS count FROM notification'),
        mails: await count('SELECT count(*)::int AS count FROM mail_outbox'),
        jobs: await count(
          `SELECT count(*)::int AS count FROM job WHERE queue = 'conversation-reminder'`,
        ),
      };
      const results = await Promise.all(
        [a, b].map((c) =>
          t.gql(
            CONFIRM,
            {
              input: {
                id: c.id,
                slotId: c.slotIds[0],
                venueId: c === a ? w.venueId : round.shared === 'venue' ? w.venueId : otherVenue,
              },
            },
            { token: w.coordinator.token },
          ),
        ),
      );
      const codes = results.map((r) => errorCode(r) ?? 'OK');
      expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
      const loser = results.findIndex((r) => errorCode(r) === 'CONFLICT');
      expect(results[loser].errors![0].extensions!['messageKey']).toBe(
        round.shared === 'venue'
          ? 'errors.conversations.venueBooked'
          : 'errors.conversations.personBooked',
      );
      const loserId = [a, b][loser].id;
      const [state] = await t.dataSource.query(
        'SELECT status, confirmed_slot_id, sequence FROM conversation WHERE id = $1',
        [loserId],
      );
      expect(state).toEqual({ status: 'POLLING', confirmed_slot_id: null, sequence: 0 });
      expect(
        await count('SELECT count(*)::int AS count FROM venue_booking WHERE conversation_id = $1', [
          loserId,
        ]),
      ).toBe(0);
      expect(
        await count(
          'SELECT count(*)::int AS count FROM person_booking WHERE conversation_id = $1',
          [loserId],
        ),
      ).toBe(0);
      expect(
        await count('SELECT count(*)::int AS count FROM notification WHERE conversation_id = $1', [
          loserId,
        ]),
      ).toBe(0);
      // Only the winner's three attendees were told, and one reminder queued.
      expect(await count('SELECT count(*)::int AS count FROM notification')).toBe(
        before.notifications + 3,
      );
      expect(await count('SELECT count(*)::int AS count FROM mail_outbox')).toBe(before.mails + 3);
      expect(
        await count(`SELECT count(*)::int AS count FROM job WHERE queue = 'conversation-reminder'`),
      ).toBe(before.jobs + 1);
    }
  });

  it('should reschedule and cancel in one step each, raising the sequence and releasing the bookings', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(80), slotIn(81)],
      venueIds: [w.venueId],
      invitees: [w.b1, w.e1, w.g1, w.g2],
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.e1, 0, 'YES'],
      [w.g1, 0, 'YES'],
      [w.b1, 1, 'YES'],
      [w.e1, 1, 'YES'],
      [w.g2, 1, 'YES'],
    ]);
    const confirmed = await t.gql(
      CONFIRM,
      { input: { id: conversation.id, slotId: conversation.slotIds[0], venueId: w.venueId } },
      { token: w.coordinator.token },
    );
    expect(confirmed.errors).toBeUndefined();
    // Another conversation takes the venue on the second day: moving there must fail whole.
    const blocker = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(81, 10)],
      venueIds: [w.venueId],
      invitees: [w.b2, w.e2, w.g2],
    });
    await t.dataSource.query(
      `INSERT INTO venue_booking (conversation_id, venue_id, during) SELECT $1, $2, during FROM conversation_slot WHERE id = $3`,
      [blocker.id, w.venueId, blocker.slotIds[0]],
    );
    const blocked = await t.gql(
      RESCHEDULE,
      { input: { id: conversation.id, slotId: conversation.slotIds[1], venueId: w.venueId } },
      { token: w.coordinator.token },
    );
    expect(errorCode(blocked)).toBe('CONFLICT');
    const [still] = await t.dataSource.query(
      'SELECT confirmed_slot_id, sequence FROM conversation WHERE id = $1',
      [conversation.id],
    );
    expect(still).toEqual({ confirmed_slot_id: conversation.slotIds[0], sequence: 0 });
    expect(
      await count('SELECT count(*)::int AS count FROM person_booking WHERE conversation_id = $1', [
        conversation.id,
      ]),
    ).toBe(3);
    await t.dataSource.query('DELETE FROM venue_booking WHERE conversation_id = $1', [blocker.id]);

    const moved = await t.gql<{
      rescheduleConversation: {
        sequence: number;
        confirmedSlot: { id: string };
        attendees: { id: string }[];
      };
    }>(
      RESCHEDULE,
      { input: { id: conversation.id, slotId: conversation.slotIds[1], venueId: w.venueId } },
      { token: w.coordinator.token },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleConversation.sequence).toBe(1);
    expect(moved.data!.rescheduleConversation.confirmedSlot.id).toBe(conversation.slotIds[1]);
    expect(moved.data!.rescheduleConversation.attendees.map((a) => a.id).sort()).toEqual(
      [w.b1, w.e1, w.g2].map((p) => p.user.id).sort(),
    );
    // g1 no longer attends: told so; g2 now does.
    expect((await t.mailsTo(w.g1.user.email))[0].subject).toMatch(/^Afgelast/);
    expect((await t.mailsTo(w.g2.user.email))[0].subject).toMatch(/^Verplaatst/);
    const dropped = await calendarMailTo(w.g1.user.email);
    expect(dropped.calendar_method).toBe('CANCEL');
    expect(dropped.calendar).toMatch(/SEQUENCE:1\r?\n/);
    const added = await calendarMailTo(w.g2.user.email);
    expect(added.calendar_method).toBe('REQUEST');
    expect(added.calendar).toMatch(/SEQUENCE:1\r?\n/);

    const bookings = t.app.get(BookingsService);
    expect(await bookings.remind(conversation.id, 0)).toBe(false);

    const cancelled = await t.gql<{ cancelConversation: { status: string; sequence: number } }>(
      CANCEL,
      { input: { id: conversation.id, reason: 'Te weinig onderwijs aanwezig' } },
      { token: w.coordinator.token },
    );
    expect(cancelled.data!.cancelConversation).toEqual({
      id: conversation.id,
      status: 'CANCELLED',
      sequence: 2,
    });
    expect(
      await count('SELECT count(*)::int AS count FROM person_booking WHERE conversation_id = $1', [
        conversation.id,
      ]),
    ).toBe(0);
    expect(
      await count('SELECT count(*)::int AS count FROM venue_booking WHERE conversation_id = $1', [
        conversation.id,
      ]),
    ).toBe(0);
    expect(await bookings.remind(conversation.id, 1)).toBe(false);
    const cancellation = await calendarMailTo(w.b1.user.email);
    expect(cancellation.calendar_method).toBe('CANCEL');
    expect(cancellation.calendar).toContain('METHOD:CANCEL');
    expect(cancellation.calendar).toMatch(/SEQUENCE:2\r?\n/);
    const ics = await t.gql<{ conversation: { invitationCalendar: string } }>(
      'query($id: ID!) { conversation(id: $id) { invitationCalendar } }',
      { id: conversation.id },
      { token: w.b1.token },
    );
    expect(ics.data!.conversation.invitationCalendar).toContain('METHOD:CANCEL');
    expect(ics.data!.conversation.invitationCalendar).toContain('SEQUENCE:2');
  });

  it('should send the reminder through the job queue for a conversation that is still on', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      // Within 24 hours: the reminder is due at once.
      slots: [
        [
          new Date(Date.now() + 3 * 3_600_000).toISOString(),
          new Date(Date.now() + 5 * 3_600_000).toISOString(),
        ],
      ],
      venueIds: [w.venueId],
      invitees: [w.b1, w.e1, w.g1],
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.e1, 0, 'YES'],
      [w.g1, 0, 'YES'],
    ]);
    const later = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(5)],
      venueIds: [w.venueId],
      invitees: [w.b2, w.e2, w.g2],
    });
    await answerFactory(t.dataSource, later, [
      [w.b2, 0, 'YES'],
      [w.e2, 0, 'YES'],
      [w.g2, 0, 'YES'],
    ]);
    for (const c of [conversation, later]) {
      const confirmed = await t.gql(
        CONFIRM,
        { input: { id: c.id, slotId: c.slotIds[0], venueId: w.venueId } },
        { token: w.coordinator.token },
      );
      expect(confirmed.errors).toBeUndefined();
    }
    const [job] = await t.dataSource.query(
      `SELECT run_after, payload FROM job WHERE queue = 'conversation-reminder' AND payload->>'conversationId' = $1`,
      [later.id],
    );
    const [slot] = await t.dataSource.query(
      'SELECT lower(during) AS start FROM conversation_slot WHERE id = $1',
      [later.slotIds[0]],
    );
    expect(new Date(slot.start).getTime() - new Date(job.run_after).getTime()).toBe(24 * 3_600_000);
    // The later one is cancelled before its reminder is due; then its job runs anyway.
    await t.gql(CANCEL, { input: { id: later.id } }, { token: w.coordinator.token });
    await t.dataSource.query(
      `UPDATE job SET run_after = now() WHERE queue = 'conversation-reminder' AND payload->>'conversationId' = $1`,
      [later.id],
    );
    const jobs = t.app.get(JobQueue);
    const reminders = (id: string) =>
      count(
        `SELECT count(*)::int AS count FROM notification WHERE conversation_id = $1 AND kind = 'CONVERSATION_REMINDER'`,
        [id],
      );
    for (let i = 0; i < 50 && (await reminders(conversation.id)) < 3; i += 1) {
      await jobs.poll();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await jobs.poll();
    expect(await reminders(conversation.id)).toBe(3);
    expect(await reminders(later.id)).toBe(0);
    expect((await t.mailsTo(w.e1.user.email))[0].subject).toMatch(/^Herinnering/);
    const states = await t.dataSource.query(
      `SELECT status FROM job WHERE queue = 'conversation-reminder' AND payload->>'conversationId' = ANY($1)`,
      [[conversation.id, later.id]],
    );
    expect(states.map((s: { status: string }) => s.status)).toEqual(['DONE', 'DONE']);
  });

  it('should serve a personal calendar feed by secret token, refuse other or old tokens with 404, and renew', async () => {
    const w = await world();
    const conversation = await conversationFactory(t.dataSource, w.tableId, {
      slots: [slotIn(90)],
      venueIds: [w.venueId],
      invitees: [w.b1, w.e1, w.g1],
    });
    await answerFactory(t.dataSource, conversation, [
      [w.b1, 0, 'YES'],
      [w.e1, 0, 'YES'],
      [w.g1, 0, 'YES'],
    ]);
    await t.gql(
      CONFIRM,
      { input: { id: conversation.id, slotId: conversation.slotIds[0], venueId: w.venueId } },
      { token: w.coordinator.token },
    );
    const RENEW = 'mutation { renewCalendarFeed { url createdAt } }';
    const first = await t.gql<{ renewCalendarFeed: { url: string } }>(
      RENEW,
      {},
      { token: w.e1.token },
    );
    const url = new URL(first.data!.renewCalendarFeed.url);
    expect(url.pathname).toMatch(/^\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const server = t.app.getHttpServer();
    const feed = await request(server).get(url.pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.text).toContain(`UID:conversation-${conversation.id}@knooppunt`);
    expect(feed.text).not.toContain('METHOD:');
    expect(feed.text).not.toContain(w.b1.user.email);
    const [stored] = await t.dataSource.query(
      'SELECT token_hash FROM calendar_feed WHERE user_id = $1',
      [w.e1.user.id],
    );
    expect(url.pathname).not.toContain(stored.token_hash);

    // Someone else's feed shows their own conversations only.
    const other = await t.gql<{ renewCalendarFeed: { url: string } }>(
      RENEW,
      {},
      { token: w.e2.token },
    );
    const otherFeed = await request(server).get(
      new URL(other.data!.renewCalendarFeed.url).pathname,
    );
    expect(otherFeed.status).toBe(200);
    expect(otherFeed.text).not.toContain(conversation.id);
    // Guesses and malformed tokens: 404.
    for (const guess of [
      '/ical/' + 'A'.repeat(43) + '.ics',
      '/ical/abc.ics',
      '/ical/' + url.pathname.slice('/ical/'.length, '/ical/'.length + 43),
    ]) {
      expect((await request(server).get(guess)).status).toBe(404);
    }
    const status = await t.gql<{ myCalendarFeed: { active: boolean; lastUsedAt: string | null } }>(
      '{ myCalendarFeed { active lastUsedAt } }',
      {},
      { token: w.e1.token },
    );
    expect(status.data!.myCalendarFeed.active).toBe(true);
    expect(status.data!.myCalendarFeed.lastUsedAt).toBeTruthy();
    const renewed = await t.gql<{ renewCalendarFeed: { url: string } }>(
      RENEW,
      {},
      { token: w.e1.token },
    );
    expect((await request(server).get(url.pathname)).status).toBe(404);
    expect(
      (await request(server).get(new URL(renewed.data!.renewCalendarFeed.url).pathname)).status,
    ).toBe(200);
  });
});
