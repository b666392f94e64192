import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, userFactory } from '../../testing/helpers';
import { LoginDocument, LogoutDocument, MeDocument } from '../generated/graphql';
import { AuthState } from './auth-state.service';

describe(AuthState.name, () => {
  let auth: AuthState;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    auth = TestBed.inject(AuthState);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('should load the user from me once and share the answer', async () => {
    const first = auth.ensureLoaded();
    const second = auth.ensureLoaded();
    controller.expectOne(MeDocument).flushData({ me: userFactory() });

    expect(await first).toEqual(expect.objectContaining({ id: 'user-1' }));
    expect(await second).toEqual(expect.objectContaining({ id: 'user-1' }));
    expect(auth.signedIn()).toBe(true);
    expect(auth.user()?.displayName).toBe('Anna de Vries');

    // Already loaded: no new request.
    expect(await auth.ensureLoaded()).toEqual(expect.objectContaining({ id: 'user-1' }));
    controller.expectNone(MeDocument);
  });

  it('should be signed out when me is null', async () => {
    const loading = auth.ensureLoaded();
    expect(auth.loaded()).toBe(false);
    controller.expectOne(MeDocument).flushData({ me: null });

    expect(await loading).toBeNull();
    expect(auth.loaded()).toBe(true);
    expect(auth.signedIn()).toBe(false);
  });

  it('should count an unreachable API as signed out', async () => {
    const loading = auth.ensureLoaded();
    controller.expectOne(MeDocument).networkError(new Error('offline'));

    expect(await loading).toBeNull();
    expect(auth.loaded()).toBe(true);
    expect(auth.signedIn()).toBe(false);
  });

  it.each([
    [null, false, false],
    ['COORDINATOR', true, false],
    ['ADMIN', true, true],
  ] as const)(
    'should derive rights from platform role %s',
    async (platformRole, canCoordinate, isAdmin) => {
      const loading = auth.ensureLoaded();
      controller.expectOne(MeDocument).flushData({ me: userFactory({ platformRole }) });
      await loading;

      expect(auth.canCoordinate()).toBe(canCoordinate);
      expect(auth.isAdmin()).toBe(isAdmin);
    },
  );

  it('should log in with the given credentials and then refresh the user from me', async () => {
    const loading = auth.ensureLoaded();
    controller.expectOne(MeDocument).flushData({ me: null });
    await loading;

    const login = auth.login('anna@voorbeeld.nl', 'een lang wachtwoord');
    const op = controller.expectOne(LoginDocument);
    expect(op.operation.variables).toEqual({
      input: { email: 'anna@voorbeeld.nl', password: 'een lang wachtwoord' },
    });
    op.flushData({
      login: {
        __typename: 'AuthPayload',
        expiresAt: '2026-02-01T00:00:00.000Z',
        user: { __typename: 'User', id: 'user-1' },
      },
    });
    await settle();
    controller.expectOne(MeDocument).flushData({ me: userFactory() });

    expect(await login).toEqual(expect.objectContaining({ id: 'user-1' }));
    expect(auth.signedIn()).toBe(true);
  });

  it('should pass a failed login to the caller without asking me again', async () => {
    const login = auth.login('anna@voorbeeld.nl', 'fout');
    controller
      .expectOne(LoginDocument)
      .graphqlErrors([apiError('UNAUTHENTICATED', 'errors.auth.invalidCredentials')]);

    await expect(login).rejects.toBeTruthy();
    await settle();
    controller.expectNone(MeDocument);
    expect(auth.signedIn()).toBe(false);
  });

  it('should log out, then refresh me and clear the user', async () => {
    const loading = auth.ensureLoaded();
    controller.expectOne(MeDocument).flushData({ me: userFactory() });
    await loading;

    const logout = auth.logout();
    controller.expectOne(LogoutDocument).flushData({ logout: true });
    await settle();
    controller.expectOne(MeDocument).flushData({ me: null });
    await logout;

    expect(auth.user()).toBeNull();
  });

  it('should still sign out locally when the logout mutation fails', async () => {
    const loading = auth.ensureLoaded();
    controller.expectOne(MeDocument).flushData({ me: userFactory() });
    await loading;

    const logout = auth.logout();
    controller.expectOne(LogoutDocument).graphqlErrors([apiError('UNAUTHENTICATED')]);
    await settle();
    controller.expectOne(MeDocument).flushData({ me: null });
    await logout;

    expect(auth.signedIn()).toBe(false);
  });

  it('should let the latest refresh win over an older one still on its way', async () => {
    const older = auth.refresh();
    const newer = auth.refresh();
    const [first, second] = controller.match(MeDocument);
    second.flushData({ me: userFactory({ displayName: 'Nieuw' }) });
    await newer;
    first.flushData({ me: null });
    await older;

    expect(auth.user()?.displayName).toBe('Nieuw');
  });
});
