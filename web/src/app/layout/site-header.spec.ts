import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle, text, userFactory } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  LogoutDocument,
  MeDocument,
  PlatformRole,
  UnreadNotificationCountDocument,
} from '../generated/graphql';
import { SiteHeader } from './site-header';

@Component({ selector: 'app-blank', template: '' })
class Blank {}

describe(SiteHeader.name, () => {
  let fixture: ComponentFixture<SiteHeader>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [SiteHeader, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([{ path: '**', component: Blank }])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SiteHeader);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const navLinks = () => text(root(), 'nav.main-nav a');

  /** The notifications link asks how many are unread. */
  async function answerUnread(unreadCount: number): Promise<void> {
    controller.expectOne(UnreadNotificationCountDocument).flushData({
      myNotifications: { __typename: 'NotificationList', unreadCount },
    });
    await settle(fixture);
  }

  async function signIn(platformRole: PlatformRole | null, unreadCount = 0): Promise<void> {
    controller.expectOne(MeDocument).flushData({ me: userFactory({ platformRole }) });
    await settle(fixture);
    await answerUnread(unreadCount);
  }

  const notificationsLink = () =>
    root().querySelector<HTMLAnchorElement>('app-notifications-link a');
  /** The link's accessible name: its text without the part hidden from screen readers. */
  const accessibleName = (link: HTMLElement | null) =>
    link?.querySelector('.visually-hidden')?.textContent?.trim();

  it('should offer log in and register to an anonymous visitor', async () => {
    controller.expectOne(MeDocument).flushData({ me: null });
    await settle(fixture);

    expect(navLinks()).toEqual(['Home', 'Organisaties']);
    expect(text(root(), '.account-links a')).toEqual(['Inloggen', 'Registreren']);
    expect(root().querySelector('app-user-menu')).toBeNull();
  });

  it('should show neither links nor menu until it knows who is signed in', () => {
    expect(root().querySelector('.account-links')).toBeNull();
    expect(root().querySelector('app-user-menu')).toBeNull();
    controller.expectOne(MeDocument);
  });

  // userFactory() is a company member: the marketplace links and "my internship needs".
  const market = [
    'Stagevragen',
    'Cohorten',
    'Mijn stagevragen',
    'Minors',
    'Praktijkvraagstukken',
    'Mijn praktijkvraagstukken',
    'Partnerschappen',
    'Transitietafels',
    'Introducties',
  ];

  it.each([
    [null, ['Home', 'Organisaties', ...market]],
    [
      'COORDINATOR',
      [
        'Home',
        'Organisaties',
        ...market,
        'Goedkeuringen',
        'Auditlog',
        'Importeren',
        'Matchingrondes',
      ],
    ],
    [
      'ADMIN',
      [
        'Home',
        'Organisaties',
        ...market,
        'Goedkeuringen',
        'Auditlog',
        'Importeren',
        'Matchingrondes',
        'Uitgaande mail',
      ],
    ],
  ] as const)('should show the menu items of a %s user', async (role, items) => {
    await signIn(role);

    expect(navLinks()).toEqual(items);
    expect(root().querySelector('.account-links')).toBeNull();
  });

  it('should show a school member the link to their cohorts', async () => {
    controller.expectOne(MeDocument).flushData({ me: userFactory({ roles: ['SCHOOL_MEMBER'] }) });
    await settle(fixture);
    await answerUnread(0);

    expect(navLinks()).toEqual([
      'Home',
      'Organisaties',
      'Stagevragen',
      'Cohorten',
      'Mijn cohorten',
      'Minors',
      'Praktijkvraagstukken',
      'Mijn minors',
      'Partnerschappen',
      'Transitietafels',
      'Introducties',
    ]);
  });

  it('should show no notifications link to an anonymous visitor', async () => {
    controller.expectOne(MeDocument).flushData({ me: null });
    await settle(fixture);

    expect(notificationsLink()).toBeNull();
    controller.expectNone(UnreadNotificationCountDocument);
  });

  it('should name the unread count in the notifications link and show it as a badge', async () => {
    await signIn(null, 3);

    const link = notificationsLink();
    expect(link?.getAttribute('href')).toBe('/meldingen');
    expect(accessibleName(link)).toBe('Meldingen, 3 ongelezen');
    const visible = link?.querySelector('[aria-hidden="true"]');
    expect(visible?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Meldingen 3');
  });

  it('should show no count badge when nothing is unread', async () => {
    await signIn(null, 0);

    expect(accessibleName(notificationsLink())).toBe('Meldingen');
    expect(root().querySelector('.notifications-link__count')).toBeNull();
  });

  it('should ask for the unread count again after a navigation', async () => {
    await signIn(null, 2);

    await TestBed.inject(Router).navigateByUrl('/tafels');
    await settle(fixture);
    await answerUnread(1);

    expect(accessibleName(notificationsLink())).toBe('Meldingen, 1 ongelezen');
    expect(root().querySelector('.notifications-link__count')?.textContent).toBe('1');
  });

  it('should open the user menu as a disclosure and close it with Escape', async () => {
    await signIn(null);
    const toggle = root().querySelector<HTMLButtonElement>('.user-menu__toggle');
    const list = root().querySelector<HTMLElement>('#user-menu-list');
    expect(toggle?.textContent).toContain('Anna de Vries');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(list?.hidden).toBe(true);

    toggle?.click();
    await settle(fixture);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(list?.hidden).toBe(false);
    expect(text(root(), '#user-menu-list li')).toEqual([
      'Mijn account',
      'Mijn uitnodigingen',
      'Mijn agenda',
      'Uitloggen',
    ]);

    list?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('should log out, show the anonymous links again and go home', async () => {
    await signIn('COORDINATOR');
    await TestBed.inject(Router).navigateByUrl('/mijn-account');
    await settle(fixture);
    await answerUnread(0);
    root().querySelector<HTMLButtonElement>('.user-menu__toggle')?.click();
    await settle(fixture);

    root().querySelector<HTMLButtonElement>('.user-menu__logout')?.click();
    await settle(fixture);
    controller.expectOne(LogoutDocument).flushData({ logout: true });
    await settle(fixture);
    controller.expectOne(MeDocument).flushData({ me: null });
    await settle(fixture);

    expect(text(root(), '.account-links a')).toEqual(['Inloggen', 'Registreren']);
    expect(navLinks()).toEqual(['Home', 'Organisaties']);
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
