import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeasonDocument, SeasonSlot } from '../lib/document';

/** The worked example of the contract (copied from shared/contracts). */
export const examplePath = join(__dirname, '..', 'fixtures', 'season.example.json');

export function exampleSeason(): SeasonDocument & {
  expected: { scheduledCount: number; totalScore: number };
} {
  return JSON.parse(readFileSync(examplePath, 'utf8'));
}

/**
 * A season builder for specs: one conversation c1 at slot s1 in venue v1 with one invitee per
 * helix (b1, e1, g1) all answering YES, unless overridden.
 */
export function seasonFactory(overrides: Partial<SeasonDocument> = {}): SeasonDocument {
  const slots: SeasonSlot[] = [
    { id: 's1', start: '2027-02-01T09:00:00+01:00', end: '2027-02-01T11:00:00+01:00' },
  ];
  return {
    slots,
    people: [
      { id: 'b1', helix: 'BUSINESS' },
      { id: 'e1', helix: 'EDUCATION' },
      { id: 'g1', helix: 'GOVERNMENT' },
    ],
    venues: [{ id: 'v1', capacity: 10 }],
    conversations: [
      {
        id: 'c1',
        slots: ['s1'],
        venues: ['v1'],
        invitees: ['b1', 'e1', 'g1'],
        quorum: { BUSINESS: 1, EDUCATION: 1, GOVERNMENT: 1 },
      },
    ],
    availability: ['b1', 'e1', 'g1'].map((person) => ({ person, slot: 's1', answer: 'YES' })),
    busy: [],
    ...overrides,
  };
}

/** Every person answers every listed slot with this answer. */
export function answersFor(
  persons: string[],
  slots: string[],
  answer: 'YES' | 'IF_NEED_BE' | 'NO',
) {
  return persons.flatMap((person) => slots.map((slot) => ({ person, slot, answer })));
}
