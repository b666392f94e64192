import type IcalJs from 'ical.js' with { 'resolution-mode': 'import' };
import { ALARM_SECONDS_BEFORE, CalendarEvent, feedCalendar, invitationCalendar } from './ical';

/** Mozilla's ical.js, an independent RFC 5545 parser (its CommonJS build; the types are ESM). */
const ICAL = require('ical.js') as typeof IcalJs;

/** 10:00–12:00 in Amsterdam on 28 March 2027, the day summer time starts (UTC+2). */
const event: CalendarEvent = {
  uid: 'conversation-7f1c@knooppunt',
  sequence: 3,
  start: new Date('2027-03-28T08:00:00Z'),
  end: new Date('2027-03-28T10:00:00Z'),
  summary: 'Transitietafel Greenport: warmte, water; en werk',
  description: 'Agenda:\n1. Kennismaking\n2. Warmtenet',
  location: 'Raadhuis Aalsmeer, Raadhuisplein 1, Aalsmeer',
  url: 'https://knooppunt.example/gesprekken/7f1c',
  organizer: { name: 'Knooppunt', email: 'noreply@knooppunt.example' },
  attendee: { name: 'Anna de Vries', email: 'anna@kwekerij.example' },
  status: 'CONFIRMED',
};
const stamp = new Date('2027-02-01T12:00:00Z');

/** Parses with an independent RFC 5545 parser (Mozilla's ical.js). */
function parse(text: string): IcalJs.Component {
  return new ICAL.Component(ICAL.parse(text));
}

describe(invitationCalendar.name, () => {
  it('should write a REQUEST with a stable UID, the SEQUENCE, UTC times, location, link and an alarm', () => {
    const text = invitationCalendar('REQUEST', event, stamp);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.sequence).toBe(3);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.location).toBe(event.location);
    expect(parsed.description).toBe(event.description);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-03-28T10:00:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2027-02-01T12:00:00Z');
    expect(text).toContain('DTSTART:20270328T080000Z');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe(
      `-PT${ALARM_SECONDS_BEFORE / 3600}H`,
    );
    // Lines are CRLF-terminated and folded at 75 octets.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('should name the organizer and only the one recipient', () => {
    const vevent = parse(invitationCalendar('REQUEST', event, stamp)).getFirstSubcomponent(
      'vevent',
    )!;
    expect(String(vevent.getFirstPropertyValue('organizer'))).toBe(
      'mailto:noreply@knooppunt.example',
    );
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([
      'mailto:anna@kwekerij.example',
    ]);
    expect(attendees[0].getParameter('cn')).toBe('Anna de Vries');
  });

  it('should write a CANCEL with the same UID, a higher SEQUENCE and no alarm', () => {
    const text = invitationCalendar('CANCEL', { ...event, sequence: 4 }, stamp);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('should keep the wall-clock time across the change back to winter time', () => {
    // 10:00 Amsterdam on 1 November 2027 is 09:00 UTC (UTC+1 again).
    const winter = {
      ...event,
      start: new Date('2027-11-01T09:00:00Z'),
      end: new Date('2027-11-01T11:00:00Z'),
    };
    const parsed = new ICAL.Event(
      parse(invitationCalendar('REQUEST', winter, stamp)).getFirstSubcomponent('vevent')!,
    );
    const local = parsed.startDate
      .toJSDate()
      .toLocaleTimeString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
      });
    expect(local).toBe('10:00');
  });
});

describe(feedCalendar.name, () => {
  it('should list every event without a METHOD and without attendee addresses', () => {
    const text = feedCalendar(
      'Knooppunt — Anna de Vries',
      [event, { ...event, uid: 'conversation-2@knooppunt', status: 'CANCELLED' }],
      stamp,
    );
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([
      event.uid,
      'conversation-2@knooppunt',
    ]);
    expect(events.map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CANCELLED',
    ]);
    expect(text).not.toContain('anna@kwekerij.example');
    expect(text).not.toMatch(/^ATTENDEE/m);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Knooppunt — Anna de Vries');
  });

  it('should be an empty calendar when there is nothing planned', () => {
    const calendar = parse(feedCalendar('Knooppunt', [], stamp));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
