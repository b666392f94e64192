import { amsterdamDay } from '../conversations/amsterdam-time';

export interface CalendarEvent {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly place: string | null;
}

export interface CalendarDay {
  /** yyyy-mm-dd */
  readonly date: string;
  readonly day: number;
  readonly inMonth: boolean;
  readonly isToday: boolean;
  readonly events: readonly CalendarEvent[];
}

export interface YearMonth {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

export function addMonths(value: YearMonth, delta: number): YearMonth {
  const index = value.year * 12 + (value.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthKey(value: YearMonth): string {
  return `${value.year}-${String(value.month).padStart(2, '0')}`;
}

/** "2027-03" → { year: 2027, month: 3 }, or null. */
export function parseMonth(value: string | null): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function monthOf(day: string): YearMonth {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The weeks (Monday first) that show a month, with each day's events by their Amsterdam
 * day, sorted by start.
 */
export function monthWeeks(
  month: YearMonth,
  events: readonly CalendarEvent[],
  today: string,
): readonly (readonly CalendarDay[])[] {
  const byDay = new Map<string, CalendarEvent[]>();
  for (const event of [...events].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = amsterdamDay(event.start);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  // Calendar arithmetic on UTC midnights: no time zone or clock change can shift a day.
  const first = new Date(Date.UTC(month.year, month.month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - offset * 86_400_000);
  const weeks: CalendarDay[][] = [];
  for (let cursor = start; ; ) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = isoDay(cursor);
      week.push({
        date,
        day: cursor.getUTCDate(),
        inMonth: cursor.getUTCMonth() === month.month - 1,
        isToday: date === today,
        events: byDay.get(date) ?? [],
      });
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
    if (cursor.getUTCMonth() !== month.month - 1) break;
  }
  return weeks;
}
