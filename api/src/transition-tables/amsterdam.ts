import { amsterdamIso, amsterdamOffset } from '@knooppunt/scheduling';

// Conversations happen in Europe/Amsterdam. Candidate slots are given as wall-clock times there
// (or as instants with an offset) and stored as instants, so a slot on either side of a
// daylight-saving change is exactly as long as its duration.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export type ParsedStart = { ok: true; ms: number } | { ok: false; reason: 'format' | 'skipped' };

/**
 * The instant of a slot start: "2027-03-29T09:00" is Amsterdam wall-clock time; a time with
 * `Z` or an offset is taken as it is. A wall-clock time the spring change skips (02:00–03:00
 * on the last Sunday of March) does not exist and is refused; one the autumn change repeats
 * is the first (summer-time) occurrence.
 */
export function parseSlotStart(text: string): ParsedStart {
  if (WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? { ok: true, ms } : { ok: false, reason: 'format' };
  }
  const match = LOCAL.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59
  ) {
    return { ok: false, reason: 'format' };
  }
  for (const offset of [120, 60]) {
    const ms = wall - offset * 60_000;
    if (amsterdamOffset(ms) === offset) return { ok: true, ms };
  }
  return { ok: false, reason: 'skipped' };
}

/** "2027-03-29T09:00:00+02:00": the instant as Amsterdam wall-clock time with its offset. */
export function toAmsterdamIso(date: Date): string {
  return amsterdamIso(date.getTime());
}

/** A PostgreSQL tstzrange literal [start, end). */
export function rangeLiteral(start: Date, end: Date): string {
  return `[${start.toISOString()},${end.toISOString()})`;
}
