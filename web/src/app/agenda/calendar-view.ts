import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toSignal } from '@angular/core/rxjs-interop';
import { amsterdamDay, formatAmsterdam, localeOf } from '../conversations/amsterdam-time';
import { AmsterdamTimePipe } from '../conversations/amsterdam-time.pipe';
import { conversationLink } from '../tables/table-links';
import { addMonths, CalendarEvent, monthOf, monthWeeks, YearMonth } from './calendar-model';

/**
 * A month of my confirmed conversations: a grid (Monday first) with the conversations on
 * their Amsterdam day, previous/next month buttons, and the same month as a list.
 */
@Component({
  selector: 'app-calendar-view',
  imports: [RouterLink, TranslocoPipe, AmsterdamTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .calendar__nav {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    .calendar__month {
      margin: 0;
      min-width: 12rem;
    }
    .calendar td {
      width: 14.28%;
      height: 4.5rem;
      padding: 0.25rem;
    }
    .calendar__other {
      color: var(--color-muted, #555);
    }
    .calendar__today .calendar__day {
      font-weight: 700;
      text-decoration: underline;
    }
    .calendar__event {
      display: block;
      font-size: 0.875rem;
    }
  `,
  template: `
    <div class="calendar__nav">
      <button type="button" class="button button--secondary" (click)="go(-1)">
        {{ 'agenda.calendar.previous' | transloco }}
      </button>
      <h2 class="calendar__month" id="calendar-month" aria-live="polite">{{ monthLabel() }}</h2>
      <button type="button" class="button button--secondary" (click)="go(1)">
        {{ 'agenda.calendar.next' | transloco }}
      </button>
      <button type="button" class="button button--secondary" (click)="goToday()">
        {{ 'agenda.calendar.today' | transloco }}
      </button>
    </div>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="calendar-month">
      <table class="calendar">
        <caption class="visually-hidden">
          {{
            'agenda.calendar.caption' | transloco: { month: monthLabel() }
          }}
        </caption>
        <thead>
          <tr>
            @for (name of weekdays(); track name.long) {
              <th scope="col">
                <abbr [title]="name.long">{{ name.short }}</abbr>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week[0].date) {
            <tr>
              @for (day of week; track day.date) {
                <td
                  [class.calendar__other]="!day.inMonth"
                  [class.calendar__today]="day.isToday"
                  [attr.data-date]="day.date"
                  [attr.aria-current]="day.isToday ? 'date' : null"
                >
                  <span class="calendar__day">{{ day.day }}</span>
                  @for (event of day.events; track event.id) {
                    <a class="calendar__event" [routerLink]="link(event)">
                      {{ event.start | appAmsterdam: 'time' }} {{ event.title }}
                    </a>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <h3>{{ 'agenda.calendar.listHeading' | transloco: { month: monthLabel() } }}</h3>
    @if (monthEvents().length === 0) {
      <p class="state">{{ 'agenda.calendar.empty' | transloco }}</p>
    } @else {
      <ul class="stack plain-list" data-list="month">
        @for (event of monthEvents(); track event.id) {
          <li>
            <a [routerLink]="link(event)">{{ event.title }}</a>
            — {{ event.start | appAmsterdam: 'date' }}, {{ event.start | appAmsterdam: 'time' }}–{{
              event.end | appAmsterdam: 'time'
            }}
            @if (event.place) {
              — {{ event.place }}
            }
          </li>
        }
      </ul>
    }
  `,
})
export class CalendarView {
  private readonly transloco = inject(TranslocoService);

  readonly events = input.required<readonly CalendarEvent[]>();
  /** Today (yyyy-mm-dd, Amsterdam); the month shown first unless `month` says otherwise. */
  readonly today = input(amsterdamDay(new Date()));
  readonly month = input<YearMonth | null>(null);
  readonly monthChange = output<YearMonth>();

  private readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  protected readonly shown = signal<YearMonth>(monthOf(amsterdamDay(new Date())));

  constructor() {
    effect(() => this.shown.set(this.month() ?? monthOf(this.today())));
  }

  protected readonly weeks = computed(() => monthWeeks(this.shown(), this.events(), this.today()));
  protected readonly monthEvents = computed(() =>
    this.weeks()
      .flat()
      .filter((day) => day.inMonth)
      .flatMap((day) => day.events),
  );
  protected readonly monthLabel = computed(() => {
    const { year, month } = this.shown();
    // Mid-month noon UTC is the same month in Amsterdam.
    return formatAmsterdam(new Date(Date.UTC(year, month - 1, 15, 12)), 'month', this.lang());
  });
  protected readonly weekdays = computed(() => {
    const locale = localeOf(this.lang());
    // 1 January 2024 was a Monday.
    return Array.from({ length: 7 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + i, 12));
      const format = (weekday: 'short' | 'long') =>
        new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(date);
      return { short: format('short'), long: format('long') };
    });
  });

  protected link(event: CalendarEvent): string {
    return conversationLink(event.id);
  }

  protected go(delta: number): void {
    const next = addMonths(this.shown(), delta);
    this.shown.set(next);
    this.monthChange.emit(next);
  }

  protected goToday(): void {
    const next = monthOf(this.today());
    this.shown.set(next);
    this.monthChange.emit(next);
  }
}
