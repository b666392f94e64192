import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { formatSlot } from '../conversations/amsterdam-time';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  NotificationFieldsFragment,
} from '../generated/graphql';
import { NotificationsPage } from './notifications.page';
import { UnreadNotifications } from './unread-notifications';

const start = '2027-03-29T12:00:00.000Z';
const end = '2027-03-29T14:00:00.000Z';

function notificationFactory(
  overrides: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id: 'n-1',
    kind: 'CONVERSATION_CONFIRMED',
    conversationId: 'c-1',
    payload: {
      title: 'Regiogesprek data-analist',
      table: 'Transitietafel Digitale Vaardigheden',
      start,
      end,
      venue: 'Leercafé Meerstroom, Stationsplein 1, Hoofddorp',
      sequence: 0,
    },
    createdAt: '2027-03-01T09:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const read = notificationFactory({
  id: 'n-2',
  kind: 'CONVERSATION_POLL_OPENED',
  conversationId: 'c-2',
  payload: { title: 'Aftrap sierteelt', table: 'Thematafel Duurzame Sierteelt' },
  readAt: '2027-02-20T10:00:00.000Z',
  createdAt: '2027-02-19T10:00:00.000Z',
});

describe(NotificationsPage.name, () => {
  let fixture: ComponentFixture<NotificationsPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [NotificationsPage, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NotificationsPage);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const items = () => [...root().querySelectorAll<HTMLElement>('li.notification')];
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  async function list(
    notifications: NotificationFieldsFragment[],
    { skip = 0, totalCount = notifications.length } = {},
  ): Promise<void> {
    const op = controller.expectOne(MyNotificationsDocument);
    expect(op.operation.variables).toEqual({ skip, take: 25 });
    op.flushData({
      myNotifications: {
        __typename: 'NotificationList',
        totalCount,
        unreadCount: notifications.filter((n) => n.readAt === null).length,
        items: notifications,
      },
    });
    await settle(fixture);
  }

  it('should say what happened, when and where, and mark the unread ones in words', async () => {
    await list([notificationFactory(), read]);

    const [unread, seen] = items();
    expect(unread.querySelector('.badge')?.textContent?.trim()).toBe('Ongelezen');
    expect(unread.querySelector('.notification__text')?.textContent?.trim()).toBe(
      `Regiogesprek data-analist van Transitietafel Digitale Vaardigheden is bevestigd: ${formatSlot(start, end, 'nl')}, Leercafé Meerstroom, Stationsplein 1, Hoofddorp.`,
    );
    expect(formatSlot(start, end, 'nl')).toContain('14:00–16:00');
    expect(unread.querySelector('a')?.getAttribute('href')).toBe('/gesprekken/c-1');
    expect(text(unread, 'button')).toEqual(['Markeren als gelezen Regiogesprek data-analist']);

    expect(seen.querySelector('.badge')).toBeNull();
    expect(seen.querySelector('.notification__text')?.textContent?.trim()).toBe(
      'U bent uitgenodigd voor Aftrap sierteelt van Thematafel Duurzame Sierteelt. Geef door wanneer u kunt.',
    );
    expect(seen.querySelector('button')).toBeNull();
    expect(root().textContent).toContain('1 ongelezen van 2 meldingen');
    // The header link shows the same count.
    expect(TestBed.inject(UnreadNotifications).count()).toBe(1);
  });

  it('should mark one notification read, list again and announce it', async () => {
    await list([notificationFactory(), read]);

    button('Markeren als gelezen')?.click();
    await settle(fixture);
    const op = controller.expectOne(MarkNotificationReadDocument);
    expect(op.operation.variables).toEqual({ input: { id: 'n-1' } });
    op.flushData({
      markNotificationRead: {
        __typename: 'Notification',
        id: 'n-1',
        readAt: '2027-03-02T08:00:00.000Z',
      },
    });
    await settle(fixture);
    await list([notificationFactory({ readAt: '2027-03-02T08:00:00.000Z' }), read]);

    expect(text(root(), '[role="status"] p')).toEqual(['De melding is als gelezen gemarkeerd.']);
    expect(root().querySelector('.badge')).toBeNull();
    expect(button('Alles als gelezen markeren')).toBeUndefined();
    expect(TestBed.inject(UnreadNotifications).count()).toBe(0);
  });

  it('should mark all read at once', async () => {
    await list([notificationFactory(), notificationFactory({ id: 'n-3' }), read]);
    expect(root().querySelectorAll('.badge').length).toBe(2);

    button('Alles als gelezen markeren')?.click();
    await settle(fixture);
    controller
      .expectOne(MarkAllNotificationsReadDocument)
      .flushData({ markAllNotificationsRead: 2 });
    await settle(fixture);
    await list([
      notificationFactory({ readAt: '2027-03-02T08:00:00.000Z' }),
      notificationFactory({ id: 'n-3', readAt: '2027-03-02T08:00:00.000Z' }),
      read,
    ]);

    expect(text(root(), '[role="status"] p')).toEqual([
      'Alle meldingen zijn als gelezen gemarkeerd.',
    ]);
    expect(root().querySelectorAll('.badge').length).toBe(0);
  });

  it('should show the API’s refusal when marking fails', async () => {
    await list([notificationFactory()]);

    button('Markeren als gelezen')?.click();
    await settle(fixture);
    controller
      .expectOne(MarkNotificationReadDocument)
      .graphqlErrors([apiError('NOT_FOUND', 'errors.notFound.notification')]);
    await settle(fixture);

    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'Deze melding bestaat niet (meer).',
    );
    expect(items()[0].querySelector('.badge')).not.toBeNull();
  });

  it('should say so when there are no notifications', async () => {
    await list([]);

    expect(text(root(), 'p.state')).toEqual(['U heeft nog geen meldingen.']);
    expect(items()).toEqual([]);
  });

  it('should show an error with a retry that asks again', async () => {
    controller.expectOne(MyNotificationsDocument).networkError(new Error('offline'));
    await settle(fixture);
    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'Uw meldingen konden niet worden geladen.',
    );

    button('Opnieuw proberen')?.click();
    await settle(fixture);
    await list([notificationFactory()]);
    expect(items().length).toBe(1);
  });

  it('should page through 25 at a time', async () => {
    await list([notificationFactory()], { totalCount: 30 });
    expect(root().textContent).toContain('Pagina 1 van 2');

    button('Volgende')?.click();
    await settle(fixture);
    await list([read], { skip: 25, totalCount: 30 });

    expect(root().textContent).toContain('Pagina 2 van 2');
    expect(items().length).toBe(1);
  });
});
