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
const COORDINATOR = 'coordinator@knooppunt.example';
const COMPANY_ADMIN = 'bedrijf@knooppunt.example';
const DEMO_COMPANY = 'Bloemenhof Kwekerij De Lange Tuin';
const SCHOOL_ADMIN = 'school@knooppunt.example';
const DEMO_SCHOOL = 'Groencollege Westeinder';

/** Demo needs and cohorts of those two (api/src/seed/demo-market.ts). */
const GROWING_NEED = 'Stagiair teelt en gewasregistratie';
const AUCTION_NEED = 'Stagiair logistiek naar de veiling';
const LOGISTICS_COHORT = 'Medewerker logistiek';
const ROUND = 'Stages voorjaar 2027 (e2e)';

// A run is a background job polled every second; a loaded CI machine may take a while.
const JOB_TIMEOUT = 60_000;

describeInBrowser('matching: best matches, rounds and introductions in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-matching-'));
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
    context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
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

  /** Tag, id, heading of the enclosing card and text of the focused element. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      const card = element?.closest('article')?.querySelector('h3')?.textContent?.trim() ?? '';
      return `${element?.tagName ?? ''} ${element?.id ?? ''} [${card}] ${element?.textContent?.trim() ?? ''}`;
    });

  /** Presses Tab until `matches` says the focus is where it should be (at most `limit` times). */
  async function tabTo(matches: (focus: string) => boolean, limit = 80): Promise<string> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await focused();
      if (matches(focus)) return focus;
    }
    throw new Error(`Tab never reached the element; last focus: ${await focused()}`);
  }

  const roundStatus = () => page.locator('.round-progress');

  /** Waits until the run's job is done: the status region says so and "Publiceren" is back. */
  async function waitForRun(): Promise<void> {
    await roundStatus()
      .filter({ hasText: /De ronde is klaar: \d+ studenten toegewezen\./ })
      .waitFor({ timeout: JOB_TIMEOUT });
    await page.getByRole('button', { name: 'Publiceren', exact: true }).waitFor();
  }

  function introduction(organisation: string, title: string): Locator {
    return page
      .getByRole('region', { name: organisation, exact: true })
      .getByRole('article', { name: title });
  }

  // ---- 1. why this match ---------------------------------------------------------------

  it("should show a need's best cohorts, each with why it matches", async () => {
    await signIn(COMPANY_ADMIN);
    await page.goto(`${server.baseUrl}/stages?zoek=${encodeURIComponent(GROWING_NEED)}`);
    await page
      .getByRole('main')
      .getByRole('link', { name: GROWING_NEED, exact: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: GROWING_NEED }).waitFor();

    const best = page.getByRole('region', { name: 'Best passende cohorten' });
    const first = best.getByRole('listitem').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Score \d+%/);

    // "Waarom deze match?" opens by keyboard: the components with a number each.
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    const table = first.getByRole('table', { name: 'Score per onderdeel' });
    await table.waitFor();
    const skills = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Vaardigheden' }) });
    expect(await skills.textContent()).toMatch(/\d+%/);
    expect(await table.getByRole('meter', { name: 'Vaardigheden' }).count()).toBe(1);
    expect(await first.textContent()).toMatch(/Glastuinbouw en teelttechniek\s+\(vereist\)/);
    expect(await first.textContent()).toContain('Drempels');
    expect(await axeViolations(page)).toEqual([]);
  });

  // ---- 2. a coordinator's round ----------------------------------------------------------

  it('should let a coordinator set up, run, forbid, re-run, publish and export a round', async () => {
    await signIn(COORDINATOR);
    await followNav('Matchingrondes', '**/coordinatie/matchingrondes');
    await page.getByRole('heading', { level: 1, name: 'Matchingrondes' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal rondes: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The status filter goes into the URL.
    await page.getByLabel('Status').selectOption({ label: 'Gepubliceerd' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=PUBLISHED/);

    await page.getByRole('link', { name: 'Nieuwe ronde' }).click();
    await page.waitForURL('**/coordinatie/matchingrondes/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe matchingronde' }).waitFor();

    // Validation as you type, translated.
    const skillsWeight = page.getByLabel('Vaardigheden', { exact: true });
    await skillsWeight.fill('1,5');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Vaardigheden is een getal van 0 tot en met 1, zoals 0,4.' })
      .waitFor();
    expect(await skillsWeight.getAttribute('aria-invalid')).toBe('true');
    await skillsWeight.fill('0,5');
    expect(await skillsWeight.getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Naam van de ronde').fill('ab');
    await page.getByLabel('Naam van de ronde').blur();
    await page.getByRole('alert').filter({ hasText: 'Naam van de ronde' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Naam van de ronde').fill(ROUND);
    await page.getByLabel(/^Optimaal/).check();
    await page
      .getByRole('group', { name: 'Welke stagevragen' })
      .getByLabel('Bedrijf')
      .selectOption({ label: DEMO_COMPANY });
    await page
      .getByRole('group', { name: 'Welke cohorten' })
      .getByLabel('School')
      .selectOption({ label: DEMO_SCHOOL });
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Concept');
    expect(await page.getByRole('region', { name: 'Instellingen' }).textContent()).toContain(
      DEMO_COMPANY,
    );

    // Run: the progress is announced until the job is done.
    await page.getByRole('button', { name: 'Ronde uitvoeren' }).click();
    await waitForRun();
    const review = page.getByRole('region', { name: 'Concept-verdeling' });
    const growingPair = `${GROWING_NEED} – ${LOGISTICS_COHORT}`;
    await review.getByRole('article', { name: growingPair }).waitFor();
    await review.getByRole('table', { name: 'Per organisatie' }).waitFor();
    expect(await review.getByRole('table', { name: /Niet toegewezen/ }).textContent()).toMatch(
      /Geen passende partner|vol met paren/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Forbid a pair: the round must run again before it can be published.
    await review.getByRole('button', { name: `Uitsluiten ${growingPair}` }).click();
    await roundStatus().filter({ hasText: 'Het paar is uitgesloten' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publiceren', exact: true }).count()).toBe(0);
    await review.getByText(`Uitgesloten: ${growingPair}`).waitFor();

    await page.getByRole('button', { name: 'Opnieuw uitvoeren' }).click();
    await waitForRun();
    await review.getByText(`Uitgesloten: ${growingPair}`).waitFor();
    await review.getByRole('article', { name: `${AUCTION_NEED} – ${LOGISTICS_COHORT}` }).waitFor();
    expect(await review.getByRole('article', { name: growingPair }).count()).toBe(0);

    // Export: the round document of the last run, as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON exporteren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('matchingronde-stages-voorjaar-2027-e2e.json');
    const document = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      policy: string;
      result: { assignments: { demand: string; supply: string; count: number }[] };
      forbidden: unknown[];
    };
    expect(document.policy).toBe('optimal');
    expect(document.result.assignments.length).toBeGreaterThan(0);
    expect(document.forbidden).toHaveLength(1);

    // Publish, after the confirmation.
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText('Dit kan niet ongedaan worden gemaakt.').waitFor();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await roundStatus().filter({ hasText: 'De ronde is gepubliceerd' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Gepubliceerd');
    expect(await review.getByRole('button', { name: /^Uitsluiten/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  // ---- 3. the company accepts, by keyboard ------------------------------------------------

  it('should let the company accept the introduction by keyboard only', async () => {
    await signIn(COMPANY_ADMIN);
    await followNav('Introducties', '**/introducties');
    await page.getByRole('heading', { level: 1, name: 'Introducties' }).waitFor();
    const title = `${AUCTION_NEED} – ${LOGISTICS_COHORT}`;
    const card = introduction(DEMO_COMPANY, title);
    await card.waitFor();
    expect(await card.textContent()).toContain(DEMO_SCHOOL);
    expect(await card.textContent()).toContain('Nog geen antwoord');
    expect(await axeViolations(page)).toEqual([]);

    // From the top of the page: Tab to the message field of this card, type, Tab to Accepteren.
    await page.getByRole('heading', { level: 1 }).click();
    await tabTo((focus) => focus.startsWith('TEXTAREA') && focus.includes(`[${title}]`));
    await page.keyboard.type('Welkom op de veiling!');
    const accept = await tabTo(
      (focus) => focus.includes(`[${title}]`) && focus.includes('Accepteren'),
    );
    expect(accept).toContain('BUTTON');
    await page.keyboard.press('Enter');

    const done = page.getByRole('status').filter({
      hasText: `U heeft ${title} geaccepteerd. De andere organisatie moet nog antwoorden.`,
    });
    await done.waitFor();
    expect(await done.locator('p').evaluate((el) => el === document.activeElement)).toBe(true);
    await card.getByText('Welkom op de veiling!').waitFor();
    expect(await card.getByRole('button', { name: /^Accepteren/ }).count()).toBe(0);
  });

  // ---- 4. the school accepts: a placement; English --------------------------------------------

  it('should let the school accept, making a placement, and read the inbox in English', async () => {
    await signIn(SCHOOL_ADMIN);
    await followNav('Introducties', '**/introducties');
    const title = `${AUCTION_NEED} – ${LOGISTICS_COHORT}`;
    const card = introduction(DEMO_SCHOOL, title);
    await card.waitFor();
    expect(await card.textContent()).toContain('Welkom op de veiling!');

    await card.getByLabel('Bericht aan de andere organisatie').fill('Onze studenten komen graag.');
    await card.getByRole('button', { name: `Accepteren ${title}` }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `U heeft ${title} geaccepteerd. Beide kanten accepteerden: het is een plaatsing.`,
      })
      .waitFor();
    await card.getByText(/\d+ studenten geplaatst op/).waitFor();
    expect(await card.locator('.badge').textContent()).toContain('Geaccepteerd');

    // Only the accepted ones: the filter goes into the URL.
    await page.getByLabel('Status').selectOption({ label: 'Geaccepteerd' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=ACCEPTED/);
    await card.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Introductions' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await card.getByText(/\d+ students placed on/).waitFor();
    await card.locator('summary').click();
    await card.getByRole('table', { name: 'Score per component' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
