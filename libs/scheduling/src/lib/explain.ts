/**
 * Why a conversation is not scheduled, and what would help: structured details with a code (the
 * API translates codes) and a readable English sentence built from the same details. The "best
 * slot" is the candidate (slot, venue) closest to working in the final schedule: a usable venue
 * first, then the fewest missing attendees (counting a taken venue as one), then the fewest
 * missing by their answers alone, then the highest score, then candidate order.
 */
import { HELICES, Helix } from '@knooppunt/domain';
import { Bookings } from './bookings';
import { Model, SlotView } from './model';
import { formatAmsterdam, overlaps } from './time';

export type ExplanationCode =
  /** No candidate slot or no candidate venue. */
  | 'NO_CANDIDATES'
  /** Every candidate venue holds fewer people than the quorum adds up to. */
  | 'CAPACITY_TOO_SMALL'
  /** Every candidate venue is busy (its busy intervals) in every candidate slot. */
  | 'VENUE_UNAVAILABLE'
  /** By their answers and busy times, too few invitees of a helix can come in any slot. */
  | 'QUORUM_SHORT'
  /** The quorum could be met, but some of those people attend other scheduled conversations. */
  | 'PEOPLE_CONFLICT'
  /** The quorum could be met, but the venue hosts another scheduled conversation then. */
  | 'VENUE_CONFLICT';

export interface Shortfall {
  helix: Helix;
  have: number;
  need: number;
}

export interface Suggestion {
  /** The slot the suggestion is about. */
  slot?: string;
  /** The person who would make it work by attending that slot (when one is enough). */
  person?: string;
  /** Every person needed (one per missing attendee). */
  persons?: string[];
  /** True when some suggested persons are not invited yet. */
  invite?: boolean;
  /** A venue (not among the candidates, or freed) that would make it work. */
  venue?: string;
  /** Scheduled conversations that would have to move. */
  move?: string[];
}

export interface Explanation {
  code: ExplanationCode;
  slot?: string;
  venue?: string;
  /** The helix that falls short the most in the best slot, with have / need. */
  helix?: Helix;
  have?: number;
  need?: number;
  shortfalls?: Shortfall[];
  /** Who or what is taken by which scheduled conversation in the best slot. */
  conflicts?: { conversation: string; venue?: string; persons?: string[] }[];
  suggestion?: Suggestion;
}

interface Candidate {
  view: SlotView;
  venue: number;
  venueBusy: boolean;
  venueTakenBy: number[];
  capacityOk: boolean;
  freeShort: number[];
  staticShort: number[];
  missing: number;
  staticMissing: number;
  rank: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function explainUnscheduled(model: Model, bookings: Bookings, c: number): Explanation {
  const { season } = model;
  const conversation = season.conversations[c];
  const { quorum, quorumTotal, views } = model.conversations[c];
  if (!views.length || !conversation.venues.length) return { code: 'NO_CANDIDATES' };

  const candidates: Candidate[] = [];
  for (const view of views) {
    for (const venue of conversation.venues) {
      const freeShort = [0, 0, 0];
      const staticShort = [0, 0, 0];
      for (let h = 0; h < HELICES.length; h++) {
        let free = 0;
        for (const p of view.eligible)
          if (season.personHelix[p] === h && bookings.personFree(p, view.start, view.end)) free++;
        freeShort[h] = Math.max(0, quorum[h] - free);
        staticShort[h] = Math.max(0, quorum[h] - view.helixCount[h]);
      }
      candidates.push({
        view,
        venue,
        venueBusy: season.venueBusy[venue].some((b) =>
          overlaps(b.start, b.end, view.start, view.end),
        ),
        venueTakenBy: bookings.venueHolders(venue, view.start, view.end),
        capacityOk: season.venueCapacity[venue] >= quorumTotal,
        freeShort,
        staticShort,
        missing: sum(freeShort),
        staticMissing: sum(staticShort),
        rank: candidates.length,
      });
    }
  }

  const usable = candidates.filter((x) => !x.venueBusy && x.capacityOk);
  if (!usable.length) {
    if (candidates.every((x) => !x.capacityOk)) {
      const largest = Math.max(...conversation.venues.map((v) => season.venueCapacity[v]));
      const bigger = season.venueIds.findIndex(
        (_, v) => season.venueCapacity[v] >= quorumTotal && !conversation.venues.includes(v),
      );
      return {
        code: 'CAPACITY_TOO_SMALL',
        have: largest,
        need: quorumTotal,
        ...(bigger >= 0 ? { suggestion: { venue: season.venueIds[bigger] } } : {}),
      };
    }
    return venueSuggestion(model, bookings, c);
  }

  const score = (x: Candidate) => sum(x.view.weight);
  const obstacles = (x: Candidate) => (x.venueTakenBy.length ? 1 : 0) + x.missing;
  const best = usable
    .slice()
    .sort(
      (x, y) =>
        obstacles(x) - obstacles(y) ||
        x.staticMissing - y.staticMissing ||
        score(y) - score(x) ||
        x.rank - y.rank,
    )[0];
  const slot = season.slotIds[best.view.slot];
  const venue = season.venueIds[best.venue];

  if (best.missing > 0) {
    const useStatic = best.staticMissing > 0;
    const short = useStatic ? best.staticShort : best.freeShort;
    const helices = HELICES.map((helix, h) => ({ helix, h, short: short[h] }))
      .filter((x) => x.short > 0)
      .sort((x, y) => y.short - x.short || x.h - y.h);
    const shortfalls = helices.map(({ helix, h, short: s }) => ({
      helix,
      have: quorum[h] - s,
      need: quorum[h],
    }));
    const persons: number[] = [];
    let invite = false;
    let enough = true;
    for (const { h, short: s } of helices) {
      const found = askable(model, bookings, c, best.view, h, s);
      if (!found) enough = false;
      else {
        persons.push(...found.persons);
        invite ||= found.invite;
      }
    }
    const conflicts = useStatic ? [] : peopleConflicts(model, bookings, best.view);
    const ids = persons.map((p) => season.personIds[p]);
    let suggestion: Suggestion = { slot };
    if (enough && ids.length && !best.venueTakenBy.length)
      suggestion = {
        slot,
        ...(ids.length === 1 ? { person: ids[0] } : {}),
        persons: ids,
        ...(invite ? { invite } : {}),
      };
    else if (conflicts.length) suggestion = { slot, move: conflicts.map((x) => x.conversation) };
    return {
      code: useStatic ? 'QUORUM_SHORT' : 'PEOPLE_CONFLICT',
      slot,
      venue,
      helix: shortfalls[0].helix,
      have: shortfalls[0].have,
      need: shortfalls[0].need,
      shortfalls,
      ...(conflicts.length ? { conflicts } : {}),
      suggestion,
    };
  }

  const holders = best.venueTakenBy.map((d) => season.conversations[d].id);
  return {
    code: 'VENUE_CONFLICT',
    slot,
    venue,
    conflicts: holders.map((conversation) => ({ conversation, venue })),
    suggestion: { slot, move: holders },
  };
}

/** Persons of helix h not eligible in this slot who could lift the shortfall: invitees first. */
function askable(
  model: Model,
  bookings: Bookings,
  c: number,
  view: SlotView,
  h: number,
  count: number,
): { persons: number[]; invite: boolean } | null {
  const { season } = model;
  const eligible = new Set(view.eligible);
  const canCome = (p: number) =>
    season.personHelix[p] === h &&
    !eligible.has(p) &&
    bookings.personFree(p, view.start, view.end) &&
    !season.personBusy[p].some((b) => overlaps(b.start, b.end, view.start, view.end));
  // Invitees who are neither busy nor booked then; those who did not answer this slot first.
  const answered = (p: number) => (season.answered(p, view.slot) ? 1 : 0);
  const invitees = season.conversations[c].invitees
    .filter(canCome)
    .sort((a, b) => answered(a) - answered(b) || a - b);
  if (invitees.length >= count) return { persons: invitees.slice(0, count), invite: false };
  const invited = new Set(season.conversations[c].invitees);
  const others: number[] = [];
  for (let p = 0; p < season.personIds.length && invitees.length + others.length < count; p++)
    if (!invited.has(p) && canCome(p)) others.push(p);
  if (invitees.length + others.length < count) return null;
  return { persons: [...invitees, ...others], invite: others.length > 0 };
}

function peopleConflicts(model: Model, bookings: Bookings, view: SlotView) {
  const { season } = model;
  const byConversation = new Map<number, string[]>();
  for (const p of view.eligible) {
    for (const d of bookings.personHolders(p, view.start, view.end)) {
      const list = byConversation.get(d) ?? [];
      list.push(season.personIds[p]);
      byConversation.set(d, list);
    }
  }
  return [...byConversation.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([d, persons]) => ({ conversation: season.conversations[d].id, persons }));
}

function venueSuggestion(model: Model, bookings: Bookings, c: number): Explanation {
  const { season } = model;
  const { quorum, quorumTotal, views } = model.conversations[c];
  for (const view of views) {
    if (quorum.some((q, h) => view.helixCount[h] < q)) continue;
    const v = season.venueIds.findIndex(
      (_, k) =>
        season.venueCapacity[k] >= quorumTotal &&
        bookings.venueFree(k, view.start, view.end) &&
        !season.venueBusy[k].some((b) => overlaps(b.start, b.end, view.start, view.end)),
    );
    if (v >= 0) {
      const slot = season.slotIds[view.slot];
      return { code: 'VENUE_UNAVAILABLE', slot, suggestion: { slot, venue: season.venueIds[v] } };
    }
  }
  return { code: 'VENUE_UNAVAILABLE' };
}

/** The readable English sentence for an explanation. */
export function describeExplanation(model: Model, e: Explanation): string {
  const { season } = model;
  const when = (slot = '') => {
    const s = season.slotIds.indexOf(slot);
    const start = formatAmsterdam(season.slotStart[s]);
    return `${slot} (${start}–${formatAmsterdam(season.slotEnd[s]).slice(11)} Amsterdam time)`;
  };
  const s = e.suggestion;
  const help = (): string => {
    if (s?.persons?.length && s.slot)
      return ` It would work if ${s.persons.join(' and ')} could attend ${s.slot}${s.invite ? ' (not all invited yet)' : ''}.`;
    if (s?.move?.length) return ` It would work if ${s.move.join(' or ')} moved to another slot.`;
    if (s?.venue && s.slot) return ` Venue ${s.venue} is free in ${s.slot} and large enough.`;
    if (s?.venue) return ` Venue ${s.venue} is large enough.`;
    return '';
  };
  const shortText = () =>
    (e.shortfalls ?? []).map((x) => `${x.helix} has ${x.have} of ${x.need} needed`).join(', ');
  switch (e.code) {
    case 'NO_CANDIDATES':
      return 'It has no candidate slot or no candidate venue.';
    case 'CAPACITY_TOO_SMALL':
      return `The quorum needs ${e.need} seats but the largest candidate venue holds ${e.have}.${help()}`;
    case 'VENUE_UNAVAILABLE':
      return `No candidate venue is available in any candidate slot.${help()}`;
    case 'QUORUM_SHORT':
      return `No candidate slot meets the quorum. In its best slot ${when(e.slot)} at ${e.venue}, ${shortText()}.${help()}`;
    case 'PEOPLE_CONFLICT': {
      const taken = (e.conflicts ?? [])
        .map((x) => `${(x.persons ?? []).join(', ')} in ${x.conversation}`)
        .join('; ');
      return `The quorum needs people who attend other conversations then. In its best slot ${when(e.slot)} at ${e.venue}, ${shortText()} among those still free (taken: ${taken}).${help()}`;
    }
    case 'VENUE_CONFLICT':
      return `Every slot that meets the quorum has its venue taken. In its best slot ${when(e.slot)}, ${e.venue} hosts ${(e.conflicts ?? []).map((x) => x.conversation).join(', ')}.${help()}`;
  }
}
