/**
 * Who and what is booked when: the mutable state the heuristic and the branch and bound share.
 * A person or venue is free for an interval when none of its bookings overlaps it.
 */
import { Model, Option, Selection, selectAttendees } from './model';
import { overlaps } from './time';

interface Booking {
  start: number;
  end: number;
  conversation: number;
}

export interface Placement {
  option: Option;
  attendees: number[];
  half: number;
}

export class Bookings {
  readonly placed: (Placement | null)[];
  private readonly person: Booking[][];
  private readonly venue: Booking[][];
  count = 0;
  half = 0;

  constructor(readonly model: Model) {
    this.placed = model.conversations.map(() => null);
    this.person = model.season.personIds.map(() => []);
    this.venue = model.season.venueIds.map(() => []);
  }

  personFree(person: number, start: number, end: number): boolean {
    for (const b of this.person[person]) if (b.start < end && start < b.end) return false;
    return true;
  }

  /** The conversations holding this person at an overlapping time. */
  personHolders(person: number, start: number, end: number): number[] {
    return this.person[person]
      .filter((b) => overlaps(b.start, b.end, start, end))
      .map((b) => b.conversation);
  }

  venueFree(venue: number, start: number, end: number): boolean {
    for (const b of this.venue[venue]) if (b.start < end && start < b.end) return false;
    return true;
  }

  venueHolders(venue: number, start: number, end: number): number[] {
    return this.venue[venue]
      .filter((b) => overlaps(b.start, b.end, start, end))
      .map((b) => b.conversation);
  }

  /** The best attendee set for this option among the persons free then; null if none meets quorum. */
  select(option: Option, extraFree?: (person: number) => boolean): Selection | null {
    const { start, end } = option;
    const conversation = this.model.conversations[option.conversation];
    const free = extraFree
      ? (p: number) => extraFree(p) && this.personFree(p, start, end)
      : (p: number) => this.personFree(p, start, end);
    return selectAttendees(
      option.view,
      this.model.season.personHelix,
      conversation.quorum,
      option.capacity,
      free,
    );
  }

  place(option: Option, attendees: number[], half: number): void {
    const c = option.conversation;
    if (this.placed[c]) throw new Error(`conversation ${c} is already placed`);
    const booking = { start: option.start, end: option.end, conversation: c };
    this.venue[option.venue].push(booking);
    for (const p of attendees) this.person[p].push(booking);
    this.placed[c] = { option, attendees, half };
    this.count++;
    this.half += half;
  }

  remove(c: number): Placement | null {
    const placement = this.placed[c];
    if (!placement) return null;
    const drop = (bookings: Booking[]) => {
      const i = bookings.findIndex((b) => b.conversation === c);
      if (i >= 0) bookings.splice(i, 1);
    };
    drop(this.venue[placement.option.venue]);
    for (const p of placement.attendees) drop(this.person[p]);
    this.placed[c] = null;
    this.count--;
    this.half -= placement.half;
    return placement;
  }

  snapshot(): (Placement | null)[] {
    return this.placed.slice();
  }

  /** Replaces the whole state by a snapshot. */
  restore(snapshot: readonly (Placement | null)[]): void {
    for (let c = 0; c < this.placed.length; c++) if (this.placed[c] !== snapshot[c]) this.remove(c);
    for (let c = 0; c < snapshot.length; c++) {
      const p = snapshot[c];
      if (p && this.placed[c] !== p) this.place(p.option, p.attendees, p.half);
    }
  }
}
