import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Helix } from '@knooppunt/domain';
import { Explanation, SeasonDocument, solveSeason } from '@knooppunt/scheduling';
import { DataSource, In } from 'typeorm';
import { RequestContext } from '../core/auth/actor';
import { AppError } from '../core/errors';
import { assertOrganiser, visibleConversation } from './access';
import { SeasonInput } from './dto/conversation.inputs';
import { ConversationEntity } from './entities/conversation.entity';
import { VenueEntity } from './entities/venue.entity';
import { ScheduleProposal } from './models/schedule.models';
import { slotRows } from './table-loaders';
import {
  PersonRow,
  SlotRow,
  toConversation,
  toPerson,
  toSlot,
  toVenue,
} from './transition-table.mappers';
import { AvailabilityAnswer, ConversationStatus } from './transition-tables.enums';
import { conversationErrors } from './transition-tables.errors';

const HALF: Record<AvailabilityAnswer, number> = { YES: 2, IF_NEED_BE: 1, NO: 0 };

/**
 * Proposals from @knooppunt/scheduling: the season document is built from the database (slots,
 * venues, invitees with their helix, answers; busy = existing bookings of other conversations)
 * in a fixed number of statements, solved, and returned with entities instead of ids. Nothing
 * is written: the coordinator confirms.
 */
@Injectable()
export class SchedulingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async proposeConversation(ctx: RequestContext, id: string): Promise<ScheduleProposal> {
    assertOrganiser(ctx.actor);
    const conversation = await visibleConversation(this.dataSource.manager, ctx.actor, id);
    if (
      conversation.status !== ConversationStatus.POLLING &&
      conversation.status !== ConversationStatus.CONFIRMED
    ) {
      throw conversationErrors.wrongStatus(conversation.status, 'propose');
    }
    return this.propose([conversation], null);
  }

  async proposeSeason(ctx: RequestContext, input: SeasonInput): Promise<ScheduleProposal> {
    assertOrganiser(ctx.actor);
    const from = new Date(input.from);
    const to = new Date(input.to);
    if (to <= from) throw conversationErrors.rangeOrder();
    const builder = this.dataSource
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .where('c.status = :status', { status: ConversationStatus.POLLING })
      .andWhere(
        `EXISTS (SELECT 1 FROM conversation_slot s WHERE s.conversation_id = c.id
                  AND s.during <@ tstzrange(:from, :to, '[)'))`,
        { from: from.toISOString(), to: to.toISOString() },
      );
    if (input.tableIds?.length)
      builder.andWhere('c.table_id IN (:...tables)', { tables: input.tableIds });
    const conversations = await builder
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(500)
      .getMany();
    return this.propose(conversations, [from, to]);
  }

  private async propose(
    conversations: ConversationEntity[],
    period: [Date, Date] | null,
  ): Promise<ScheduleProposal> {
    const ids = conversations.map((c) => c.id);
    const tableIds = [...new Set(conversations.map((c) => c.tableId))];
    const allSlots = await slotRows(this.dataSource, 'conversation_id', ids);
    const slots = period
      ? allSlots.filter((s) => s.start >= period[0] && s.end <= period[1])
      : allSlots;
    const venueLinks: { conversation_id: string; venue_id: string }[] = await this.dataSource.query(
      'SELECT conversation_id, venue_id FROM conversation_venue WHERE conversation_id = ANY($1)',
      [ids],
    );
    const venues = venueLinks.length
      ? await this.dataSource
          .getRepository(VenueEntity)
          .findBy({ id: In([...new Set(venueLinks.map((l) => l.venue_id))]) })
      : [];
    // Invitees, and the other members of the tables (the explanation may suggest inviting them).
    const people: (PersonRow & { conversation_id: string | null; lat: number; lon: number })[] =
      await this.dataSource.query(
        `SELECT i.conversation_id, u.id AS user_id, u.display_name, o.id AS organisation_id, o.helix,
                m.latitude AS lat, m.longitude AS lon
           FROM conversation_invitee i JOIN user_account u ON u.id = i.user_id
           JOIN organisation o ON o.id = i.organisation_id JOIN municipality m ON m.code = o.municipality_code
          WHERE i.conversation_id = ANY($1)
         UNION ALL
         SELECT NULL, u.id, u.display_name, o.id, o.helix, m.latitude, m.longitude
           FROM transition_table_member t JOIN user_account u ON u.id = t.user_id
           JOIN organisation o ON o.id = t.organisation_id JOIN municipality m ON m.code = o.municipality_code
          WHERE t.table_id = ANY($2)
          ORDER BY 2, 1`,
        [ids, tableIds],
      );
    const answers: { user_id: string; slot_id: string; answer: AvailabilityAnswer }[] =
      await this.dataSource.query(
        'SELECT user_id, slot_id, answer FROM availability WHERE conversation_id = ANY($1)',
        [ids],
      );
    const span = slots.length
      ? [
          new Date(Math.min(...slots.map((s) => s.start.getTime()))).toISOString(),
          new Date(Math.max(...slots.map((s) => s.end.getTime()))).toISOString(),
        ]
      : null;
    const personIds = [...new Set(people.map((p) => p.user_id))];
    const busy: { venue_id: string | null; user_id: string | null; start: Date; end: Date }[] = span
      ? await this.dataSource.query(
          `SELECT venue_id, NULL AS user_id, lower(during) AS start, upper(during) AS "end"
               FROM venue_booking WHERE venue_id = ANY($1) AND conversation_id <> ALL($3)
                AND during && tstzrange($4, $5, '[)')
             UNION ALL
             SELECT NULL, user_id, lower(during), upper(during)
               FROM person_booking WHERE user_id = ANY($2) AND conversation_id <> ALL($3)
                AND during && tstzrange($4, $5, '[)')`,
          [venues.map((v) => v.id), personIds, ids, span[0], span[1]],
        )
      : [];
    // Where each table met most recently: rotation over municipalities.
    const recent: { table_id: string; municipality_code: string }[] = await this.dataSource.query(
      `SELECT c.table_id, v.municipality_code FROM conversation c
         JOIN venue v ON v.id = c.confirmed_venue_id
         JOIN conversation_slot s ON s.id = c.confirmed_slot_id
        WHERE c.table_id = ANY($1) AND c.status = 'CONFIRMED' AND c.id <> ALL($2)
        ORDER BY lower(s.during) DESC`,
      [tableIds, ids],
    );
    const municipalities = (await this.dataSource.query(
      'SELECT code, latitude AS lat, longitude AS lon FROM municipality',
    )) as { code: string; lat: number; lon: number }[];
    const centre = new Map(municipalities.map((m) => [m.code, { lat: m.lat, lon: m.lon }]));

    const person = new Map<string, (typeof people)[number]>();
    for (const row of people) if (!person.has(row.user_id)) person.set(row.user_id, row);
    const slotIds = new Set(slots.map((s) => s.id));
    const document: SeasonDocument = {
      slots: slots.map((s) => ({
        id: s.id,
        start: s.start.toISOString(),
        end: s.end.toISOString(),
      })),
      people: [...person.values()].map((p) => ({
        id: p.user_id,
        helix: p.helix ?? Helix.BUSINESS,
        location: { lat: p.lat, lon: p.lon },
      })),
      venues: venues.map((v) => ({
        id: v.id,
        capacity: v.capacity,
        municipality: v.municipalityCode,
        ...(centre.get(v.municipalityCode) ? { location: centre.get(v.municipalityCode) } : {}),
      })),
      conversations: conversations.map((c) => ({
        id: c.id,
        table: c.tableId,
        recentMunicipalities: recent
          .filter((r) => r.table_id === c.tableId)
          .map((r) => r.municipality_code),
        slots: slots.filter((s) => s.conversation_id === c.id).map((s) => s.id),
        venues: venueLinks.filter((l) => l.conversation_id === c.id).map((l) => l.venue_id),
        invitees: people.filter((p) => p.conversation_id === c.id).map((p) => p.user_id),
        quorum: {
          BUSINESS: c.quorumBusiness,
          EDUCATION: c.quorumEducation,
          GOVERNMENT: c.quorumGovernment,
        },
      })),
      availability: answers
        .filter((a) => slotIds.has(a.slot_id))
        .map((a) => ({ person: a.user_id, slot: a.slot_id, answer: a.answer })),
      busy: busy.map((b) => ({
        ...(b.venue_id ? { venue: b.venue_id } : { person: b.user_id ?? '' }),
        start: new Date(b.start).toISOString(),
        end: new Date(b.end).toISOString(),
      })),
    };
    const result = solveSeason(document);

    const slotById = new Map<string, SlotRow>(slots.map((s) => [s.id, s]));
    const venueById = new Map(venues.map((v) => [v.id, v]));
    const conversationById = new Map(conversations.map((c) => [c.id, c]));
    const answerOf = new Map(answers.map((a) => [`${a.user_id}:${a.slot_id}`, a.answer]));
    const slotOf = (id: string | undefined) => {
      const row = id ? slotById.get(id) : undefined;
      return row ? toSlot(row) : null;
    };
    const venueOf = (id: string | undefined) => {
      const row = id ? venueById.get(id) : undefined;
      return row ? toVenue(row) : null;
    };
    const personOf = (id: string) => {
      const row = person.get(id);
      if (!row) throw new Error(`Unknown person ${id}`);
      return toPerson(row);
    };
    const conversationOf = (id: string) => {
      const row = conversationById.get(id);
      if (!row) throw new Error(`Unknown conversation ${id}`);
      return toConversation(row);
    };
    return {
      scheduled: result.schedule.map((entry) => {
        const slot = slotOf(entry.slot);
        const venue = venueOf(entry.venue);
        if (!slot || !venue) throw AppError.notFound('slot');
        return {
          conversation: conversationOf(entry.conversation),
          slot,
          venue,
          attendees: entry.attendees.map(personOf),
          score:
            entry.attendees.reduce(
              (sum, p) => sum + HALF[answerOf.get(`${p}:${entry.slot}`) ?? AvailabilityAnswer.NO],
              0,
            ) / 2,
        };
      }),
      unscheduled: result.unscheduled.map((entry) => {
        const details: Explanation = entry.details;
        const suggestion = details.suggestion;
        return {
          conversation: conversationOf(entry.conversation),
          code: details.code,
          messageKey: `schedule.unscheduled.${details.code}`,
          reason: entry.reason,
          slot: slotOf(details.slot),
          venue: venueOf(details.venue),
          helix: details.helix ?? null,
          have: details.have ?? null,
          need: details.need ?? null,
          shortfalls: details.shortfalls ?? [],
          suggestion: suggestion
            ? {
                slot: slotOf(suggestion.slot),
                venue: venueOf(suggestion.venue),
                persons: (suggestion.persons ?? (suggestion.person ? [suggestion.person] : []))
                  .filter((id) => person.has(id))
                  .map(personOf),
                invite: suggestion.invite ?? false,
                move: (suggestion.move ?? [])
                  .filter((id) => conversationById.has(id))
                  .map(conversationOf),
              }
            : null,
          details: details as unknown as Record<string, unknown>,
        };
      }),
      scheduledCount: result.scheduledCount,
      totalScore: result.totalScore,
      provenOptimal: result.stats.provenOptimal,
      document: document as unknown as Record<string, unknown>,
    };
  }
}
