import { EntityManager } from 'typeorm';
import type { CalendarEvent } from '../calendar/ical';
import type { AppConfig } from '../config';

/** Everything a notification, mail, reminder or calendar entry says about a conversation. */
export interface ConversationFacts {
  id: string;
  title: string;
  agenda: string;
  table: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  venueName: string;
  venueAddress: string;
  municipality: string;
}

/** The facts of confirmed (or cancelled-after-confirmation) conversations: one statement. */
export async function conversationFacts(
  manager: EntityManager,
  ids: string[],
): Promise<ConversationFacts[]> {
  if (ids.length === 0) return [];
  return manager.query(
    `SELECT c.id, c.title, c.agenda, t.name AS "table", c.sequence, c.status,
            lower(s.during) AS start, upper(s.during) AS "end",
            v.name AS "venueName", v.address AS "venueAddress", m.name AS municipality
       FROM conversation c
       JOIN transition_table t ON t.id = c.table_id
       JOIN conversation_slot s ON s.id = c.confirmed_slot_id
       JOIN venue v ON v.id = c.confirmed_venue_id
       JOIN municipality m ON m.code = v.municipality_code
      WHERE c.id = ANY($1)
      ORDER BY lower(s.during), c.id`,
    [ids],
  );
}

export function whereOf(facts: ConversationFacts): string {
  return `${facts.venueName}, ${facts.venueAddress}, ${facts.municipality}`;
}

export function conversationLink(config: AppConfig, id: string): string {
  return `${config.appUrl}/gesprekken/${id}`;
}

/** The conversation as an iCalendar event (stable UID, SEQUENCE from the conversation). */
export function calendarEventOf(
  config: AppConfig,
  facts: ConversationFacts,
  attendee: { name: string; email: string } | null,
  cancelled = facts.status === 'CANCELLED',
): CalendarEvent {
  return {
    uid: `conversation-${facts.id}@knooppunt`,
    sequence: facts.sequence,
    start: new Date(facts.start),
    end: new Date(facts.end),
    summary: `${facts.title} — ${facts.table}`,
    description: facts.agenda || null,
    location: whereOf(facts),
    url: conversationLink(config, facts.id),
    organizer: { name: 'Knooppunt', email: config.mailFrom.replace(/^.*<([^>]+)>.*$/, '$1') },
    attendee,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}
