/**
 * The season document (issue 6, "The season document"): slots, people, venues, conversations,
 * availability answers and busy intervals, read into dense indexed arrays for the solver.
 */
import { HELICES, Helix } from '@knooppunt/domain';
import { parseInstant } from './time';

export type Answer = 'YES' | 'IF_NEED_BE' | 'NO';

export const ANSWERS: readonly Answer[] = ['YES', 'IF_NEED_BE', 'NO'];

export interface SeasonSlot {
  id: string;
  /** ISO 8601 with offset, e.g. 2027-03-29T09:00:00+02:00; the slot is [start, end). */
  start: string;
  end: string;
}

/** A point in WGS 84 degrees (the organisation's or venue's location). */
export interface Location {
  lat: number;
  lon: number;
}

export interface SeasonPerson {
  id: string;
  helix: Helix | `${Helix}`;
  /** Optional: where the person travels from (their organisation), for "short travel". */
  location?: Location;
}

export interface SeasonVenue {
  id: string;
  capacity: number;
  /** Optional: the venue's municipality, for rotation over municipalities. */
  municipality?: string;
  /** Optional: the venue's location, for "short travel". */
  location?: Location;
}

export interface SeasonConversation {
  id: string;
  /** Candidate slot ids. */
  slots: string[];
  /** Candidate venue ids. */
  venues: string[];
  /** Invited person ids. */
  invitees: string[];
  /** Minimum attendees per helix; a missing helix needs 0; a missing quorum is 1 / 1 / 1. */
  quorum?: Partial<Record<Helix | `${Helix}`, number>>;
  /** Optional: the table it belongs to; conversations of one table rotate over municipalities. */
  table?: string;
  /** Optional: municipalities of the table's earlier conversations, most recent first. */
  recentMunicipalities?: string[];
}

export interface SeasonAvailability {
  person: string;
  slot: string;
  answer: Answer;
}

export interface SeasonBusy {
  venue?: string;
  person?: string;
  start: string;
  end: string;
}

export interface SeasonDocument {
  slots: SeasonSlot[];
  people: SeasonPerson[];
  venues: SeasonVenue[];
  conversations: SeasonConversation[];
  availability?: SeasonAvailability[];
  busy?: SeasonBusy[];
}

/** Thrown for a document that breaks the contract; each problem names its field. */
export class SeasonDocumentError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid season document: ${problems.slice(0, 5).join('; ')}`);
    this.name = 'SeasonDocumentError';
  }
}

export interface Interval {
  start: number;
  end: number;
}

export interface IndexedConversation {
  id: string;
  slots: number[];
  venues: number[];
  invitees: number[];
  /** Required attendees per helix, in HELICES order. */
  quorum: number[];
  /** The table (the conversation's own id when the document names none). */
  table: string;
  /** Municipalities of the table's earlier conversations, most recent first. */
  recentMunicipalities: string[];
}

/** The document as dense arrays; persons, slots, venues and conversations keep document order. */
export interface IndexedSeason {
  slotIds: string[];
  slotStart: number[];
  slotEnd: number[];
  personIds: string[];
  /** Index into HELICES. */
  personHelix: number[];
  venueIds: string[];
  venueCapacity: number[];
  venueMunicipality: (string | null)[];
  venueLocation: (Location | null)[];
  personLocation: (Location | null)[];
  conversations: IndexedConversation[];
  /** Score of person p at slot s in half points: 2 YES, 1 IF_NEED_BE, 0 NO or no answer. */
  halfScore(person: number, slot: number): number;
  /** Whether the person answered this slot at all (NO included). */
  answered(person: number, slot: number): boolean;
  personBusy: Interval[][];
  venueBusy: Interval[][];
}

export const DEFAULT_QUORUM = 1;

const HALF: Record<Answer, number> = { YES: 2, IF_NEED_BE: 1, NO: 0 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(doc: Record<string, unknown>, key: string, problems: string[], optional = false) {
  const value = doc[key];
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) {
    problems.push(`${key} must be an array`);
    return [];
  }
  return value as unknown[];
}

/** Validates a parsed JSON value and indexes it; throws SeasonDocumentError listing every problem. */
export function indexSeason(input: unknown): IndexedSeason {
  const problems: string[] = [];
  if (!isRecord(input)) throw new SeasonDocumentError(['the document must be a JSON object']);

  const ids = (key: string, items: unknown[]) => {
    const index = new Map<string, number>();
    items.forEach((item, i) => {
      const id = isRecord(item) ? item['id'] : undefined;
      if (typeof id !== 'string' || id === '') problems.push(`${key}[${i}].id must be a string`);
      else if (index.has(id)) problems.push(`${key}[${i}].id "${id}" is a duplicate`);
      else index.set(id, i);
    });
    return index;
  };

  const slots = list(input, 'slots', problems);
  const people = list(input, 'people', problems);
  const venues = list(input, 'venues', problems);
  const conversations = list(input, 'conversations', problems);
  const availability = list(input, 'availability', problems, true);
  const busy = list(input, 'busy', problems, true);
  const slotIndex = ids('slots', slots);
  const personIndex = ids('people', people);
  const venueIndex = ids('venues', venues);
  ids('conversations', conversations);

  const interval = (item: Record<string, unknown>, where: string): Interval | null => {
    const start = parseInstant(item['start']);
    const end = parseInstant(item['end']);
    if (start === null) problems.push(`${where}.start must be an ISO date-time with an offset`);
    if (end === null) problems.push(`${where}.end must be an ISO date-time with an offset`);
    if (start === null || end === null) return null;
    if (end <= start) problems.push(`${where}.end must be after its start`);
    return { start, end };
  };

  const slotStart: number[] = [];
  const slotEnd: number[] = [];
  slots.forEach((slot, i) => {
    const span = isRecord(slot) ? interval(slot, `slots[${i}]`) : null;
    slotStart.push(span?.start ?? 0);
    slotEnd.push(span?.end ?? 0);
  });

  const personHelix = people.map((person, i) => {
    const helix = isRecord(person) ? HELICES.indexOf(person['helix'] as Helix) : -1;
    if (helix < 0) problems.push(`people[${i}].helix must be one of ${HELICES.join(', ')}`);
    return helix;
  });

  const location = (item: unknown, where: string): Location | null => {
    const value = isRecord(item) ? item['location'] : undefined;
    if (value === undefined) return null;
    const lat = isRecord(value) ? value['lat'] : undefined;
    const lon = isRecord(value) ? value['lon'] : undefined;
    if (
      typeof lat !== 'number' ||
      typeof lon !== 'number' ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180
    ) {
      problems.push(`${where}.location must be { lat, lon } in degrees`);
      return null;
    }
    return { lat, lon };
  };
  const personLocation = people.map((person, i) => location(person, `people[${i}]`));
  const venueLocation = venues.map((venue, i) => location(venue, `venues[${i}]`));
  const venueMunicipality = venues.map((venue, i) => {
    const value = isRecord(venue) ? venue['municipality'] : undefined;
    if (value === undefined) return null;
    if (typeof value !== 'string' || value === '') {
      problems.push(`venues[${i}].municipality must be a non-empty string`);
      return null;
    }
    return value;
  });

  const venueCapacity = venues.map((venue, i) => {
    const capacity = isRecord(venue) ? venue['capacity'] : undefined;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
      problems.push(`venues[${i}].capacity must be a non-negative integer`);
      return 0;
    }
    return capacity;
  });

  const references = (
    item: Record<string, unknown>,
    key: string,
    index: Map<string, number>,
    where: string,
  ): number[] => {
    const value = item[key];
    if (!Array.isArray(value)) {
      problems.push(`${where}.${key} must be an array of ids`);
      return [];
    }
    const out: number[] = [];
    const seen = new Set<number>();
    value.forEach((id, j) => {
      const k = typeof id === 'string' ? index.get(id) : undefined;
      if (k === undefined) problems.push(`${where}.${key}[${j}] "${String(id)}" is not known`);
      else if (!seen.has(k)) {
        // A repeated candidate adds nothing; keep the first.
        seen.add(k);
        out.push(k);
      }
    });
    return out;
  };

  const indexedConversations: IndexedConversation[] = conversations.map((raw, i) => {
    const where = `conversations[${i}]`;
    const conversation = isRecord(raw) ? raw : {};
    let quorum = HELICES.map(() => DEFAULT_QUORUM);
    const rawQuorum = conversation['quorum'];
    if (rawQuorum !== undefined) {
      if (!isRecord(rawQuorum)) problems.push(`${where}.quorum must be an object`);
      else {
        for (const key of Object.keys(rawQuorum)) {
          if (!HELICES.includes(key as Helix))
            problems.push(`${where}.quorum.${key} is not a helix`);
        }
        quorum = HELICES.map((helix) => {
          const need = rawQuorum[helix] ?? 0;
          if (typeof need !== 'number' || !Number.isInteger(need) || need < 0) {
            problems.push(`${where}.quorum.${helix} must be a non-negative integer`);
            return 0;
          }
          return need;
        });
      }
    }
    const id = typeof conversation['id'] === 'string' ? conversation['id'] : `#${i}`;
    const table = conversation['table'];
    if (table !== undefined && (typeof table !== 'string' || table === ''))
      problems.push(`${where}.table must be a non-empty string`);
    const recent = conversation['recentMunicipalities'];
    if (
      recent !== undefined &&
      !(Array.isArray(recent) && recent.every((m) => typeof m === 'string'))
    )
      problems.push(`${where}.recentMunicipalities must be an array of strings`);
    return {
      id,
      table: typeof table === 'string' && table !== '' ? table : id,
      recentMunicipalities: Array.isArray(recent) ? recent.map(String) : [],
      slots: references(conversation, 'slots', slotIndex, where),
      venues: references(conversation, 'venues', venueIndex, where),
      invitees: references(conversation, 'invitees', personIndex, where),
      quorum,
    };
  });

  // Answers: a missing answer is NO; when a person answers a slot twice, the last answer counts.
  const answers = new Map<number, number>();
  availability.forEach((raw, i) => {
    const where = `availability[${i}]`;
    const entry = isRecord(raw) ? raw : {};
    const person = personIndex.get(entry['person'] as string);
    const slot = slotIndex.get(entry['slot'] as string);
    const answer = entry['answer'];
    if (person === undefined)
      problems.push(`${where}.person "${String(entry['person'])}" is not known`);
    if (slot === undefined) problems.push(`${where}.slot "${String(entry['slot'])}" is not known`);
    if (!ANSWERS.includes(answer as Answer))
      problems.push(`${where}.answer must be one of ${ANSWERS.join(', ')}`);
    else if (person !== undefined && slot !== undefined)
      answers.set(person * slots.length + slot, HALF[answer as Answer]);
  });

  const personBusy: Interval[][] = people.map(() => []);
  const venueBusy: Interval[][] = venues.map(() => []);
  busy.forEach((raw, i) => {
    const where = `busy[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${where} must be an object`);
      return;
    }
    const span = interval(raw, where);
    const hasPerson = raw['person'] !== undefined;
    const hasVenue = raw['venue'] !== undefined;
    if (hasPerson === hasVenue) {
      problems.push(`${where} must name exactly one of person or venue`);
      return;
    }
    const index = hasPerson ? personIndex : venueIndex;
    const key = hasPerson ? 'person' : 'venue';
    const k = index.get(raw[key] as string);
    if (k === undefined) problems.push(`${where}.${key} "${String(raw[key])}" is not known`);
    else if (span) (hasPerson ? personBusy : venueBusy)[k].push(span);
  });

  if (problems.length) throw new SeasonDocumentError(problems);
  const slotCount = slots.length;
  return {
    slotIds: [...slotIndex.keys()],
    slotStart,
    slotEnd,
    personIds: [...personIndex.keys()],
    personHelix,
    venueIds: [...venueIndex.keys()],
    venueCapacity,
    venueMunicipality,
    venueLocation,
    personLocation,
    conversations: indexedConversations,
    halfScore: (person, slot) => answers.get(person * slotCount + slot) ?? 0,
    answered: (person, slot) => answers.has(person * slotCount + slot),
    personBusy,
    venueBusy,
  };
}
