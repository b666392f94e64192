/**
 * Instants and intervals. Slot and busy times are ISO 8601 date-times with an explicit offset
 * (`Z` or `±hh:mm`), so they name one instant whatever the machine's time zone: `+01:00` and
 * `+02:00` on either side of a daylight-saving change compare correctly as milliseconds.
 */

const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or null when the text is not an ISO date-time with an offset. */
export function parseInstant(text: unknown): number | null {
  if (typeof text !== 'string' || !ISO_WITH_OFFSET.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** Half-open intervals [aStart, aEnd) and [bStart, bEnd) share an instant. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

let formatter: Intl.DateTimeFormat | null = null;

/** "2027-03-28 09:00" in Europe/Amsterdam, for the readable reasons. */
export function formatAmsterdam(ms: number): string {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(new Date(ms))) part[type] = value;
  return `${part['year']}-${part['month']}-${part['day']} ${part['hour']}:${part['minute']}`;
}
