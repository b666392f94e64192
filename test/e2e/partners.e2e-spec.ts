import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Demo accounts (api/src/seed/demo-accounts.ts), all with DEMO_PASSWORD. */
const SCHOOL_ADMIN = 'school@knooppunt.example';
const DEMO_SCHOOL = 'Groencollege Westeinder';
const COMPANY_ADMIN = 'bedrijf@knooppunt.example';
const DEMO_COMPANY = 'Bloemenhof Kwekerij De Lange Tuin';
const GOVERNMENT_ADMIN = 'gemeente@knooppunt.example';

/** Demo minors and challenges (api/src/seed/demo-partners.ts). */
const MASTERCLASS = 'Masterclass kasautomatisering';
const ENERGY_MINOR = 'Energietransitie in de regio';
const ENERGY_SCHOOL = 'Universiteit Amstelland';
const WATER_CHALLENGE = 'Gietwater hergebruiken in de kas';

describeInBrowser('minors, challenges and partnerships in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-partners-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
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
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // ---- helpers -------------------------------------------------------------------------

  /** Signs in through the login form; the app then shows "Mijn account". */
  async function signIn(email: string): Promise<void> {
    await page.goto(server.baseUrl + '/inloggen');
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/mijn-account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  }

  async function followNav(name: string, url: string): Promise<void> {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name, exact: true })
      .click();
    await page.waitForURL(url);
  }

  /** The row of one partner role in the slots table of a minor page. */
  function slotRow(role: string): Locator {
    return page
      .getByRole('table', { name: 'Partners per rol: gezocht, gevonden en nog open' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: role, exact: true }) });
  }

  async function filledOf(role: string): Promise<string> {
    return ((await slotRow(role).locator('[data-column="filled"]').textContent()) ?? '').trim();
  }

  /** Opens a minor from the list, found by its title. */
  async function openMinor(title: string): Promise<void> {
    await page.goto(`${server.baseUrl}/minors?zoek=${encodeURIComponent(title)}`);
    await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** The inbox section of one organisation, and one of its three lists in it. */
  function inboxList(organisation: string, list: string): Locator {
    return page
      .getByRole('region', { name: organisation, exact: true })
      .getByRole('region', { name: list, exact: true });
  }

  // ---- 1. a school accepts a company's offer --------------------------------------------

  it('should let a school accept an offer in the inbox and count the partner on the minor page', async () => {
    await signIn(SCHOOL_ADMIN);

    // The masterclass still looks for company visits: none filled yet.
    await followNav('Minors', '**/minors');
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden minors: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openMinor(MASTERCLASS);
    await slotRow('Bedrijfsbezoek').waitFor();
    expect(await filledOf('Bedrijfsbezoek')).toBe('0');
    expect(
      await page.getByRole('region', { name: 'Partners', exact: true }).textContent(),
    ).not.toContain(DEMO_COMPANY);
    // Own minor: the status steps, no offer form.
    await page.getByRole('region', { name: 'Beheer' }).waitFor();
    expect(await page.getByRole('region', { name: 'Partner worden' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The inbox shows the company's proposal.
    await followNav('Partnerschappen', '**/partnerschappen');
    await page.getByRole('heading', { level: 1, name: 'Partnerschappen' }).waitFor();
    const incoming = inboxList(DEMO_SCHOOL, 'Voorstellen aan u');
    const title = `Bedrijfsbezoek voor ${MASTERCLASS}`;
    const offer = incoming.getByRole('article', { name: title });
    await offer.waitFor();
    expect(await offer.textContent()).toContain(DEMO_COMPANY);
    expect(await offer.textContent()).toContain('Voorgesteld');
    expect(await axeViolations(page)).toEqual([]);

    // Accept it, with a message.
    await offer.getByLabel('Bericht aan de andere organisatie').fill('Welkom op de derde avond!');
    await offer.getByRole('button', { name: `Accepteren ${title}` }).click();
    const done = page.getByRole('status').filter({ hasText: `U heeft ${title} geaccepteerd.` });
    await done.waitFor();
    // The message takes the focus: the card that had it is gone.
    expect(await done.locator('p').evaluate((el) => el === document.activeElement)).toBe(true);
    await offer.waitFor({ state: 'detached' });
    const accepted = inboxList(DEMO_SCHOOL, 'Lopende partnerschappen').getByRole('article', {
      name: title,
    });
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain('Welkom op de derde avond!');
    expect(await accepted.textContent()).toContain('Geaccepteerd');
    expect(await axeViolations(page)).toEqual([]);

    // The minor page counts the new partner.
    await accepted.getByRole('link', { name: MASTERCLASS }).click();
    await page.getByRole('heading', { level: 1, name: MASTERCLASS }).waitFor();
    await slotRow('Bedrijfsbezoek').waitFor();
    expect(await filledOf('Bedrijfsbezoek')).toBe('1');
    await page
      .getByRole('region', { name: 'Partners', exact: true })
      .getByRole('link', { name: DEMO_COMPANY })
      .waitFor();
  });

  // ---- 2. a company offers a guest lecture ------------------------------------------------

  it('should let a company find a minor by partner role and offer a guest lecture', async () => {
    await signIn(COMPANY_ADMIN);
    await followNav('Minors', '**/minors');

    // Filter on the role and on "still wants partners": the filters go into the URL.
    const filters = page.getByRole('search', { name: 'Zoeken en filteren' });
    await filters.getByLabel('Zoekwoorden').fill('Energietransitie');
    await filters.getByLabel('Gezochte partnerrol').selectOption({ label: 'Gastcollege' });
    await filters.getByLabel('Alleen minors die nog partners zoeken').check();
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/rol=GUEST_LECTURE/);
    expect(page.url()).toMatch(/open=ja/);
    expect(page.url()).toMatch(/zoek=Energietransitie/);
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden minors: [1-9]/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The URL is shareable: opening it again shows the same filters.
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden minors: [1-9]/ })
      .waitFor();
    expect(await filters.getByLabel('Gezochte partnerrol').inputValue()).toBe('GUEST_LECTURE');
    expect(await filters.getByLabel('Alleen minors die nog partners zoeken').isChecked()).toBe(
      true,
    );

    await page.getByRole('main').getByRole('link', { name: ENERGY_MINOR }).click();
    await page.getByRole('heading', { level: 1, name: ENERGY_MINOR }).waitFor();
    const form = page.getByRole('region', { name: 'Gastcollege aanbieden' });
    await form.waitFor();
    expect(await form.textContent()).toContain(`Namens ${DEMO_COMPANY}`);
    expect(await axeViolations(page)).toEqual([]);

    await form
      .getByLabel('Bericht aan de onderwijsinstelling')
      .fill('Onze teeltadviseur vertelt over warmte uit de kas.');
    await form.getByRole('button', { name: /Aanbod versturen/ }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Uw aanbod is verstuurd naar ${ENERGY_SCHOOL}.` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A second offer for the same role is refused with the API's message.
    await form.getByRole('button', { name: /Aanbod versturen/ }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Er is al een voorstel voor dit partnerschap.' })
      .waitFor();

    // The offer waits in the company's outgoing list; it can be withdrawn.
    await followNav('Partnerschappen', '**/partnerschappen');
    const title = `Gastcollege voor ${ENERGY_MINOR}`;
    const outgoing = inboxList(DEMO_COMPANY, 'Uw voorstellen').getByRole('article', {
      name: title,
    });
    await outgoing.waitFor();
    expect(await outgoing.textContent()).toContain(ENERGY_SCHOOL);
    expect(await axeViolations(page)).toEqual([]);
    await outgoing.getByRole('button', { name: `Intrekken ${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `U heeft ${title} ingetrokken.` })
      .waitFor();
    await outgoing.waitFor({ state: 'detached' });
  });

  // ---- 3. a school proposes to take a challenge on, in English ------------------------------

  it('should let a school propose to take a challenge on, with zero axe violations in English', async () => {
    await signIn(SCHOOL_ADMIN);
    await followNav('Praktijkvraagstukken', '**/praktijkvraagstukken');
    const filters = page.getByRole('search', { name: 'Zoeken en filteren' });
    await filters.getByLabel('Geplaatst door').selectOption({ label: 'Bedrijfsleven' });
    await filters.getByLabel('Thema').selectOption({ label: 'Tuinbouw' });
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/helix=BUSINESS/);
    expect(page.url()).toMatch(/thema=HORTICULTURE/);
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden praktijkvraagstukken: [1-9]/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('main').getByRole('link', { name: WATER_CHALLENGE }).click();
    await page.getByRole('heading', { level: 1, name: WATER_CHALLENGE }).waitFor();
    const adopt = page.getByRole('region', { name: 'Oppakken met onze minor' });
    await adopt.getByLabel('Minor', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Submitting without a minor shows the message on the field and focuses it.
    await adopt.getByRole('button', { name: 'Voorstel versturen' }).click();
    await adopt.getByText('Minor is verplicht.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('adopt-minor');

    // In English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Take this on with our minor' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: 'Take this on with our minor' });
    await form
      .getByLabel('Minor', { exact: true })
      .selectOption({ label: 'Keuzedeel duurzame sierteelt' });
    await form.getByLabel('Message to the poster').fill('Two teams start in September.');
    await form.getByRole('button', { name: 'Send proposal' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Your proposal was sent to ${DEMO_COMPANY}.` })
      .waitFor();

    await page.goto(server.baseUrl + '/minors');
    await page
      .getByRole('heading', { level: 1, name: 'Minors, retraining programmes and masterclasses' })
      .waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Minors found: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(server.baseUrl + '/partnerschappen');
    await inboxList(DEMO_SCHOOL, 'Your proposals')
      .getByRole('article', { name: `${WATER_CHALLENGE} with Keuzedeel duurzame sierteelt` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should export the minors and challenges lists as CSV, as filtered on screen', async () => {
    await signIn(COMPANY_ADMIN);
    for (const [path, count] of [
      ['/minors?zoek=sierteelt', /Aantal gevonden minors: (\d+)/],
      ['/praktijkvraagstukken', /Aantal gevonden praktijkvraagstukken: (\d+)/],
    ] as const) {
      await page.goto(server.baseUrl + path);
      const status = page.getByRole('status').filter({ hasText: count });
      await status.waitFor();
      const shown = Number(count.exec(await status.innerText())![1]);
      expect(shown).toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV exporteren' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const text = readFileSync((await download.path()) ?? '', 'utf8');
      // The header names the separator (semicolon for Excel in Dutch, else comma).
      const delimiter = text.split('\n')[0].includes(';') ? ';' : ',';
      const rows = parse(text, { bom: true, delimiter }) as string[][];
      // A header, then one row per item the list counts.
      expect(rows.length - 1).toBe(shown);
    }
  });

  // ---- 4. keyboard -----------------------------------------------------------------------

  it('should let the minors filter and an offer be used by keyboard', async () => {
    await signIn(COMPANY_ADMIN);
    await page.goto(server.baseUrl + '/minors');
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden minors: \d+/ })
      .waitFor();
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    // Skip link, then straight into the filters.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toMatch(/Naar de inhoud/);
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('main-content');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('filter-search');
    await page.keyboard.type('kasautomatisering');
    await page.keyboard.press('Enter');
    await page.waitForURL(/zoek=kasautomatisering/);
    await page.getByRole('status').filter({ hasText: 'Aantal gevonden minors: 1' }).waitFor();

    // A period that ends before it starts: the message is announced and the field focused.
    await page.locator('#filter-from').fill('2027-05-01');
    await page.locator('#filter-to').fill('2027-04-01');
    await page.locator('#filter-search').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Periode tot en met mag niet vóór de begindatum liggen.').waitFor();
    expect(await focusedId()).toBe('filter-to');

    // The offer form of an open role: message, then Tab to the button and Enter.
    await openMinor(MASTERCLASS);
    const form = page.getByRole('region', { name: 'Gastcollege aanbieden' });
    await form.getByLabel('Bericht aan de onderwijsinstelling').focus();
    await page.keyboard.type('Wij vertellen over led-belichting.');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toMatch(/Aanbod versturen/);
    await page.keyboard.press('Enter');
    await form
      .getByRole('status')
      .filter({ hasText: `Uw aanbod is verstuurd naar ${DEMO_SCHOOL}.` })
      .waitFor();
  });

  // ---- 5. schools: my minors ---------------------------------------------------------------

  it('should let a school create a minor with partner slots, edit and publish it', async () => {
    await signIn(SCHOOL_ADMIN);
    await followNav('Mijn minors', '**/mijn-minors');
    const section = page.getByRole('region', { name: DEMO_SCHOOL });
    await section.getByRole('link', { name: MASTERCLASS, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await section.getByRole('link', { name: /Nieuwe minor/ }).click();
    await page.waitForURL('**/mijn-minors/nieuw**');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe minor' }).waitFor();
    await page.getByLabel('Titel').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const title = `Masterclass waterbeheer ${Date.now().toString(36)}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Masterclass' });
    await page.getByLabel('Opleidingsniveau').selectOption({ label: 'Mbo niveau 4' });
    await page.getByLabel('Studiepunten (EC)').fill('0');
    await page.getByLabel('Aantal deelnemers').fill('20');
    await page.getByLabel('Startdatum').fill('2027-04-01');
    await page.getByLabel('Einddatum').fill('2027-03-01');
    await page.getByText('De einddatum moet na de begindatum liggen.').waitFor();
    await page.getByLabel('Einddatum').fill('2027-04-30');
    await page
      .getByLabel('Gemeente waar de minor wordt gegeven')
      .selectOption({ label: 'Aalsmeer' });

    // Two roles; the second one repeats the first until it is changed.
    const slots = page.getByRole('group', { name: /Gezochte partners/ });
    await slots.getByRole('button', { name: 'Rol toevoegen' }).click();
    await slots.getByLabel('Aantal partners').first().fill('2');
    await slots.getByRole('button', { name: 'Rol toevoegen' }).click();
    await slots.getByLabel('Rol 2').selectOption({ label: 'Gastcollege' });
    await slots.getByText('Elke rol mag maar één keer voorkomen.').waitFor();
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    // The first invalid field takes the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('minor-slots-1-role');
    expect(await axeViolations(page)).toEqual([]);
    await slots.getByLabel('Rol 2').selectOption({ label: 'Bedrijfsbezoek' });
    await page.getByRole('button', { name: 'Concept opslaan' }).click();

    // The draft's page, with its slots.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Concept');
    await slotRow('Gastcollege').waitFor();
    expect(
      ((await slotRow('Gastcollege').locator('[data-column="wanted"]').textContent()) ?? '').trim(),
    ).toBe('2');
    await slotRow('Bedrijfsbezoek').waitFor();

    // Edit: one more guest lecture.
    await page
      .getByRole('region', { name: 'Beheer' })
      .getByRole('link', { name: 'Bewerken' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Minor bewerken' }).waitFor();
    await slots.getByLabel('Aantal partners').first().waitFor();
    expect(await slots.getByLabel('Aantal partners').first().inputValue()).toBe('2');
    expect(await axeViolations(page)).toEqual([]);
    await slots.getByLabel('Aantal partners').first().fill('3');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await slotRow('Gastcollege')
      .locator('[data-column="wanted"]')
      .filter({ hasText: '3' })
      .waitFor();

    // Publish.
    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${title} is gepubliceerd` })
      .waitFor();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Open' }).waitFor();
  });

  // ---- 6. government: my challenges ----------------------------------------------------------

  it('should let a government body create, publish and fill a challenge', async () => {
    await signIn(GOVERNMENT_ADMIN);
    await followNav('Mijn praktijkvraagstukken', '**/mijn-praktijkvraagstukken');
    await page.getByRole('heading', { level: 1, name: 'Mijn praktijkvraagstukken' }).waitFor();
    await page
      .getByRole('link', { name: /Nieuw praktijkvraagstuk/ })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('link', { name: /Nieuw praktijkvraagstuk/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw praktijkvraagstuk' }).waitFor();
    await page.getByLabel('Titel').waitFor();
    const title = `Laadpalen bij het gemeentehuis ${Date.now().toString(36)}`;
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Kleinste team (studenten)').fill('4');
    await page.getByLabel('Grootste team (studenten)').fill('3');
    await page.getByText('De grootste teamomvang mag niet kleiner zijn dan de kleinste.').waitFor();
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('challenge-team-max');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Grootste team (studenten)').fill('6');
    await page.getByLabel('Startdatum').fill('2027-02-01');
    await page.getByLabel('Einddatum').fill('2027-06-30');
    await page
      .getByLabel('Gemeente waar het vraagstuk speelt')
      .selectOption({ label: 'Haarlemmermeer' });
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('4 tot 6 studenten').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${title} is gepubliceerd` })
      .waitFor();
    await page.getByRole('button', { name: `Markeren als vervuld ${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${title} is gemarkeerd als vervuld.` })
      .waitFor();

    // The edit page of another challenge of the same body.
    await page.goto(server.baseUrl + '/mijn-praktijkvraagstukken');
    await page
      .getByRole('link', { name: /^Bewerken/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Praktijkvraagstuk bewerken' }).waitFor();
    await page.getByLabel('Titel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Grootste team (studenten)').fill('8');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(/tot 8 studenten/).waitFor();
  });
});
