import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

/**
 * One conversation as a calendar event (RFC 5545). Times are instants: they are
 * written in UTC (`…Z`), which every calendar shows in its own time zone, so a
 * slot at 10:00 Europe/Amsterdam stays 10:00 there on both sides of a
 * daylight-saving change.
 */
export interface CalendarEvent {
  /** Stable for the life of the conversation, e.g. `conversation-<id>@knooppunt`. */
  uid: string;
  /** Raised on every change (reschedule, cancel): calendars replace the older version. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** A link back to the conversation in Knooppunt. */
  url: string;
  organizer: { name: string; email: string };
  /** The one recipient of an invitation; other attendees' addresses are never written. */
  attendee: { name?: string | null; email: string } | null;
  status: 'CONFIRMED' | 'CANCELLED';
}

export type InvitationMethod = 'REQUEST' | 'CANCEL';

const PRODUCT = { company: 'Knooppunt', product: 'Regionale gesprekken', language: 'NL' };
/** The reminder every event carries: one hour before it starts. */
export const ALARM_SECONDS_BEFORE = 60 * 60;

/**
 * The invitation (iTIP `REQUEST`) or cancellation (`CANCEL`) one attendee
 * receives by mail: the event with that attendee only.
 */
export function invitationCalendar(
  method: InvitationMethod,
  event: CalendarEvent,
  stamp: Date = new Date(),
): string {
  const calendar = ical({
    prodId: PRODUCT,
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  addEvent(calendar, method === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event, stamp);
  return calendar.toString();
}

/**
 * A person's subscribed calendar feed: their conversations, without any
 * attendee addresses. Calendar apps refresh it about every hour.
 */
export function feedCalendar(name: string, events: CalendarEvent[], stamp = new Date()): string {
  const calendar = ical({ prodId: PRODUCT, name, ttl: 60 * 60 });
  for (const event of events) addEvent(calendar, { ...event, attendee: null }, stamp);
  return calendar.toString();
}

function addEvent(calendar: ICalCalendar, event: CalendarEvent, stamp: Date): void {
  const cancelled = event.status === 'CANCELLED';
  const entry = calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp,
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description ?? null,
    location: event.location ?? null,
    url: event.url,
    organizer: event.organizer,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  if (event.attendee) {
    entry.createAttendee({
      email: event.attendee.email,
      name: event.attendee.name ?? null,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    });
  }
  if (!cancelled) {
    entry.createAlarm({
      type: ICalAlarmType.display,
      trigger: ALARM_SECONDS_BEFORE,
      description: event.summary,
    });
  }
}
