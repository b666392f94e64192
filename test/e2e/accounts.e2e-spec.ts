import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Demo accounts (api/src/seed/demo-accounts.ts), all with DEMO_PASSWORD. */
const ADMIN = 'beheer@knooppunt.example';
const COORDINATOR = 'coordinator@knooppunt.example';
/** Organisation admin of the demo company below. */
const COMPANY_ADMIN = 'bedrijf@knooppunt.example';
const DEMO_COMPANY = 'Bloemenhof Kwekerij De Lange Tuin';
/** A member of the demo company. */
const COMPANY_COLLEAGUE = 'collega@knooppunt.example';

interface OutboxMail {
  to: string;
  subject: string;
  body: string;
}

describeInBrowser('accounts and organisations in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Extra contexts a test opened (a second person), closed after it. */
  let extraContexts: BrowserContext[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-accounts-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    // The suite signs in many times from one address: lift the strict limit on
    // login/registration attempts (10 per 15 minutes by default) for this server only.
    const limits = { AUTH_RATE_LIMIT: '10000' };
    server = await startServer(
      database
        ? { DATABASE_URL: database.url, SEED_DEMO: 'true', ...limits }
        : { DATA_DIR: dataDir, ...limits },
    );
    browser = await launchChromium();
  });

  beforeEach(async () => {
    // axe refuses pages from browser.newPage(): use a context.
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });

  afterEach(async () => {
    await Promise.all(extraContexts.map((extra) => extra.close()));
    extraContexts = [];
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // ---- helpers -------------------------------------------------------------------------

  /** A page in a context of its own: another person at another computer. */
  async function otherPerson(): Promise<Page> {
    const extra = await browser.newContext({ locale: 'nl-NL' });
    extraContexts.push(extra);
    return extra.newPage();
  }

  /** Signs in through the login form; the app then shows "Mijn account". */
  async function signIn(on: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await on.goto(server.baseUrl + '/inloggen');
    await fillLogin(on, email, password);
    await on.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await on.waitForURL('**/mijn-account');
    await on.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  }

  async function fillLogin(on: Page, email: string, password: string): Promise<void> {
    await on.getByLabel('E-mailadres', { exact: true }).fill(email);
    await on.getByLabel('Wachtwoord', { exact: true }).fill(password);
  }

  /** A page signed in as `email`, in the current test's context. */
  async function signedIn(email: string): Promise<Page> {
    await signIn(page, email);
    return page;
  }

  /** Links in mails point at APP_URL (http://localhost:<port>): open them on this server. */
  function onThisServer(link: string): string {
    const url = new URL(link);
    return server.baseUrl + url.pathname + url.search;
  }

  /** The mail to `to` with `subject` on the admin's outbox page (newest first). */
  async function mailInOutbox(admin: Page, to: string, subject: string): Promise<Locator> {
    await admin.getByRole('button', { name: 'Lijst vernieuwen' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: /^Aantal mails: \d+$/ })
      .waitFor();
    const mail = admin.getByRole('article', { name: subject }).filter({ hasText: to });
    await mail.waitFor();
    return mail;
  }

  /** The outbox read through the API, with the admin's bearer token. */
  async function outboxViaApi(): Promise<OutboxMail[]> {
    const login = await postGraphql<{ login: { token: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: ADMIN, password: DEMO_PASSWORD } },
    );
    const data = await postGraphql<{ outbox: { items: OutboxMail[] } }>(
      'query Outbox { outbox(skip: 0, take: 50) { items { to subject body } } }',
      {},
      login.login.token,
    );
    return data.outbox.items;
  }

  async function postGraphql<T>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<T> {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  // ---- 1. the whole flow ---------------------------------------------------------------

  it('should take a new person from registration to an approved organisation with an invited colleague', async () => {
    const suffix = Date.now().toString(36);
    const person = {
      name: 'Noor Nieuwenhuis',
      email: `noor.${suffix}@voorbeeld.nl`,
      password: 'Lange wandeling langs de Westeinderplassen',
    };
    const organisation = `Testkwekerij De Kas ${suffix}`;
    const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    const colleague = `collega.${suffix}@voorbeeld.nl`;

    // Register.
    await page.goto(server.baseUrl + '/registreren');
    await page.getByRole('heading', { level: 1, name: 'Account aanmaken' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(person.name);
    await page.getByLabel('E-mailadres', { exact: true }).fill(person.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const sent = page.getByRole('status').filter({ hasText: 'Controleer uw mail' });
    await sent.waitFor();
    expect(await sent.textContent()).toContain(person.email);
    expect(await axeViolations(page)).toEqual([]);

    // Not verified yet: logging in is refused with a way to get a new link.
    const early = await otherPerson();
    await early.goto(server.baseUrl + '/inloggen');
    await fillLogin(early, person.email, person.password);
    await early.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await early
      .getByRole('alert')
      .filter({ hasText: 'U heeft uw e-mailadres nog niet bevestigd.' })
      .waitFor();
    expect(
      await early.getByRole('button', { name: 'Stuur de bevestigingsmail opnieuw' }).isVisible(),
    ).toBe(true);

    // The admin finds the verification mail in the outbox, in the UI.
    const admin = await otherPerson();
    await signIn(admin, ADMIN);
    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Uitgaande mail' })
      .click();
    await admin.waitForURL('**/beheer/uitgaande-mail');
    const verification = await mailInOutbox(
      admin,
      person.email,
      'Bevestig je e-mailadres voor Knooppunt',
    );
    await verification.getByText('Inhoud tonen').click();
    const verifyLink = verification.getByRole('link', { name: /\/verifieer-email\?token=/ });
    const href = await verifyLink.getAttribute('href');
    expect(href).toMatch(/\/verifieer-email\?token=[\w-]+/);

    // The new person opens the link and logs in.
    await page.goto(onThisServer(href!));
    await page
      .getByRole('status')
      .filter({ hasText: 'Uw e-mailadres is bevestigd. U kunt nu inloggen.' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL('**/inloggen');
    await fillLogin(page, person.email, person.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/mijn-account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByText('U bent nog geen lid van een organisatie.').waitFor();

    // Create a company; it waits for approval.
    await page.getByRole('link', { name: 'Meld uw organisatie aan' }).click();
    await page.waitForURL('**/organisaties/nieuw');
    await page.getByLabel('Naam van de organisatie').waitFor();
    await page.getByLabel('Naam van de organisatie').fill(organisation);
    await page.getByLabel('Soort organisatie').selectOption({ label: 'Bedrijf' });
    await page.getByText('Helix: Bedrijfsleven', { exact: true }).waitFor();
    await page.getByLabel('KvK-nummer').fill(kvkNumber);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Aalsmeer' });
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    await page.waitForURL(/\/organisaties\/(?!nieuw)[^/]+$/);
    const organisationUrl = page.url();
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: organisation }).waitFor();
    expect(await title.textContent()).toContain('Wacht op goedkeuring');
    await page.getByText('Deze organisatie wacht op goedkeuring').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Anonymous visitors cannot see a pending organisation.
    const visitor = await otherPerson();
    await visitor.goto(organisationUrl);
    await visitor.getByRole('heading', { level: 1, name: 'Organisatie niet gevonden' }).waitFor();

    // The coordinator approves it.
    const coordinator = await otherPerson();
    await signIn(coordinator, COORDINATOR);
    await coordinator
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Goedkeuringen' })
      .click();
    await coordinator.waitForURL('**/coordinatie/goedkeuringen');
    const card = coordinator.getByRole('article', { name: organisation });
    await card.waitFor();
    expect(await card.textContent()).toContain(kvkNumber);
    await card.getByRole('button', { name: `Goedkeuren ${organisation}` }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `${organisation} is goedgekeurd en nu zichtbaar voor iedereen.` })
      .waitFor();
    await card.waitFor({ state: 'detached' });

    // The new person sees it active and invites a colleague.
    await page.reload();
    await title.filter({ hasText: organisation }).waitFor();
    expect(await title.textContent()).toContain('Actief');
    expect(await page.getByText('Deze organisatie wacht op goedkeuring').count()).toBe(0);
    const invitations = page.getByRole('region', { name: 'Uitnodigingen' });
    await invitations.getByText('Er staan geen uitnodigingen open.').waitFor();
    await invitations.getByLabel('E-mailadres').fill(colleague);
    expect(await invitations.getByLabel('Rol').inputValue()).toBe('MEMBER');
    await invitations.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await invitations
      .getByRole('status')
      .filter({ hasText: `De uitnodiging is verstuurd naar ${colleague}.` })
      .waitFor();
    const open = invitations.getByRole('listitem').filter({ hasText: colleague });
    await open.waitFor();
    expect(await open.textContent()).toContain('Lid');
    expect(await open.getByRole('button', { name: `Intrekken ${colleague}` }).isVisible()).toBe(
      true,
    );
    expect(await invitations.getByLabel('E-mailadres').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    // The invitation mail is in the outbox: in the admin's UI and through the API.
    const invitationSubject = `Uitnodiging voor ${organisation} op Knooppunt`;
    const invitationMail = await mailInOutbox(admin, colleague, invitationSubject);
    await invitationMail.getByText('Inhoud tonen').click();
    await invitationMail.getByRole('link', { name: /\/uitnodiging\?token=/ }).waitFor();
    const mails = await outboxViaApi();
    const viaApi = mails.find((mail) => mail.to === colleague);
    expect(viaApi).toMatchObject({ subject: invitationSubject });
    expect(viaApi?.body).toMatch(/\/uitnodiging\?token=[\w-]+/);
    // The person also got word of the approval.
    expect(mails.some((mail) => mail.to === person.email && /goedgekeurd/.test(mail.subject))).toBe(
      true,
    );
  });

  // ---- 2. axe on every page of accounts and organisations --------------------------------

  it.each([
    ['/registreren', 'Account aanmaken'],
    ['/inloggen', 'Inloggen'],
    ['/wachtwoord-vergeten', 'Wachtwoord vergeten'],
    ['/privacy', 'Privacyverklaring'],
  ])('should have zero axe violations on %s', async (path, heading) => {
    await page.goto(server.baseUrl + path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // The header shows the login links once it knows nobody is signed in.
    await page.getByRole('banner').getByRole('link', { name: 'Registreren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should have zero axe violations on the organisation list and an organisation page', async () => {
    await page.goto(server.baseUrl + '/organisaties');
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden organisaties: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: DEMO_COMPANY }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_COMPANY }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should have zero axe violations on my account, a new organisation and a managed organisation page', async () => {
    const signedInPage = await signedIn(COMPANY_ADMIN);
    await signedInPage.getByRole('table', { name: 'Sessies van uw account' }).waitFor();
    await signedInPage.getByRole('table', { name: 'Mijn activiteit, nieuwste eerst' }).waitFor();
    expect(await axeViolations(signedInPage)).toEqual([]);

    // Member of the demo company: the page shows members, invitations and the edit form.
    await signedInPage.getByRole('link', { name: DEMO_COMPANY }).first().click();
    await signedInPage.getByRole('heading', { level: 1, name: DEMO_COMPANY }).waitFor();
    await signedInPage.getByRole('region', { name: 'Uitnodigingen' }).waitFor();
    await signedInPage.getByRole('table', { name: 'Leden van de organisatie' }).waitFor();
    expect(await axeViolations(signedInPage)).toEqual([]);

    await signedInPage.goto(server.baseUrl + '/organisaties/nieuw');
    await signedInPage.getByLabel('Naam van de organisatie').waitFor();
    expect(await axeViolations(signedInPage)).toEqual([]);
    // With a kind chosen (KvK shown) and the errors of an empty submit.
    await signedInPage.getByLabel('Soort organisatie').selectOption({ label: 'Bedrijf' });
    await signedInPage.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    await signedInPage.getByText('Naam van de organisatie is verplicht.').waitFor();
    await signedInPage.getByLabel('KvK-nummer').waitFor();
    expect(await axeViolations(signedInPage)).toEqual([]);
  });

  it('should have zero axe violations on the approvals queue and the audit log', async () => {
    const coordinator = await signedIn(COORDINATOR);
    await coordinator.goto(server.baseUrl + '/coordinatie/goedkeuringen');
    await coordinator.getByRole('heading', { level: 1, name: 'Organisaties goedkeuren' }).waitFor();
    await coordinator
      .getByText(/Aantal wachtende organisaties: \d+|Er wachten geen organisaties op goedkeuring/)
      .waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    // The demo's pending organisation, with the reject form open (nothing is sent).
    const pending = 'Kwekerij Het Zonnige Kasje';
    const reject = coordinator.getByRole('button', { name: `Afwijzen ${pending}` });
    await reject.click();
    await coordinator.getByLabel('Reden van afwijzing').waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.getByRole('button', { name: 'Annuleren' }).click();
    await reject.waitFor();

    await coordinator.goto(server.baseUrl + '/coordinatie/auditlog');
    await coordinator.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await coordinator
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden wijzigingen: \d+/ })
      .waitFor();
    await coordinator.getByRole('table', { name: 'Wijzigingen, nieuwste eerst' }).waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
  });

  it('should have zero axe violations on the outbox, with a password-reset mail opened', async () => {
    // Someone asks for a reset link (the page does not say whether the address exists)…
    const requester = await otherPerson();
    await requester.goto(server.baseUrl + '/wachtwoord-vergeten');
    await requester.getByLabel('E-mailadres', { exact: true }).fill(COMPANY_COLLEAGUE);
    await requester.getByRole('button', { name: 'Stuur mij een link' }).click();
    await requester
      .getByRole('status')
      .filter({ hasText: 'Als er een account bij dit e-mailadres hoort' })
      .waitFor();
    expect(await axeViolations(requester)).toEqual([]);

    // …and the admin sees the mail with its link.
    const admin = await signedIn(ADMIN);
    await admin.goto(server.baseUrl + '/beheer/uitgaande-mail');
    await admin.getByRole('heading', { level: 1, name: 'Uitgaande mail' }).waitFor();
    const mail = await mailInOutbox(admin, COMPANY_COLLEAGUE, 'Nieuw wachtwoord voor Knooppunt');
    expect(await axeViolations(admin)).toEqual([]);
    await mail.getByText('Inhoud tonen').click();
    await mail.getByRole('link', { name: /\/wachtwoord-herstellen\?token=/ }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('should have zero axe violations on the login page showing a wrong-password error', async () => {
    await page.goto(server.baseUrl + '/inloggen');
    await fillLogin(page, COMPANY_ADMIN, 'Dit is niet het goede wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should have zero axe violations on the login page in English, error included', async () => {
    await page.goto(server.baseUrl + '/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill(COMPANY_ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('Dit is niet het goede wachtwoord');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The email address or the password is not correct.' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  // ---- 3. keyboard ---------------------------------------------------------------------

  it('should let the login form be filled and submitted by keyboard, and announce a wrong password', async () => {
    await page.goto(server.baseUrl + '/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    // The alert region is there before anything goes wrong, so its message is announced.
    const formAlert = page.locator('form').getByRole('alert').first();
    expect(await formAlert.count()).toBe(1);
    expect((await formAlert.textContent())?.trim()).toBe('');

    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toMatch(/Naar de inhoud/);
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('main-content');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('login-email');
    await page.keyboard.type(COMPANY_ADMIN);
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('login-password');
    await page.keyboard.type('Dit is niet het goede wachtwoord');
    await page.keyboard.press('Enter');

    const error = page
      .getByRole('alert')
      .filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' });
    await error.waitFor();
    expect(await error.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/inloggen$/);
    // The message takes the focus, so it is read out and can be read again; Tab goes on into the form.
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('form-error')),
    ).toBe(true);
    expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe('');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('login-email');
    expect(await page.getByLabel('E-mailadres', { exact: true }).inputValue()).toBe(COMPANY_ADMIN);
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('login-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/mijn-account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  });

  // ---- 4. guards -----------------------------------------------------------------------

  it('should send an anonymous visitor of /mijn-account to the login page and back after logging in', async () => {
    await page.goto(server.baseUrl + '/mijn-account');
    await page.waitForURL('**/inloggen?terug=%2Fmijn-account');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('Log in om verder te gaan naar de pagina die u wilde openen.').waitFor();
    await fillLogin(page, COMPANY_ADMIN, DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(server.baseUrl + '/mijn-account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByText(COMPANY_ADMIN).first().waitFor();
  });

  it('should return to the page that asked for a login, not to the default page', async () => {
    await page.goto(server.baseUrl + '/coordinatie/auditlog');
    await page.waitForURL('**/inloggen?terug=%2Fcoordinatie%2Fauditlog');
    await fillLogin(page, COORDINATOR, DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(server.baseUrl + '/coordinatie/auditlog');
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  });

  it('should show a signed-in person without the role that the page is off limits', async () => {
    const member = await signedIn(COMPANY_ADMIN);
    await member.goto(server.baseUrl + '/coordinatie/goedkeuringen');
    await member.waitForURL('**/geen-toegang');
    await member.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
