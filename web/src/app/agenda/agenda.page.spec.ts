import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { MyAgendaDocument, MyAgendaQuery, RenewCalendarFeedDocument } from '../generated/graphql';
import { AgendaPage } from './agenda.page';

function agenda(active: boolean): MyAgendaQuery {
  return {
    myInvitations: { __typename: 'ConversationList', totalCount: 0, items: [] },
    myCalendarFeed: {
      __typename: 'CalendarFeed',
      active,
      createdAt: active ? '2027-01-05T10:00:00.000Z' : null,
      lastUsedAt: null,
    },
  };
}

describe(AgendaPage.name, () => {
  let fixture: ComponentFixture<AgendaPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [AgendaPage, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(AgendaPage);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === label,
    );

  it('should show an error with a retry when the agenda does not load', async () => {
    controller.expectOne(MyAgendaDocument).networkError(new Error('offline'));
    await settle(fixture);

    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'Uw agenda kon niet worden geladen.',
    );
    button('Opnieuw proberen')?.click();
    controller.expectOne(MyAgendaDocument).flushData(agenda(false));
  });

  it('should make a feed link and show it with copy and download', async () => {
    controller.expectOne(MyAgendaDocument).flushData(agenda(false));
    await settle(fixture);
    expect(root().textContent).toContain('U heeft nog geen feedlink.');

    button('Feedlink maken')?.click();
    controller.expectOne(RenewCalendarFeedDocument).flushData({
      renewCalendarFeed: {
        __typename: 'CalendarFeedUrl',
        url: 'https://knooppunt.example/ical/abc.ics',
        createdAt: '2027-01-05T10:00:00.000Z',
      },
    });
    await settle(fixture);
    controller.expectOne(MyAgendaDocument).flushData(agenda(true));
    await settle(fixture);

    expect(root().querySelector<HTMLInputElement>('#feed-url')?.value).toBe(
      'https://knooppunt.example/ical/abc.ics',
    );
    expect(root().querySelector('a[download]')?.getAttribute('href')).toBe(
      'https://knooppunt.example/ical/abc.ics',
    );
    expect(button('Link kopiëren')).toBeDefined();
  });

  it('should ask before renewing a link and keep it when the user declines', async () => {
    controller.expectOne(MyAgendaDocument).flushData(agenda(true));
    await settle(fixture);
    expect(root().textContent).toContain('U heeft een feedlink sinds');

    button('Link vernieuwen')?.click();
    await settle(fixture);
    expect(root().querySelector('[role="group"]')?.textContent).toContain(
      'Een nieuwe link maakt de oude onbruikbaar',
    );
    button('Nee, oude link houden')?.click();
    await settle(fixture);

    controller.expectNone(RenewCalendarFeedDocument);
    expect(button('Link vernieuwen')).toBeDefined();
  });
});
