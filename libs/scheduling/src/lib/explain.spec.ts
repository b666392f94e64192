import { explainUnscheduled } from './explain';
import { solveSeason } from './solve';
import { answersFor, seasonFactory } from '../testing/fixtures';

describe(explainUnscheduled.name, () => {
  it('should name the helix that falls short in the best slot and the person who would help', () => {
    const doc = seasonFactory({
      people: [
        { id: 'b1', helix: 'BUSINESS' },
        { id: 'e1', helix: 'EDUCATION' },
        { id: 'g1', helix: 'GOVERNMENT' },
        { id: 'g2', helix: 'GOVERNMENT' },
      ],
      slots: [
        { id: 's1', start: '2027-03-29T09:00:00+02:00', end: '2027-03-29T11:00:00+02:00' },
        { id: 's2', start: '2027-03-30T09:00:00+02:00', end: '2027-03-30T11:00:00+02:00' },
      ],
      conversations: [
        { id: 'c1', slots: ['s1', 's2'], venues: ['v1'], invitees: ['b1', 'e1', 'g1', 'g2'] },
      ],
      availability: [
        ...answersFor(['b1', 'e1'], ['s1'], 'YES'),
        { person: 'b1', slot: 's2', answer: 'YES' },
        { person: 'g1', slot: 's1', answer: 'NO' },
      ],
    });
    const [unscheduled] = solveSeason(doc).unscheduled;
    expect(unscheduled.details).toEqual({
      code: 'QUORUM_SHORT',
      slot: 's1',
      venue: 'v1',
      helix: 'GOVERNMENT',
      have: 0,
      need: 1,
      shortfalls: [{ helix: 'GOVERNMENT', have: 0, need: 1 }],
      // g2 has not answered s1 yet, g1 said no: ask g2 first.
      suggestion: { slot: 's1', person: 'g2', persons: ['g2'] },
    });
    expect(unscheduled.reason).toBe(
      'No candidate slot meets the quorum. In its best slot s1 (2027-03-29 09:00–11:00 Amsterdam time) ' +
        'at v1, GOVERNMENT has 0 of 1 needed. It would work if g2 could attend s1.',
    );
  });

  it('should say when the venues are too small or busy, and which venue would do', () => {
    const small = seasonFactory({
      venues: [
        { id: 'v1', capacity: 2 },
        { id: 'v2', capacity: 30 },
      ],
    });
    expect(solveSeason(small).unscheduled[0].details).toEqual({
      code: 'CAPACITY_TOO_SMALL',
      have: 2,
      need: 3,
      suggestion: { venue: 'v2' },
    });
    const busy = seasonFactory({
      venues: [
        { id: 'v1', capacity: 10 },
        { id: 'v2', capacity: 10 },
      ],
      busy: [{ venue: 'v1', start: '2027-02-01T10:59:00+01:00', end: '2027-02-01T12:00:00+01:00' }],
    });
    const [unscheduled] = solveSeason(busy).unscheduled;
    expect(unscheduled.details).toEqual({
      code: 'VENUE_UNAVAILABLE',
      slot: 's1',
      suggestion: { slot: 's1', venue: 'v2' },
    });
    expect(unscheduled.reason).toContain('Venue v2 is free in s1');
  });

  it('should list who is booked elsewhere when people conflicts block a conversation', () => {
    const doc = seasonFactory({
      venues: [
        { id: 'v1', capacity: 10 },
        { id: 'v2', capacity: 10 },
      ],
      people: [
        { id: 'b1', helix: 'BUSINESS' },
        { id: 'e1', helix: 'EDUCATION' },
        { id: 'g1', helix: 'GOVERNMENT' },
        { id: 'b2', helix: 'BUSINESS' },
      ],
      conversations: [
        { id: 'c1', slots: ['s1'], venues: ['v1'], invitees: ['b1', 'b2', 'e1', 'g1'] },
        { id: 'c2', slots: ['s1'], venues: ['v2'], invitees: ['b1', 'e1', 'g1'] },
      ],
      availability: answersFor(['b1', 'b2', 'e1', 'g1'], ['s1'], 'YES'),
    });
    const result = solveSeason(doc);
    expect(result.schedule.map((s) => s.conversation)).toEqual(['c1']);
    expect(result.unscheduled[0].details).toMatchObject({
      code: 'PEOPLE_CONFLICT',
      slot: 's1',
      conflicts: [{ conversation: 'c1', persons: ['b1', 'e1', 'g1'] }],
      suggestion: { slot: 's1', move: ['c1'] },
    });
    expect(result.unscheduled[0].reason).toContain('b1, e1, g1 in c1');
  });

  it('should say when a conversation has no candidates', () => {
    const doc = seasonFactory();
    doc.conversations[0].slots = [];
    expect(solveSeason(doc).unscheduled[0]).toMatchObject({
      conversation: 'c1',
      details: { code: 'NO_CANDIDATES' },
      reason: 'It has no candidate slot or no candidate venue.',
    });
  });
});
