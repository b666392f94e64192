import { TestBed } from '@angular/core/testing';
import { text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { PersonView, ProposalView, ProposedView } from './conversation-types';
import { attendeesByHelix, ScheduleProposalView } from './proposal-view';

const slot = { id: 's1', start: '2027-03-29T07:00:00.000Z', end: '2027-03-29T09:00:00.000Z' };
const venue = {
  id: 'v1',
  name: 'Raadhuis Aalsmeer',
  capacity: 30,
  municipality: { name: 'Aalsmeer' },
};
const person = (id: string, helix: PersonView['helix'], name: string): PersonView => ({
  id,
  displayName: name,
  helix,
  organisation: { name: `${name} BV` },
});

const scheduled: ProposedView = {
  conversation: { id: 'c1', title: 'Regiogesprek logistiek' },
  slot,
  venue,
  attendees: [
    person('g1', 'GOVERNMENT', 'Gea'),
    person('b1', 'BUSINESS', 'Bram'),
    person('e1', 'EDUCATION', 'Eva'),
  ],
  score: 2.5,
};

const proposal: ProposalView = {
  scheduled: [scheduled],
  unscheduled: [
    {
      conversation: { id: 'c2', title: 'Thematafel kassen' },
      code: 'QUORUM_SHORT',
      messageKey: 'schedule.unscheduled.QUORUM_SHORT',
      reason: 'No slot meets the quorum.',
      slot,
      venue,
      helix: 'EDUCATION',
      have: 0,
      need: 1,
      shortfalls: [{ helix: 'EDUCATION', have: 0, need: 1 }],
      suggestion: {
        slot,
        venue,
        persons: [person('e2', 'EDUCATION', 'Emma')],
        invite: true,
        move: [{ id: 'c9', title: 'Regiogesprek energie' }],
      },
    },
    {
      conversation: { id: 'c3', title: 'Onbekend' },
      code: 'SOMETHING_NEW',
      messageKey: 'schedule.unscheduled.SOMETHING_NEW',
      reason: 'A reason the web does not know yet.',
      slot: null,
      venue: null,
      helix: null,
      have: null,
      need: null,
      shortfalls: [],
      suggestion: null,
    },
  ],
  scheduledCount: 1,
  totalScore: 2.5,
};

describe(ScheduleProposalView.name, () => {
  async function render(mode: 'single' | 'season' = 'single') {
    await TestBed.configureTestingModule({ imports: [translocoTesting()] }).compileComponents();
    const fixture = TestBed.createComponent(ScheduleProposalView);
    fixture.componentRef.setInput('proposal', proposal);
    fixture.componentRef.setInput('mode', mode);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('should group attendees by helix in the fixed order', () => {
    expect(attendeesByHelix(scheduled.attendees).map((g) => g.helix)).toEqual([
      'BUSINESS',
      'EDUCATION',
      'GOVERNMENT',
    ]);
  });

  it('should show slot, venue, score and attendees of a proposed conversation', async () => {
    const { root } = await render();

    const card = root.querySelector('[data-proposal="scheduled"]')!;
    expect(card.querySelector('h3')?.textContent?.trim()).toBe('Regiogesprek logistiek');
    expect(card.querySelector('[data-field="slot"]')?.textContent).toContain('09:00–11:00');
    expect(text(card, '[data-field="venue"]')).toEqual(['Raadhuis Aalsmeer (Aalsmeer)']);
    expect(card.querySelector('[data-field="score"]')?.textContent).toContain('2,5 (3 deelnemers');
    expect(text(card, 'dd li')).toEqual([
      'Bedrijfsleven: Bram (Bram BV)',
      'Onderwijs: Eva (Eva BV)',
      'Overheid: Gea (Gea BV)',
    ]);
  });

  it('should say which helix falls short and what would help', async () => {
    const { root } = await render();

    const [short, unknown] = [...root.querySelectorAll('[data-proposal="unscheduled"]')];
    expect(short.querySelector('[data-field="reason"]')?.textContent).toContain(
      'bij Onderwijs kunnen 0 van de 1 nodige deelnemers',
    );
    expect(text(short, '[data-field="shortfalls"] li')).toEqual(['Onderwijs: 0 van de 1 nodig']);
    const help = text(short, '[data-field="suggestion"] li');
    expect(help[0]).toBe('Emma (Emma BV) uitnodigen (nog niet uitgenodigd).');
    expect(help[1]).toContain('Raadhuis Aalsmeer');
    expect(help[2]).toBe('Als deze gesprekken verschuiven: Regiogesprek energie.');
    // A code the web does not know shows the API's own sentence.
    expect(unknown.querySelector('[data-field="reason"]')?.textContent?.trim()).toBe(
      'A reason the web does not know yet.',
    );
  });

  it('should confirm one proposal with its button', async () => {
    const { fixture, root } = await render();
    const confirmed: ProposedView[] = [];
    fixture.componentInstance.confirm.subscribe((item) => confirmed.push(item));

    const button = [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Bevestig Regiogesprek logistiek'),
    );
    button?.click();

    expect(confirmed).toEqual([scheduled]);
  });

  it('should confirm the chosen proposals of a season, all chosen at first', async () => {
    const { fixture, root } = await render('season');
    const chosen: (readonly ProposedView[])[] = [];
    fixture.componentInstance.confirmChosen.subscribe((items) => chosen.push(items));
    const confirmAll = () =>
      [...root.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Gekozen gesprekken bevestigen'),
      )!;
    expect(confirmAll().textContent).toContain('(1)');

    root.querySelector<HTMLInputElement>('#choose-c1')!.click();
    await fixture.whenStable();

    expect(confirmAll().disabled).toBe(true);
    root.querySelector<HTMLInputElement>('#choose-c1')!.click();
    await fixture.whenStable();
    confirmAll().click();
    expect(chosen).toEqual([[scheduled]]);
  });
});
