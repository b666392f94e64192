import { checkSchedule } from './check';
import { solveSeason } from './solve';
import { exampleSeason } from '../testing/fixtures';

describe(checkSchedule.name, () => {
  const doc = exampleSeason();
  const solved = () => JSON.parse(JSON.stringify(solveSeason(doc)));
  const codes = (output: unknown) => checkSchedule(doc, output).map((v) => v.code);

  it('should find no violation in the solver output nor in the stored optimal schedule', () => {
    expect(checkSchedule(doc, solved())).toEqual([]);
    const stored = doc as unknown as { expected: { oneOptimalSchedule: unknown[] } };
    expect(
      codes({
        schedule: stored.expected.oneOptimalSchedule,
        unscheduled: [{ conversation: 'c0', reason: '' }],
        scheduledCount: 3,
        totalScore: 7.5,
      }),
    ).toEqual([]);
  });

  it('should report a slot or venue that is not a candidate', () => {
    const out = solved();
    out.schedule[0].slot = 's0';
    expect(codes(out)).toContain('SLOT_NOT_CANDIDATE');
    const other = solved();
    other.schedule[0].venue = 'v1';
    expect(codes(other)).toContain('VENUE_NOT_CANDIDATE');
  });

  it('should report attendees not invited, not available, or beyond the capacity', () => {
    const out = solved();
    out.schedule[1].attendees.push('p11'); // c2 did not invite p11
    expect(codes(out)).toContain('ATTENDEE_NOT_INVITED');
    const unavailable = solved();
    unavailable.schedule[0].attendees.push('p3'); // p3 has no answer for s5
    expect(codes(unavailable)).toContain('ATTENDEE_NOT_AVAILABLE');
    const crowded = solved();
    crowded.schedule[1].attendees = ['p0', 'p1', 'p2', 'p3', 'p5']; // c2 at s1 in a venue of 5 or 4
    crowded.schedule[1].venue = 'v2'; // capacity 4
    expect(codes(crowded)).toEqual(expect.arrayContaining(['OVER_CAPACITY']));
  });

  it('should report a missed quorum, double bookings and wrong totals', () => {
    const out = solved();
    out.schedule[1].attendees = ['p1', 'p3']; // c2 loses its GOVERNMENT attendee
    expect(codes(out)).toEqual(expect.arrayContaining(['QUORUM_NOT_MET', 'SCORE_MISMATCH']));
    const venue = solved();
    venue.schedule[2].venue = venue.schedule[1].venue; // c2 and c3 both at s1
    expect(codes(venue)).toContain('VENUE_DOUBLE_BOOKED');
    const person = solved();
    person.schedule[2].attendees.push('p1'); // p1 already attends c2 at s1
    expect(codes(person)).toContain('PERSON_DOUBLE_BOOKED');
    const count = solved();
    count.scheduledCount = 4;
    expect(codes(count)).toEqual(['COUNT_MISMATCH']);
  });

  it('should report a busy venue, a busy person and conversations missing or listed twice', () => {
    const busyDoc = {
      ...doc,
      busy: [
        ...(doc.busy ?? []),
        { venue: 'v0', start: '2027-02-03T10:00:00+01:00', end: '2027-02-03T10:30:00+01:00' },
        { person: 'p9', start: '2027-02-03T11:59:00+01:00', end: '2027-02-03T12:00:00+01:00' },
      ],
    };
    expect(checkSchedule(busyDoc, solved()).map((v) => v.code)).toEqual([
      'VENUE_BUSY',
      'ATTENDEE_BUSY',
    ]);
    const out = solved();
    out.unscheduled = [];
    out.schedule.push(out.schedule[0]);
    expect(codes(out)).toEqual(
      expect.arrayContaining(['CONVERSATION_MISSING', 'CONVERSATION_TWICE', 'VENUE_DOUBLE_BOOKED']),
    );
  });
});
