/** Times of conversations are Amsterdam times, whatever the browser's own time zone. */
export const amsterdam = 'Europe/Amsterdam';

const locales: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(lang: string): string {
  return locales[lang] ?? locales['nl'];
}

export type AmsterdamFormat = 'slot' | 'dateTime' | 'date' | 'time' | 'day' | 'month';

const options: Readonly<Record<AmsterdamFormat, Intl.DateTimeFormatOptions>> = {
  slot: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric' },
  month: { month: 'long', year: 'numeric' },
};

/** An instant (ISO string or Date) as Amsterdam wall-clock text in the given language. */
export function formatAmsterdam(
  value: string | Date,
  format: AmsterdamFormat,
  lang: string,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(localeOf(lang), {
    ...options[format],
    timeZone: amsterdam,
  }).format(date);
}

/** "ma 29 mrt 2027 09:00–11:00": a slot from start to end, in Amsterdam time. */
export function formatSlot(start: string, end: string, lang: string): string {
  return `${formatAmsterdam(start, 'slot', lang)}–${formatAmsterdam(end, 'time', lang)}`;
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: amsterdam,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam wall clock at an instant. */
export function amsterdamWallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** The Amsterdam calendar day (yyyy-mm-dd) of an instant. */
export function amsterdamDay(value: string | Date): string {
  const clock = amsterdamWallClock(typeof value === 'string' ? new Date(value) : value);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

/**
 * The instant of an Amsterdam date (yyyy-mm-dd) and time (hh:mm); null when the input is
 * malformed or the time does not exist there (the clocks skip it when summer time starts).
 */
export function amsterdamInstant(date: string, time: string): Date | null {
  const d = datePattern.exec(date);
  const t = timePattern.exec(time);
  if (!d || !t) return null;
  const wanted: WallClock = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  const asUtc = Date.UTC(wanted.year, wanted.month - 1, wanted.day, wanted.hour, wanted.minute);
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that reads back the same.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const clock = amsterdamWallClock(candidate);
    if (
      clock.year === wanted.year &&
      clock.month === wanted.month &&
      clock.day === wanted.day &&
      clock.hour === wanted.hour &&
      clock.minute === wanted.minute
    ) {
      return candidate;
    }
  }
  return null;
}
