/**
 * The rules of a schedule (issue 6), checked from the document alone, independently of the
 * solver: every violation is listed, none is fixed.
 */
import { HELICES } from '@knooppunt/domain';
import { SeasonDocument, indexSeason } from './document';
import { overlaps } from './time';

export interface Violation {
  code:
    | 'NOT_A_SCHEDULE'
    | 'UNKNOWN_CONVERSATION'
    | 'CONVERSATION_TWICE'
    | 'CONVERSATION_MISSING'
    | 'SLOT_NOT_CANDIDATE'
    | 'VENUE_NOT_CANDIDATE'
    | 'VENUE_BUSY'
    | 'OVER_CAPACITY'
    | 'ATTENDEE_NOT_INVITED'
    | 'ATTENDEE_TWICE'
    | 'ATTENDEE_NOT_AVAILABLE'
    | 'ATTENDEE_BUSY'
    | 'QUORUM_NOT_MET'
    | 'VENUE_DOUBLE_BOOKED'
    | 'PERSON_DOUBLE_BOOKED'
    | 'COUNT_MISMATCH'
    | 'SCORE_MISMATCH';
  conversation?: string;
  message: string;
}

interface Entry {
  conversation?: unknown;
  slot?: unknown;
  venue?: unknown;
  attendees?: unknown;
}

/** Lists every rule the output breaks for this document (an empty list: the schedule is valid). */
export function checkSchedule(document: SeasonDocument | unknown, output: unknown): Violation[] {
  const season = indexSeason(document);
  const violations: Violation[] = [];
  const add = (code: Violation['code'], message: string, conversation?: string) =>
    violations.push(
      conversation === undefined ? { code, message } : { code, conversation, message },
    );
  const out = (output ?? {}) as {
    schedule?: unknown;
    unscheduled?: unknown;
    scheduledCount?: unknown;
    totalScore?: unknown;
  };
  if (!Array.isArray(out.schedule)) {
    add('NOT_A_SCHEDULE', 'schedule must be an array');
    return violations;
  }
  const conversationIndex = new Map(season.conversations.map((c, i) => [c.id, i]));
  const slotIndex = new Map(season.slotIds.map((id, i) => [id, i]));
  const venueIndex = new Map(season.venueIds.map((id, i) => [id, i]));
  const personIndex = new Map(season.personIds.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const booked: {
    conversation: string;
    start: number;
    end: number;
    venue: number;
    people: number[];
  }[] = [];
  let half = 0;

  for (const raw of out.schedule as Entry[]) {
    const id = String(raw?.conversation);
    const c = conversationIndex.get(id);
    if (c === undefined) {
      add('UNKNOWN_CONVERSATION', `conversation ${id} is not in the document`, id);
      continue;
    }
    if (seen.has(id)) add('CONVERSATION_TWICE', `conversation ${id} is scheduled twice`, id);
    seen.add(id);
    const conversation = season.conversations[c];
    const slot = slotIndex.get(String(raw.slot));
    const venue = venueIndex.get(String(raw.venue));
    if (slot === undefined || !conversation.slots.includes(slot)) {
      add('SLOT_NOT_CANDIDATE', `${id}: slot ${String(raw.slot)} is not a candidate`, id);
      continue;
    }
    if (venue === undefined || !conversation.venues.includes(venue)) {
      add('VENUE_NOT_CANDIDATE', `${id}: venue ${String(raw.venue)} is not a candidate`, id);
      continue;
    }
    const start = season.slotStart[slot];
    const end = season.slotEnd[slot];
    if (season.venueBusy[venue].some((b) => overlaps(b.start, b.end, start, end)))
      add(
        'VENUE_BUSY',
        `${id}: venue ${season.venueIds[venue]} is busy in slot ${season.slotIds[slot]}`,
        id,
      );
    const attendees = Array.isArray(raw.attendees) ? (raw.attendees as unknown[]) : [];
    if (attendees.length > season.venueCapacity[venue])
      add(
        'OVER_CAPACITY',
        `${id}: ${attendees.length} attendees, venue holds ${season.venueCapacity[venue]}`,
        id,
      );
    const people: number[] = [];
    const helixCount = HELICES.map(() => 0);
    for (const a of attendees) {
      const p = personIndex.get(String(a));
      if (p === undefined || !conversation.invitees.includes(p)) {
        add('ATTENDEE_NOT_INVITED', `${id}: ${String(a)} is not invited`, id);
        continue;
      }
      if (people.includes(p)) {
        add('ATTENDEE_TWICE', `${id}: ${String(a)} is listed twice`, id);
        continue;
      }
      const score = season.halfScore(p, slot);
      if (score === 0)
        add(
          'ATTENDEE_NOT_AVAILABLE',
          `${id}: ${String(a)} did not answer YES or IF_NEED_BE for ${season.slotIds[slot]}`,
          id,
        );
      if (season.personBusy[p].some((b) => overlaps(b.start, b.end, start, end)))
        add('ATTENDEE_BUSY', `${id}: ${String(a)} is busy during ${season.slotIds[slot]}`, id);
      people.push(p);
      helixCount[season.personHelix[p]]++;
      half += score;
    }
    HELICES.forEach((helix, h) => {
      if (helixCount[h] < conversation.quorum[h])
        add(
          'QUORUM_NOT_MET',
          `${id}: ${helix} has ${helixCount[h]} of ${conversation.quorum[h]} needed`,
          id,
        );
    });
    for (const other of booked) {
      if (!overlaps(other.start, other.end, start, end)) continue;
      if (other.venue === venue)
        add(
          'VENUE_DOUBLE_BOOKED',
          `${id} and ${other.conversation} overlap in venue ${season.venueIds[venue]}`,
          id,
        );
      for (const p of people)
        if (other.people.includes(p))
          add(
            'PERSON_DOUBLE_BOOKED',
            `${id} and ${other.conversation} overlap and both have ${season.personIds[p]}`,
            id,
          );
    }
    booked.push({ conversation: id, start, end, venue, people });
  }

  const unscheduled = Array.isArray(out.unscheduled) ? (out.unscheduled as Entry[]) : [];
  for (const raw of unscheduled) {
    const id = String(raw?.conversation);
    if (!conversationIndex.has(id))
      add('UNKNOWN_CONVERSATION', `unscheduled ${id} is not in the document`, id);
    else if (seen.has(id)) add('CONVERSATION_TWICE', `${id} is both scheduled and unscheduled`, id);
    seen.add(id);
  }
  for (const c of season.conversations)
    if (!seen.has(c.id))
      add('CONVERSATION_MISSING', `${c.id} is neither scheduled nor unscheduled`, c.id);
  if (out.scheduledCount !== booked.length)
    add(
      'COUNT_MISMATCH',
      `scheduledCount is ${String(out.scheduledCount)}, the schedule has ${booked.length}`,
    );
  if (out.totalScore !== half / 2)
    add(
      'SCORE_MISMATCH',
      `totalScore is ${String(out.totalScore)}, the attendees score ${half / 2}`,
    );
  return violations;
}
