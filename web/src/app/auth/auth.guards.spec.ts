import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { userFactory } from '../../testing/helpers';
import type { PlatformRole } from '../generated/graphql';
import { AuthState, CurrentUser } from './auth-state.service';
import { adminGuard, coordinatorGuard, safeReturnUrl, signedInGuard } from './auth.guards';

@Component({ selector: 'app-target', template: 'target' })
class Target {}

describe('auth guards', () => {
  let user: CurrentUser | null;
  let ensureLoaded: jest.Mock<Promise<CurrentUser | null>, []>;

  beforeEach(() => {
    user = null;
    ensureLoaded = jest.fn(() => Promise.resolve(user));
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthState, useValue: { ensureLoaded } },
        provideRouter([
          { path: 'mijn-account', component: Target, canActivate: [signedInGuard] },
          { path: 'coordinatie/goedkeuringen', component: Target, canActivate: [coordinatorGuard] },
          { path: 'beheer/uitgaande-mail', component: Target, canActivate: [adminGuard] },
          { path: 'inloggen', component: Target },
          { path: 'geen-toegang', component: Target },
          { path: '', component: Target },
        ]),
      ],
    });
  });

  async function visit(url: string): Promise<string> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  function signIn(platformRole: PlatformRole | null = null): void {
    user = userFactory({ platformRole });
  }

  describe('signedInGuard', () => {
    it('should send an anonymous visitor to the login page with the full return URL', async () => {
      expect(await visit('/mijn-account?tab=sessies')).toBe(
        '/inloggen?terug=%2Fmijn-account%3Ftab%3Dsessies',
      );
      expect(ensureLoaded).toHaveBeenCalled();
    });

    it('should let a signed-in user in', async () => {
      signIn();

      expect(await visit('/mijn-account')).toBe('/mijn-account');
    });
  });

  describe('coordinatorGuard', () => {
    it('should send an anonymous visitor to the login page', async () => {
      expect(await visit('/coordinatie/goedkeuringen')).toBe(
        '/inloggen?terug=%2Fcoordinatie%2Fgoedkeuringen',
      );
    });

    it('should refuse a member without a platform role', async () => {
      signIn(null);

      expect(await visit('/coordinatie/goedkeuringen')).toBe('/geen-toegang');
    });

    it.each(['COORDINATOR', 'ADMIN'] as const)('should let a %s in', async (role) => {
      signIn(role);

      expect(await visit('/coordinatie/goedkeuringen')).toBe('/coordinatie/goedkeuringen');
    });
  });

  describe('adminGuard', () => {
    it('should refuse a coordinator', async () => {
      signIn('COORDINATOR');

      expect(await visit('/beheer/uitgaande-mail')).toBe('/geen-toegang');
    });

    it('should let an admin in', async () => {
      signIn('ADMIN');

      expect(await visit('/beheer/uitgaande-mail')).toBe('/beheer/uitgaande-mail');
    });
  });

  describe(safeReturnUrl.name, () => {
    it.each([
      ['/organisaties/nieuw?x=1', '/organisaties/nieuw?x=1'],
      ['//evil.example/path', null],
      ['/\\evil.example', null],
      ['https://evil.example', null],
      ['javascript:alert(1)', null],
      ['', null],
      [null, null],
    ])('should turn %p into %p', (value, expected) => {
      expect(safeReturnUrl(value)).toBe(expected);
    });
  });
});
