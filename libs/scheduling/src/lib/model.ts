/**
 * The solver's view of a season: per conversation its feasible options — a (slot, venue) pair
 * that could hold it if no other conversation existed — and the best attendee set of each.
 */
import { IndexedSeason, Interval } from './document';
import { overlaps } from './time';

export interface SlotView {
  slot: number;
  start: number;
  end: number;
  /** Invitees who answered YES or IF_NEED_BE and are not busy: best score first, then document order. */
  eligible: number[];
  /** Half points of each eligible person (2 YES, 1 IF_NEED_BE), parallel to eligible. */
  weight: number[];
  /** Eligible persons per helix. */
  helixCount: number[];
}

export interface Option {
  /** Index into Model.options. */
  id: number;
  conversation: number;
  slot: number;
  venue: number;
  start: number;
  end: number;
  capacity: number;
  view: SlotView;
  /** Best score of this option alone, in half points. */
  bestHalf: number;
}

export interface ConversationModel {
  index: number;
  quorum: number[];
  quorumTotal: number;
  /** Per candidate slot, the eligible invitees. */
  views: SlotView[];
  /** Feasible options: best score first, then earlier start, then candidate order. */
  options: Option[];
  /** Best score of any option alone (0 when none is feasible). */
  bestHalf: number;
}

export interface Model {
  season: IndexedSeason;
  conversations: ConversationModel[];
  options: Option[];
}

export interface Selection {
  attendees: number[];
  half: number;
}

function busyDuring(busy: readonly Interval[], start: number, end: number): boolean {
  return busy.some((b) => overlaps(b.start, b.end, start, end));
}

/**
 * The best attendee set for one conversation at one option among the persons `free` allows:
 * for each helix its quorum of highest-scoring persons, then the highest-scoring others up to the
 * capacity. Exact (see README: prefix sums per helix are concave, so after the mandatory quorum
 * the global greedy order maximises the separable objective under the capacity). Ties: document
 * order. Null when the quorum cannot be met.
 */
export function selectAttendees(
  view: SlotView,
  helixOf: readonly number[],
  quorum: readonly number[],
  capacity: number,
  free: (person: number) => boolean,
): Selection | null {
  const need = quorum.slice();
  let needTotal = 0;
  for (const n of need) needTotal += n;
  if (needTotal > capacity) return null;
  const { eligible, weight } = view;
  const taken = new Uint8Array(eligible.length);
  let count = 0;
  let half = 0;
  for (let i = 0; i < eligible.length && needTotal > 0; i++) {
    const h = helixOf[eligible[i]];
    if (need[h] > 0 && free(eligible[i])) {
      need[h]--;
      needTotal--;
      taken[i] = 1;
      count++;
      half += weight[i];
    }
  }
  if (needTotal > 0) return null;
  for (let i = 0; i < eligible.length && count < capacity; i++) {
    if (!taken[i] && free(eligible[i])) {
      taken[i] = 1;
      count++;
      half += weight[i];
    }
  }
  const attendees: number[] = [];
  for (let i = 0; i < eligible.length; i++) if (taken[i]) attendees.push(eligible[i]);
  attendees.sort((a, b) => a - b);
  return { attendees, half };
}

const always = () => true;

export function buildModel(season: IndexedSeason): Model {
  const options: Option[] = [];
  const conversations = season.conversations.map((conversation, index): ConversationModel => {
    const views = conversation.slots.map((slot): SlotView => {
      const start = season.slotStart[slot];
      const end = season.slotEnd[slot];
      const eligible: number[] = [];
      for (const person of conversation.invitees) {
        if (
          season.halfScore(person, slot) > 0 &&
          !busyDuring(season.personBusy[person], start, end)
        )
          eligible.push(person);
      }
      eligible.sort((a, b) => season.halfScore(b, slot) - season.halfScore(a, slot) || a - b);
      const helixCount = [0, 0, 0];
      for (const person of eligible) helixCount[season.personHelix[person]]++;
      return {
        slot,
        start,
        end,
        eligible,
        weight: eligible.map((person) => season.halfScore(person, slot)),
        helixCount,
      };
    });
    const own: Option[] = [];
    views.forEach((view, slotRank) => {
      conversation.venues.forEach((venue, venueRank) => {
        if (busyDuring(season.venueBusy[venue], view.start, view.end)) return;
        const capacity = season.venueCapacity[venue];
        const best = selectAttendees(
          view,
          season.personHelix,
          conversation.quorum,
          capacity,
          always,
        );
        if (!best) return;
        own.push({
          id: slotRank * conversation.venues.length + venueRank, // candidate order, replaced below
          conversation: index,
          slot: view.slot,
          venue,
          start: view.start,
          end: view.end,
          capacity,
          view,
          bestHalf: best.half,
        });
      });
    });
    own.sort((a, b) => b.bestHalf - a.bestHalf || a.start - b.start || a.id - b.id);
    for (const option of own) {
      option.id = options.length;
      options.push(option);
    }
    return {
      index,
      quorum: conversation.quorum,
      quorumTotal: conversation.quorum.reduce((a, b) => a + b, 0),
      views,
      options: own,
      bestHalf: own.length ? own[0].bestHalf : 0,
    };
  });
  return { season, conversations, options };
}
