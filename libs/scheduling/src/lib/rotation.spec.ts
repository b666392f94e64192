import { checkSchedule } from './check';
import { Location, SeasonDocument, SeasonDocumentError, indexSeason } from './document';
import { randomSmallSeason } from './random';
import { distanceKm } from './rotation';
import { solveSeason } from './solve';
import { answersFor, seasonFactory } from '../testing/fixtures';

/** Approximate centres (product.md §4). */
const AT: Record<string, Location> = {
  Aalsmeer: { lat: 52.263, lon: 4.762 },
  Amstelveen: { lat: 52.303, lon: 4.863 },
  Diemen: { lat: 52.339, lon: 4.962 },
  Haarlemmermeer: { lat: 52.302, lon: 4.689 },
  'Ouder-Amstel': { lat: 52.329, lon: 4.93 },
  Uithoorn: { lat: 52.238, lon: 4.826 },
};
const MUNICIPALITIES = Object.keys(AT);

const venueIn = (id: string, municipality: string, capacity = 10) => ({
  id,
  capacity,
  municipality,
  location: AT[municipality],
});

const venueOf = (doc: SeasonDocument, conversation: string) => {
  const result = solveSeason(doc);
  return result.schedule.find((s) => s.conversation === conversation)?.venue;
};

describe(distanceKm.name, () => {
  it('should measure Aalsmeer to Diemen as about 16 km and a place to itself as 0', () => {
    expect(distanceKm(AT['Aalsmeer'], AT['Diemen'])).toBeGreaterThan(14);
    expect(distanceKm(AT['Aalsmeer'], AT['Diemen'])).toBeLessThan(18);
    expect(distanceKm(AT['Uithoorn'], AT['Uithoorn'])).toBe(0);
  });
});

describe('rotation over municipalities and short travel', () => {
  it('should move a table away from the municipality it met in last', () => {
    const base = seasonFactory({
      venues: [venueIn('v1', 'Aalsmeer'), venueIn('v2', 'Uithoorn')],
    });
    base.conversations[0].venues = ['v1', 'v2'];
    expect(venueOf(base, 'c1')).toBe('v1');

    base.conversations[0].table = 't-greenport';
    base.conversations[0].recentMunicipalities = ['Aalsmeer', 'Uithoorn'];
    // Both visited: Uithoorn longer ago.
    expect(venueOf(base, 'c1')).toBe('v2');
    base.conversations[0].recentMunicipalities = ['Uithoorn'];
    expect(venueOf(base, 'c1')).toBe('v1');
  });

  it('should pick the venue closest to the attendees when rotation does not decide', () => {
    const doc = seasonFactory({
      people: [
        { id: 'b1', helix: 'BUSINESS', location: AT['Diemen'] },
        { id: 'e1', helix: 'EDUCATION', location: AT['Ouder-Amstel'] },
        { id: 'g1', helix: 'GOVERNMENT', location: AT['Diemen'] },
      ],
      venues: [venueIn('v1', 'Aalsmeer'), venueIn('v2', 'Diemen'), venueIn('v3', 'Uithoorn')],
    });
    doc.conversations[0].venues = ['v1', 'v2', 'v3'];
    const result = solveSeason(doc);
    expect(result.schedule[0].venue).toBe('v2');
    expect(result.stats.venuesRotated).toBe(1);
    expect(checkSchedule(doc, result)).toEqual([]);
  });

  it('should never trade a venue that is too small, taken at that time, or busy', () => {
    const doc = seasonFactory({
      people: [
        { id: 'b1', helix: 'BUSINESS', location: AT['Diemen'] },
        { id: 'e1', helix: 'EDUCATION', location: AT['Diemen'] },
        { id: 'g1', helix: 'GOVERNMENT', location: AT['Diemen'] },
        { id: 'b2', helix: 'BUSINESS' },
        { id: 'e2', helix: 'EDUCATION' },
        { id: 'g2', helix: 'GOVERNMENT' },
      ],
      venues: [
        venueIn('v1', 'Aalsmeer'),
        venueIn('small', 'Diemen', 2),
        venueIn('taken', 'Diemen'),
        venueIn('busy', 'Diemen'),
      ],
      conversations: [
        {
          id: 'c1',
          slots: ['s1'],
          venues: ['v1', 'small', 'busy', 'taken'],
          invitees: ['b1', 'e1', 'g1'],
        },
        { id: 'c2', slots: ['s1'], venues: ['taken'], invitees: ['b2', 'e2', 'g2'] },
      ],
      availability: answersFor(['b1', 'e1', 'g1', 'b2', 'e2', 'g2'], ['s1'], 'YES'),
      busy: [
        { venue: 'busy', start: '2027-02-01T10:00:00+01:00', end: '2027-02-01T12:00:00+01:00' },
      ],
    });
    const result = solveSeason(doc);
    expect(result.scheduledCount).toBe(2);
    expect(result.schedule.map((s) => [s.conversation, s.venue])).toEqual([
      ['c1', 'v1'],
      ['c2', 'taken'],
    ]);
    expect(checkSchedule(doc, result)).toEqual([]);
  });

  it('should rotate the conversations of one table through the season in time order', () => {
    const slots = [1, 2, 3].map((week) => ({
      id: `w${week}`,
      start: `2027-03-${String(week * 7).padStart(2, '0')}T14:00:00+01:00`,
      end: `2027-03-${String(week * 7).padStart(2, '0')}T16:00:00+01:00`,
    }));
    const people = ['b1', 'e1', 'g1'];
    const doc = seasonFactory({
      slots,
      venues: [venueIn('v-aalsmeer', 'Aalsmeer'), venueIn('v-diemen', 'Diemen')],
      // Listed out of time order on purpose.
      conversations: ['w3', 'w1', 'w2'].map((slot) => ({
        id: `c-${slot}`,
        table: 't1',
        slots: [slot],
        venues: ['v-aalsmeer', 'v-diemen'],
        invitees: people,
      })),
      availability: answersFor(people, ['w1', 'w2', 'w3'], 'YES'),
    });
    const result = solveSeason(doc);
    const venueAt = (slot: string) => result.schedule.find((s) => s.slot === slot)!.venue;
    expect([venueAt('w1'), venueAt('w2'), venueAt('w3')]).toEqual([
      'v-aalsmeer',
      'v-diemen',
      'v-aalsmeer',
    ]);
    expect(checkSchedule(doc, result)).toEqual([]);
  });

  it('should leave the count and the score of 400 random seasons unchanged', () => {
    let moved = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const doc = randomSmallSeason(seed);
      const plain = solveSeason(doc);
      const placed: SeasonDocument = {
        ...doc,
        people: doc.people.map((p, i) => ({ ...p, location: AT[MUNICIPALITIES[(i * 5) % 6]] })),
        venues: doc.venues.map((v, i) => venueIn(v.id, MUNICIPALITIES[(i + seed) % 6], v.capacity)),
        conversations: doc.conversations.map((c, i) => ({
          ...c,
          table: `t${i % 2}`,
          recentMunicipalities: [MUNICIPALITIES[seed % 6]],
        })),
      };
      const rotated = solveSeason(placed);
      expect([rotated.scheduledCount, rotated.totalScore]).toEqual([
        plain.scheduledCount,
        plain.totalScore,
      ]);
      expect(checkSchedule(placed, rotated)).toEqual([]);
      moved += rotated.stats.venuesRotated;
    }
    // The criterion does act on these seasons.
    expect(moved).toBeGreaterThan(20);
  });

  it('should refuse a malformed location, municipality or table, naming the field', () => {
    const doc = seasonFactory() as unknown as Record<string, unknown[]>;
    (doc['venues'][0] as Record<string, unknown>)['location'] = { lat: 95, lon: 4 };
    (doc['venues'][0] as Record<string, unknown>)['municipality'] = '';
    (doc['conversations'][0] as Record<string, unknown>)['recentMunicipalities'] = 'Aalsmeer';
    (doc['conversations'][0] as Record<string, unknown>)['table'] = 7;
    expect(() => indexSeason(doc)).toThrow(SeasonDocumentError);
    try {
      indexSeason(doc);
    } catch (error) {
      expect((error as SeasonDocumentError).problems).toEqual([
        'venues[0].location must be { lat, lon } in degrees',
        'venues[0].municipality must be a non-empty string',
        'conversations[0].table must be a non-empty string',
        'conversations[0].recentMunicipalities must be an array of strings',
      ]);
    }
  });
});
