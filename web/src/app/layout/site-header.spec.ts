import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle, text, userFactory } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { LogoutDocument, MeDocument, PlatformRole } from '../generated/graphql';
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

  async function signIn(platformRole: PlatformRole | null): Promise<void> {
    controller.expectOne(MeDocument).flushData({ me: userFactory({ platformRole }) });
    await settle(fixture);
  }

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
  ];

  it.each([
    [null, ['Home', 'Organisaties', ...market]],
    ['COORDINATOR', ['Home', 'Organisaties', ...market, 'Goedkeuringen', 'Auditlog', 'Importeren']],
    [
      'ADMIN',
      [
        'Home',
        'Organisaties',
        ...market,
        'Goedkeuringen',
        'Auditlog',
        'Importeren',
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
    ]);
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
    expect(text(root(), '#user-menu-list li')).toEqual(['Mijn account', 'Uitloggen']);

    list?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('should log out, show the anonymous links again and go home', async () => {
    await signIn('COORDINATOR');
    await TestBed.inject(Router).navigateByUrl('/mijn-account');
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
