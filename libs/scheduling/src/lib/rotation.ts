/**
 * The third criterion of product.md §6 — after the count and the attendance score — "prefer
 * rotating municipalities and short travel".
 *
 * With every scheduled conversation's slot and attendees fixed (so the count and the score
 * cannot move), each conversation takes, among its candidate venues that are free at its slot
 * (not busy, not used by an overlapping scheduled conversation) and hold its attendees:
 *
 * 1. the venue whose municipality its table visited longest ago — never visited is best; the
 *    table's visits are the document's `recentMunicipalities` (most recent first) followed, in
 *    time order, by the season's own earlier conversations of that table;
 * 2. then the shortest total travel of its attendees (great-circle distance from each
 *    attendee's location to the venue; attendees or venues without a location count 0, a venue
 *    without a location comes after those with one);
 * 3. then the venue it had (the solver's choice), then the solver's option order.
 *
 * Conversations are taken in start order (then document order), so an earlier conversation's
 * choice is what a later one of the same table rotates away from. Greedy on this criterion:
 * exact on the first two, not on the third.
 */
import { Bookings, Placement } from './bookings';
import { Location } from './document';
import { Model, Option } from './model';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Moves scheduled conversations to better venues (see above); returns how many moved. */
export function rotateVenues(model: Model, bookings: Bookings): number {
  const { season } = model;
  const visits = new Map<string, string[]>();
  const order: { placement: Placement; c: number }[] = [];
  bookings.placed.forEach((placement, c) => {
    if (placement) order.push({ placement, c });
  });
  order.sort((a, b) => a.placement.option.start - b.placement.option.start || a.c - b.c);
  let moved = 0;
  for (const { placement: current, c } of order) {
    const conversation = season.conversations[c];
    const recent = visits.get(conversation.table) ?? conversation.recentMunicipalities.slice();
    visits.set(conversation.table, recent);
    const rank = (option: Option) => {
      const municipality = season.venueMunicipality[option.venue];
      const seen = municipality === null ? -1 : recent.indexOf(municipality);
      const where = season.venueLocation[option.venue];
      let travel = where ? 0 : Number.POSITIVE_INFINITY;
      if (where) {
        for (const person of current.attendees) {
          const from = season.personLocation[person];
          if (from) travel += distanceKm(from, where);
        }
      }
      return { rotation: seen < 0 ? Number.POSITIVE_INFINITY : seen, travel };
    };
    let best = current.option;
    let bestRank = rank(best);
    for (const option of model.conversations[c].options) {
      if (option === current.option || option.slot !== current.option.slot) continue;
      if (option.capacity < current.attendees.length) continue;
      const holders = bookings.venueHolders(option.venue, option.start, option.end);
      if (holders.some((d) => d !== c)) continue;
      const candidate = rank(option);
      const better =
        candidate.rotation > bestRank.rotation ||
        (candidate.rotation === bestRank.rotation && candidate.travel < bestRank.travel - 1e-9);
      if (better) {
        best = option;
        bestRank = candidate;
      }
    }
    if (best !== current.option) {
      bookings.remove(c);
      bookings.place(best, current.attendees, current.half);
      moved++;
    }
    const municipality = season.venueMunicipality[best.venue];
    if (municipality !== null) recent.unshift(municipality);
  }
  return moved;
}
