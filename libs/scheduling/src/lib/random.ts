/**
 * Reproducible random seasons for tests and the benchmark, with times written as Amsterdam wall
 * clock plus the offset in force (+01:00 in winter, +02:00 in summer), across DST changes.
 */
import { HELICES } from '@knooppunt/domain';
import { Answer, SeasonAvailability, SeasonBusy, SeasonDocument, SeasonSlot } from './document';

/** mulberry32: a small seeded generator for reproducible instances (not for secrets). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    for (let i = 0; i < Math.min(k, copy.length); i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(k, copy.length));
  }
}

/** Start of EU summer time (last Sunday of March, 01:00 UTC) and its end (October) of a year. */
function summerTime(year: number): [number, number] {
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  return [lastSunday(2), lastSunday(9)];
}

/** Offset of Europe/Amsterdam at an instant, in minutes (60 or 120). */
export function amsterdamOffset(ms: number): number {
  const [start, end] = summerTime(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? 120 : 60;
}

/** An instant as ISO 8601 with the Amsterdam offset then, e.g. 2027-03-28T03:00:00+02:00. */
export function amsterdamIso(ms: number): string {
  const offset = amsterdamOffset(ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return `${local}+0${offset / 60}:00`;
}

/** The instant of an Amsterdam wall-clock time (a time skipped in spring counts as winter time). */
export function amsterdamInstant(date: string, hour: number, minute = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const summer = wall - 120 * 60_000;
  return amsterdamOffset(summer) === 120 ? summer : wall - 60 * 60_000;
}

const ANSWER_OF = (r: number, yes: number): Answer | null =>
  r < yes ? 'YES' : r < yes + 0.25 ? 'IF_NEED_BE' : r < yes + 0.45 ? 'NO' : null;

export interface SmallSeasonOptions {
  maxConversations?: number;
  maxPeople?: number;
  maxSlots?: number;
  maxVenues?: number;
}

/**
 * A small season (≤ 4 conversations, ≤ 8 people, ≤ 6 slots, ≤ 3 venues by default) on a day
 * around a DST change or a plain day; slots start between midnight and 05:00 local time, so
 * many cross the change. Times are written with the offset or in UTC (Z), at random.
 */
export function randomSmallSeason(seed: number, options: SmallSeasonOptions = {}): SeasonDocument {
  const rng = new SeededRandom(seed);
  const day = rng.sample(['2027-03-28', '2027-10-31', '2027-03-27', '2027-02-01'], 1)[0];
  const iso = (ms: number) => (rng.next() < 0.5 ? amsterdamIso(ms) : new Date(ms).toISOString());
  const slots: SeasonSlot[] = [];
  const slotCount = rng.int(2, options.maxSlots ?? 6);
  for (let s = 0; s < slotCount; s++) {
    const start = amsterdamInstant(day, rng.int(0, 4), rng.sample([0, 30], 1)[0]);
    const end = start + rng.int(1, 5) * 30 * 60_000;
    slots.push({ id: `s${s}`, start: iso(start), end: iso(end) });
  }
  const people = Array.from({ length: rng.int(3, options.maxPeople ?? 8) }, (_, p) => ({
    id: `p${p}`,
    helix: HELICES[p < 3 ? p : rng.int(0, 2)],
  }));
  const venues = Array.from({ length: rng.int(1, options.maxVenues ?? 3) }, (_, v) => ({
    id: `v${v}`,
    capacity: rng.int(2, 6),
  }));
  const conversations = Array.from(
    { length: rng.int(2, options.maxConversations ?? 4) },
    (_, c) => ({
      id: `c${c}`,
      slots: rng.sample(slots, rng.int(1, Math.min(4, slots.length))).map((s) => s.id),
      venues: rng.sample(venues, rng.int(1, Math.min(2, venues.length))).map((v) => v.id),
      invitees: rng.sample(people, rng.int(2, Math.min(6, people.length))).map((p) => p.id),
      quorum: Object.fromEntries(
        HELICES.map((h) => [h, rng.next() < 0.1 ? 2 : rng.next() < 0.6 ? 1 : 0]),
      ),
    }),
  );
  const availability: SeasonAvailability[] = [];
  for (const person of people) {
    for (const slot of slots) {
      const answer = ANSWER_OF(rng.next(), 0.45);
      if (answer) availability.push({ person: person.id, slot: slot.id, answer });
    }
  }
  const busy: SeasonBusy[] = [];
  for (let k = rng.int(0, 2); k > 0; k--) {
    const start = amsterdamInstant(day, rng.int(0, 5));
    const interval = { start: iso(start), end: iso(start + rng.int(1, 3) * 30 * 60_000) };
    busy.push(
      rng.next() < 0.5
        ? { person: rng.sample(people, 1)[0].id, ...interval }
        : { venue: rng.sample(venues, 1)[0].id, ...interval },
    );
  }
  return { slots, people, venues, conversations, availability, busy };
}

export interface LargeSeasonOptions {
  conversations?: number;
  people?: number;
  venues?: number;
  slotsPerConversation?: number;
  minInvitees?: number;
  maxInvitees?: number;
  /** Weeks of weekdays with five two-hour blocks each (some overlapping), from 2027-03-01. */
  weeks?: number;
}

/**
 * A season like the benchmark's: conversations poll slots from a three-week window of a shared
 * pool (crossing the March DST change), invitees come from a shared pool of people with their
 * own tendency to say yes, 2–4 candidate venues of 8–60 seats, quorum 1–2 per helix, and some
 * busy people and venues.
 */
export function randomLargeSeason(seed: number, options: LargeSeasonOptions = {}): SeasonDocument {
  const rng = new SeededRandom(seed);
  const weeks = options.weeks ?? 8;
  const perConversation = options.slotsPerConversation ?? 20;
  const blocks: [number, number, number, number][] = [
    [9, 0, 11, 0],
    [10, 0, 12, 0],
    [13, 0, 15, 0],
    [14, 30, 16, 30],
    [16, 0, 18, 0],
  ];
  const slots: SeasonSlot[] = [];
  const week: number[] = [];
  const first = Date.UTC(2027, 2, 1); // Monday 1 March 2027
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 5; d++) {
      const date = new Date(first + (w * 7 + d) * 86_400_000).toISOString().slice(0, 10);
      for (const [h1, m1, h2, m2] of blocks) {
        slots.push({
          id: `s${slots.length}`,
          start: amsterdamIso(amsterdamInstant(date, h1, m1)),
          end: amsterdamIso(amsterdamInstant(date, h2, m2)),
        });
        week.push(w);
      }
    }
  }
  const people = Array.from({ length: options.people ?? 1500 }, (_, p) => ({
    id: `p${p}`,
    helix: HELICES[rng.int(0, 2)],
  }));
  const yes = people.map(() => 0.15 + rng.next() * 0.45);
  const venues = Array.from({ length: options.venues ?? 30 }, (_, v) => ({
    id: `v${v}`,
    capacity: rng.sample([8, 10, 12, 15, 20, 25, 30, 40, 60], 1)[0],
  }));
  const availability: SeasonAvailability[] = [];
  const conversations = Array.from({ length: options.conversations ?? 200 }, (_, c) => {
    const from = rng.int(0, Math.max(0, weeks - 3));
    const window = slots.filter((_, s) => week[s] >= from && week[s] < from + 3);
    const own = rng
      .sample(window, perConversation)
      .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    const invitees = rng.sample(
      people,
      rng.int(options.minInvitees ?? 15, options.maxInvitees ?? 40),
    );
    for (const person of invitees) {
      const p = Number(person.id.slice(1));
      for (const slot of own) {
        const answer = ANSWER_OF(rng.next(), yes[p]);
        if (answer) availability.push({ person: person.id, slot: slot.id, answer });
      }
    }
    return {
      id: `c${c}`,
      slots: own.map((s) => s.id),
      venues: rng.sample(venues, rng.int(2, 4)).map((v) => v.id),
      invitees: invitees.map((p) => p.id),
      quorum: Object.fromEntries(HELICES.map((h) => [h, rng.next() < 0.3 ? 2 : 1])),
    };
  });
  const busy: SeasonBusy[] = [];
  for (const person of people) {
    if (rng.next() < 0.05) {
      const slot = rng.sample(slots, 1)[0];
      busy.push({ person: person.id, start: slot.start, end: slot.end });
    }
  }
  for (const venue of venues) {
    for (const slot of rng.sample(slots, rng.int(0, 10))) {
      busy.push({ venue: venue.id, start: slot.start, end: slot.end });
    }
  }
  return { slots, people, venues, conversations, availability, busy };
}
