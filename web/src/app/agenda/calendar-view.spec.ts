import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { addMonths, monthWeeks, parseMonth } from './calendar-model';
import { CalendarView } from './calendar-view';

const events = [
  // 23:30 UTC on 31 March is 1 April in Amsterdam (summer time).
  {
    id: 'c1',
    title: 'Laat gesprek',
    start: '2027-03-31T22:30:00.000Z',
    end: '2027-03-31T23:30:00.000Z',
    place: null,
  },
  {
    id: 'c2',
    title: 'Regiogesprek logistiek',
    start: '2027-03-29T07:00:00.000Z',
    end: '2027-03-29T09:00:00.000Z',
    place: 'Raadhuis, Aalsmeer',
  },
];

describe(CalendarView.name, () => {
  describe('calendar model', () => {
    it('should lay out a month in weeks from Monday with events on their Amsterdam day', () => {
      const weeks = monthWeeks({ year: 2027, month: 3 }, events, '2027-03-15');

      expect(weeks.length).toBe(5);
      expect(weeks[0][0]).toMatchObject({ date: '2027-03-01', inMonth: true });
      expect(weeks[4][6]).toMatchObject({ date: '2027-04-04', inMonth: false });
      const day = (date: string) => weeks.flat().find((d) => d.date === date)!;
      expect(day('2027-03-29').events.map((e) => e.id)).toEqual(['c2']);
      expect(day('2027-04-01').events.map((e) => e.id)).toEqual(['c1']);
      expect(day('2027-03-31').events).toEqual([]);
      expect(day('2027-03-15').isToday).toBe(true);
    });

    it('should step over year ends and read months', () => {
      expect(addMonths({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
      expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
      expect(parseMonth('2027-03')).toEqual({ year: 2027, month: 3 });
      expect(parseMonth('2027-13')).toBeNull();
    });
  });

  describe('view', () => {
    async function render() {
      await TestBed.configureTestingModule({
        imports: [translocoTesting()],
        providers: [provideRouter([])],
      }).compileComponents();
      const fixture = TestBed.createComponent(CalendarView);
      fixture.componentRef.setInput('events', events);
      fixture.componentRef.setInput('today', '2027-03-15');
      await fixture.whenStable();
      const root = fixture.nativeElement as HTMLElement;
      const button = (label: string) =>
        [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
      const go = async (label: string) => {
        button(label).click();
        await fixture.whenStable();
      };
      return { root, go };
    }

    it('should show the month of today with weekday headers and the conversations as links', async () => {
      const { root } = await render();

      expect(root.querySelector('h2')?.textContent?.trim()).toBe('maart 2027');
      expect(text(root, 'thead th abbr')).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
      expect(root.querySelector('th abbr')?.getAttribute('title')).toBe('maandag');
      expect(root.querySelector('td[aria-current="date"]')?.getAttribute('data-date')).toBe(
        '2027-03-15',
      );
      const cell = root.querySelector('td[data-date="2027-03-29"]')!;
      expect(text(cell, 'a')).toEqual(['09:00 Regiogesprek logistiek']);
      expect(cell.querySelector('a')?.getAttribute('href')).toBe('/gesprekken/c2');
      expect(text(root, '[data-list="month"] li')[0]).toContain('Raadhuis, Aalsmeer');
    });

    it('should move to the next and previous month and back to today', async () => {
      const { root, go } = await render();

      await go('Volgende maand');
      expect(root.querySelector('h2')?.textContent?.trim()).toBe('april 2027');
      expect(text(root, '[data-list="month"] li a')).toEqual(['Laat gesprek']);

      await go('Vorige maand');
      await go('Vorige maand');
      expect(root.querySelector('h2')?.textContent?.trim()).toBe('februari 2027');
      expect(root.querySelector('[data-list="month"]')).toBeNull();
      expect(root.textContent).toContain('Geen gesprekken in deze maand.');

      await go('Deze maand');
      expect(root.querySelector('h2')?.textContent?.trim()).toBe('maart 2027');
    });
  });
});
