import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text, typeInto, userFactory } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { LoginDocument, MeDocument, ResendVerificationDocument } from '../generated/graphql';
import { LoginPage } from './login.page';

@Component({ selector: 'app-target', template: 'target' })
class Target {}

describe(LoginPage.name, () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [
        provideRouter([
          { path: 'inloggen', component: LoginPage },
          { path: 'organisaties/nieuw', component: Target },
          { path: 'mijn-account', component: Target },
        ]),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => controller.verify());

  async function open(url = '/inloggen'): Promise<HTMLElement> {
    await harness.navigateByUrl(url, LoginPage);
    await settle(harness.fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  async function submit(root: HTMLElement, email: string, password: string): Promise<void> {
    typeInto(root.querySelector('#login-email'), email);
    typeInto(root.querySelector('#login-password'), password);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(harness.fixture);
  }

  const alertText = (root: HTMLElement) =>
    text(root, '[role="alert"]')
      .filter((t) => t !== '')
      .join(' ');

  it('should name the missing fields and send nothing when submitted empty', async () => {
    const root = await open();

    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(harness.fixture);

    expect(alertText(root)).toContain('E-mailadres is verplicht.');
    expect(alertText(root)).toContain('Wachtwoord is verplicht.');
    expect(root.querySelector('#login-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(root.querySelector('#login-email'));
    controller.expectNone(LoginDocument);
  });

  it('should show the translated message for invalid credentials and clear the password', async () => {
    const root = await open();
    await submit(root, 'anna@voorbeeld.nl', 'verkeerd wachtwoord');

    const op = controller.expectOne(LoginDocument);
    expect(op.operation.variables).toEqual({
      input: { email: 'anna@voorbeeld.nl', password: 'verkeerd wachtwoord' },
    });
    op.graphqlErrors([apiError('UNAUTHENTICATED', 'errors.auth.invalidCredentials')]);
    await settle(harness.fixture);

    expect(alertText(root)).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(root.textContent).not.toContain('Stuur de bevestigingsmail opnieuw');
    expect(root.querySelector<HTMLInputElement>('#login-password')?.value).toBe('');
    expect(TestBed.inject(Router).url).toBe('/inloggen');
  });

  it('should offer to resend the verification mail when the address is not verified', async () => {
    const root = await open();
    await submit(root, 'anna@voorbeeld.nl', 'een lang wachtwoord');
    controller
      .expectOne(LoginDocument)
      .graphqlErrors([apiError('FORBIDDEN', 'errors.auth.emailNotVerified')]);
    await settle(harness.fixture);

    expect(alertText(root)).toContain('U heeft uw e-mailadres nog niet bevestigd.');
    const resend = [...root.querySelectorAll<HTMLButtonElement>('[role="alert"] button')].find(
      (b) => b.textContent?.includes('Stuur de bevestigingsmail opnieuw'),
    );
    resend?.click();
    await settle(harness.fixture);

    const op = controller.expectOne(ResendVerificationDocument);
    expect(op.operation.variables).toEqual({ input: { email: 'anna@voorbeeld.nl' } });
    op.flushData({ resendVerification: true });
    await settle(harness.fixture);

    expect(text(root, '[role="status"]').join(' ')).toContain(
      'Als anna@voorbeeld.nl bij een account hoort',
    );
  });

  it('should fall back to the text of the error code for an unknown message key', async () => {
    const root = await open();
    await submit(root, 'anna@voorbeeld.nl', 'een lang wachtwoord');
    controller
      .expectOne(LoginDocument)
      .graphqlErrors([apiError('TOO_MANY_REQUESTS', 'errors.auth.somethingNew')]);
    await settle(harness.fixture);

    expect(alertText(root)).toContain('Te veel pogingen.');
  });

  it('should say so when the API cannot be reached', async () => {
    const root = await open();
    await submit(root, 'anna@voorbeeld.nl', 'een lang wachtwoord');
    controller.expectOne(LoginDocument).networkError(new Error('offline'));
    await settle(harness.fixture);

    expect(alertText(root)).toContain('Knooppunt is niet bereikbaar.');
  });

  it('should go to the return URL after signing in', async () => {
    const root = await open('/inloggen?terug=%2Forganisaties%2Fnieuw');
    expect(root.textContent).toContain('Log in om verder te gaan');
    await submit(root, 'anna@voorbeeld.nl', 'een lang wachtwoord');
    controller.expectOne(LoginDocument).flushData({
      login: {
        __typename: 'AuthPayload',
        expiresAt: '2026-02-01T00:00:00.000Z',
        user: { __typename: 'User', id: 'user-1' },
      },
    });
    await settle(harness.fixture);
    controller.expectOne(MeDocument).flushData({ me: userFactory() });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/organisaties/nieuw');
  });

  it('should ignore a return URL to another site', async () => {
    const root = await open('/inloggen?terug=%2F%2Fevil.example');
    await submit(root, 'anna@voorbeeld.nl', 'een lang wachtwoord');
    controller.expectOne(LoginDocument).flushData({
      login: {
        __typename: 'AuthPayload',
        expiresAt: '2026-02-01T00:00:00.000Z',
        user: { __typename: 'User', id: 'user-1' },
      },
    });
    await settle(harness.fixture);
    controller.expectOne(MeDocument).flushData({ me: userFactory() });
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/mijn-account');
  });
});
