import { checkSchedule } from './check';
import { randomLargeSeason, randomSmallSeason } from './random';
import { solveSeason } from './solve';
import { exhaustiveOptimum } from '../testing/exhaustive';
import { answersFor, exampleSeason, seasonFactory } from '../testing/fixtures';

describe(solveSeason.name, () => {
  it('should reach the optimum of the contract example (3 conversations, score 7.5)', () => {
    const doc = exampleSeason();
    const result = solveSeason(doc);
    expect(result.scheduledCount).toBe(doc.expected.scheduledCount);
    expect(result.totalScore).toBe(doc.expected.totalScore);
    expect(result.stats.provenOptimal).toBe(true);
    expect(checkSchedule(doc, result)).toEqual([]);
    expect(result.unscheduled.map((u) => u.conversation)).toEqual(['c0']);
  });

  it('should equal the exhaustive optimum on 400 random small seasons (incl. DST days)', () => {
    let differences = 0;
    let multi = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const doc = randomSmallSeason(seed);
      const optimum = exhaustiveOptimum(doc);
      const result = solveSeason(doc);
      if (
        result.scheduledCount !== optimum.scheduledCount ||
        result.totalScore !== optimum.totalScore
      ) {
        differences++;
      }
      if (result.scheduledCount >= 2) multi++;
      expect(checkSchedule(doc, result)).toEqual([]);
      expect(result.stats.provenOptimal).toBe(true);
    }
    expect(differences).toBe(0);
    // The seasons are not trivial: many schedule several conversations that compete.
    expect(multi).toBeGreaterThan(80);
  });

  it('should give a person shared by two overlapping conversations to the one that needs them', () => {
    // c1 and c2 at the same time; e1 is c1's only EDUCATION invitee, c2 also has e2.
    const doc = seasonFactory({
      people: [
        { id: 'b1', helix: 'BUSINESS' },
        { id: 'b2', helix: 'BUSINESS' },
        { id: 'e1', helix: 'EDUCATION' },
        { id: 'e2', helix: 'EDUCATION' },
        { id: 'g1', helix: 'GOVERNMENT' },
        { id: 'g2', helix: 'GOVERNMENT' },
      ],
      venues: [
        { id: 'v1', capacity: 10 },
        { id: 'v2', capacity: 10 },
      ],
      conversations: [
        { id: 'c2', slots: ['s1'], venues: ['v2'], invitees: ['b2', 'e1', 'e2', 'g2'] },
        { id: 'c1', slots: ['s1'], venues: ['v1'], invitees: ['b1', 'e1', 'g1'] },
      ],
      availability: answersFor(['b1', 'b2', 'e1', 'e2', 'g1', 'g2'], ['s1'], 'YES'),
    });
    const result = solveSeason(doc);
    expect(result.scheduledCount).toBe(2);
    expect(result.schedule).toEqual([
      { conversation: 'c2', slot: 's1', venue: 'v2', attendees: ['b2', 'e2', 'g2'] },
      { conversation: 'c1', slot: 's1', venue: 'v1', attendees: ['b1', 'e1', 'g1'] },
    ]);
    expect(result.totalScore).toBe(6);
  });

  it('should compare instants, not wall clocks, across the October DST change', () => {
    // 02:10–02:50 summer time is 00:10–00:50Z; 02:20–02:40 winter time is 01:20–01:40Z: no overlap,
    // although the wall-clock times overlap. b1, e1, g1 can attend both.
    const doc = seasonFactory({
      slots: [
        { id: 's1', start: '2027-10-31T02:10:00+02:00', end: '2027-10-31T02:50:00+02:00' },
        { id: 's2', start: '2027-10-31T02:20:00+01:00', end: '2027-10-31T02:40:00+01:00' },
      ],
      conversations: [
        { id: 'c1', slots: ['s1'], venues: ['v1'], invitees: ['b1', 'e1', 'g1'] },
        { id: 'c2', slots: ['s2'], venues: ['v1'], invitees: ['b1', 'e1', 'g1'] },
      ],
      availability: answersFor(['b1', 'e1', 'g1'], ['s1', 's2'], 'YES'),
    });
    expect(solveSeason(doc).scheduledCount).toBe(2);
    // 02:30+02:00 (00:30Z) to 02:15+01:00 (01:15Z) overlaps 02:00+01:00 (01:00Z) onwards.
    doc.slots = [
      { id: 's1', start: '2027-10-31T02:30:00+02:00', end: '2027-10-31T02:15:00+01:00' },
      { id: 's2', start: '2027-10-31T02:00:00+01:00', end: '2027-10-31T03:00:00+01:00' },
    ];
    const overlapping = solveSeason(doc);
    expect(overlapping.scheduledCount).toBe(1);
    expect(overlapping.unscheduled[0].details.code).toBe('PEOPLE_CONFLICT');
  });

  it('should see a March slot written with +01:00 and one with +02:00 (or Z) as the same instant', () => {
    // 01:30+01:00 → 03:30+02:00 is one hour (00:30Z–01:30Z); s2 from 01:00Z overlaps it.
    const people = ['b1', 'e1', 'g1', 'b2', 'e2', 'g2', 'b3'];
    const doc = seasonFactory({
      slots: [
        { id: 's1', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00' },
        { id: 's2', start: '2027-03-28T01:00:00Z', end: '2027-03-28T04:00:00+02:00' },
      ],
      people: people.map((id, i) => ({
        id,
        helix: (['BUSINESS', 'EDUCATION', 'GOVERNMENT'] as const)[i % 3],
      })),
      conversations: [
        { id: 'c1', slots: ['s1'], venues: ['v1'], invitees: ['b1', 'e1', 'g1'] },
        { id: 'c2', slots: ['s2'], venues: ['v1'], invitees: ['b2', 'e2', 'g2', 'b3'] },
      ],
      availability: answersFor(people, ['s1', 's2'], 'YES'),
    });
    const result = solveSeason(doc);
    expect(result.scheduledCount).toBe(1);
    expect(result.schedule[0].conversation).toBe('c2'); // 4 attendees beat 3
    expect(result.unscheduled[0].details).toMatchObject({
      code: 'VENUE_CONFLICT',
      slot: 's1',
      venue: 'v1',
      suggestion: { move: ['c2'] },
    });
    // [start, end): a slot starting at 03:30+02:00 = 01:30Z, when s1 ends, does not overlap it.
    doc.slots[1] = {
      id: 's2',
      start: '2027-03-28T03:30:00+02:00',
      end: '2027-03-28T04:00:00+02:00',
    };
    expect(solveSeason(doc).scheduledCount).toBe(2);
  });

  it('should return the same output for the same input', () => {
    for (const doc of [
      randomSmallSeason(7),
      randomLargeSeason(3, { conversations: 80, people: 600 }),
    ]) {
      const first = JSON.stringify(solveSeason(JSON.parse(JSON.stringify(doc))));
      expect(JSON.stringify(solveSeason(JSON.parse(JSON.stringify(doc))))).toBe(first);
    }
  });

  it('should break no rule on large random seasons', () => {
    const cases = [
      randomLargeSeason(11),
      // Tight: many conversations polling one shared week, few venues.
      randomLargeSeason(12, { conversations: 150, people: 400, venues: 6, weeks: 3 }),
      randomLargeSeason(13, { conversations: 40, people: 120, venues: 4, weeks: 3 }),
    ];
    for (const doc of cases) {
      const result = solveSeason(doc);
      expect(checkSchedule(doc, result)).toEqual([]);
      expect(result.scheduledCount + result.unscheduled.length).toBe(doc.conversations.length);
      expect(result.scheduledCount).toBeLessThanOrEqual(result.stats.upperBound.scheduledCount);
      expect(result.totalScore).toBeLessThanOrEqual(result.stats.upperBound.totalScore);
      for (const u of result.unscheduled) expect(u.reason.length).toBeGreaterThan(10);
    }
  });
});
