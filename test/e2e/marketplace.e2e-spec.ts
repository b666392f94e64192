import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Demo accounts (api/src/seed/demo-accounts.ts), all with DEMO_PASSWORD. */
/** A member (not admin) of the demo company below. */
const COMPANY_MEMBER = 'collega@knooppunt.example';
const DEMO_COMPANY = 'Bloemenhof Kwekerij De Lange Tuin';
/** Organisation admin of a demo school. */
const SCHOOL_MEMBER = 'school@knooppunt.example';

/** Eight random letters: a word the search finds in one need only. */
function uniqueWord(): string {
  return Array.from({ length: 8 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
}

describeInBrowser('the marketplace (internship needs and cohorts) in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-marketplace-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    const limits = { AUTH_RATE_LIMIT: '10000' };
    // WEB_DIST lets a run use a web build of its own (default: dist/web/browser).
    const web: Record<string, string> = process.env['WEB_DIST']
      ? { WEB_DIST: process.env['WEB_DIST'] }
      : {};
    server = await startServer(
      database
        ? { DATABASE_URL: database.url, SEED_DEMO: 'true', ...limits, ...web }
        : { DATA_DIR: dataDir, ...limits, ...web },
    );
    browser = await launchChromium();
  });

  beforeEach(async () => {
    // axe refuses pages from browser.newPage(): use a context.
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });

  afterEach(() => context.close());

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

  const nav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  /** Waits until no query of the page is loading any more. */
  async function loaded(): Promise<void> {
    await page.waitForFunction(
      () => !document.querySelector('main')?.textContent?.includes('Gegevens worden geladen'),
    );
  }

  /** Waits for a list page's result count ("Aantal gevonden …: n"). */
  async function listLoaded(pattern: RegExp): Promise<void> {
    await page.getByRole('status').filter({ hasText: pattern }).waitFor();
  }

  // ---- 1. a company posts a need, and it can be found ----------------------------------

  it('should let a company member post a need (create + publish) and find it by searching', async () => {
    const word = uniqueWord();
    const title = `Stagiair kasdata ${word}`;
    await signIn(COMPANY_MEMBER);

    // My internship needs, from the main menu.
    await nav().getByRole('link', { name: 'Mijn stagevragen' }).click();
    await page.waitForURL('**/mijn-stagevragen');
    await page.getByRole('heading', { level: 1, name: 'Mijn stagevragen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: DEMO_COMPANY }).waitFor();
    await loaded();
    expect(await axeViolations(page)).toEqual([]);

    // A new need: an empty submit shows the messages and focuses the first field.
    await page.getByRole('link', { name: /Nieuwe stagevraag/ }).click();
    await page.waitForURL('**/mijn-stagevragen/nieuw?organisatie=*');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe stagevraag' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Titel is verplicht.').waitFor();
    await page.getByText('Opleidingsniveaus is verplicht.').waitFor();
    expect(await focusedId()).toBe('need-title');
    expect(await page.getByLabel('Titel', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Messages follow the typing: the end date must come after the start date.
    await page.getByLabel('Startdatum').fill('2026-09-01');
    await page.getByLabel('Einddatum').fill('2026-08-01');
    await page.getByText('De einddatum moet na de begindatum liggen.').waitFor();

    // Fill it in, by keyboard where it matters.
    await page.getByLabel('Titel', { exact: true }).focus();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('need-field-of-study');
    await page.keyboard.type('Teelt en tuinbouw');
    await page.getByLabel('Mbo niveau 4').check();
    await page.getByLabel('Aantal stagiairs').fill('2');
    await page.getByLabel('Einddatum').fill('2027-01-31');
    expect(await page.getByText('De einddatum moet na de begindatum liggen.').count()).toBe(0);
    await page.getByLabel('Gemeente van de stageplek').selectOption({ label: 'Aalsmeer' });
    await page.getByLabel('Kies een vaardigheid', { exact: true }).selectOption({
      label: 'Data-analyse',
    });
    await page.getByRole('button', { name: 'Vaardigheid toevoegen' }).click();
    await page.getByLabel('Belang van Data-analyse').selectOption({ label: 'Gewenst' });
    await page.getByLabel('Digitalisering').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();

    // The need's page: a draft, with the step to publish it.
    await page.waitForURL(/\/stages\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: title }).waitFor();
    expect(await heading.textContent()).toContain('Concept');
    const details = page.locator('dl.details').first();
    expect(await details.textContent()).toContain('Aalsmeer');
    expect(await details.textContent()).toContain('Mbo niveau 4');
    await page.getByText('Data-analyse').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    const published = page
      .getByRole('status')
      .filter({ hasText: `${title} is gepubliceerd en zichtbaar voor iedereen die is ingelogd.` });
    await published.waitFor();
    await heading.filter({ hasText: 'Open' }).waitFor();
    // The button is gone: the message has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'is gepubliceerd',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Browse: search for the need through the filter form (Enter submits).
    await nav().getByRole('link', { name: 'Stagevragen', exact: true }).click();
    await page.waitForURL('**/stages');
    await page.getByRole('heading', { level: 1, name: 'Stagevragen' }).waitFor();
    await listLoaded(/Aantal gevonden stagevragen: \d+/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Zoekwoorden').fill(word);
    await page.getByLabel('Zoekwoorden').press('Enter');
    await page.waitForURL(`**/stages?zoek=${word}`);
    await listLoaded(/Aantal gevonden stagevragen: 1(?!\d)/);
    const card = page.getByRole('listitem').filter({ hasText: title });
    await card.waitFor();
    expect(await card.textContent()).toContain(DEMO_COMPANY);
    expect(await axeViolations(page)).toEqual([]);

    // The URL is shareable: opened anew it shows the same result.
    await page.reload();
    await listLoaded(/Aantal gevonden stagevragen: 1(?!\d)/);
    expect(await page.getByLabel('Zoekwoorden').inputValue()).toBe(word);

    await card.getByRole('link', { name: title }).click();
    await heading.filter({ hasText: title }).waitFor();

    // Back in my list it is open, with the next steps.
    await page.goto(server.baseUrl + '/mijn-stagevragen');
    const mine = page.getByRole('listitem').filter({ hasText: title });
    await mine.getByRole('button', { name: `Markeren als vervuld ${title}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  // ---- 2. the browse pages: filters, detail, English, keyboard -------------------------

  it('should filter the needs through the URL and show a need, with zero axe violations', async () => {
    await signIn(COMPANY_MEMBER);
    await page.goto(server.baseUrl + '/stages?niveau=MBO_4&sortering=START_DATE');
    await page.getByRole('heading', { level: 1, name: 'Stagevragen' }).waitFor();
    await listLoaded(/Aantal gevonden stagevragen: \d+/);
    expect(await page.getByLabel('Opleidingsniveau').inputValue()).toBe('MBO_4');
    expect(await page.getByLabel('Sorteren').inputValue()).toBe('START_DATE');
    expect(await axeViolations(page)).toEqual([]);

    // A period that ends before it starts is refused in the form.
    await page.getByLabel('Periode vanaf').fill('2026-09-01');
    await page.getByLabel('Periode tot en met').fill('2026-08-01');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Periode tot en met mag niet vóór de begindatum liggen.').waitFor();
    expect(await focusedId()).toBe('filter-to');
    expect(await axeViolations(page)).toEqual([]);

    // A need of the demo, opened from the list.
    await page.goto(server.baseUrl + '/stages');
    await listLoaded(/Aantal gevonden stagevragen: [1-9]\d*/);
    const first = page.locator('.card__title a').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gevraagde vaardigheden' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should show the needs and cohorts in English with zero axe violations', async () => {
    await signIn(SCHOOL_MEMBER);
    await page.goto(server.baseUrl + '/stages');
    await listLoaded(/Aantal gevonden stagevragen: \d+/);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Internship needs' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page
      .getByRole('status')
      .filter({ hasText: /Internship needs found: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(server.baseUrl + '/cohorten');
    await page.getByRole('heading', { level: 1, name: 'Cohorts seeking internships' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Cohorts found: \d+/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(server.baseUrl + '/mijn-cohorten/nieuw');
    await page.getByRole('heading', { level: 1, name: 'New cohort' }).waitFor();
    await page.getByLabel('Name of the programme').waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Name of the programme is required.').waitFor();
    expect(await focusedId()).toBe('cohort-programme-name');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should have zero axe violations on the cohort pages of a school member', async () => {
    await signIn(SCHOOL_MEMBER);
    await nav().getByRole('link', { name: 'Cohorten', exact: true }).click();
    await page.waitForURL('**/cohorten');
    await page.getByRole('heading', { level: 1, name: 'Stagezoekende cohorten' }).waitFor();
    await listLoaded(/Aantal gevonden cohorten: [1-9]\d*/);
    expect(await axeViolations(page)).toEqual([]);

    const first = page.locator('.card__title a').first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vaardigheden van de opleiding' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await nav().getByRole('link', { name: 'Mijn cohorten' }).click();
    await page.waitForURL('**/mijn-cohorten');
    await page.getByRole('heading', { level: 1, name: 'Mijn cohorten' }).waitFor();
    await page
      .getByRole('link', { name: /Nieuw cohort/ })
      .first()
      .waitFor();
    await loaded();
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('link', { name: /Nieuw cohort/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw cohort' }).waitFor();
    await page.getByLabel('Naam van de opleiding').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Opleidingscode (CREBO of CROHO)').fill('123');
    await page.getByLabel('Opleidingscode (CREBO of CROHO)').blur();
    await page.getByText('bestaat uit precies 5 cijfers').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should send an anonymous visitor of the needs to the login page', async () => {
    await page.goto(server.baseUrl + '/stages?zoek=kas');
    await page.waitForURL('**/inloggen?terug=%2Fstages%3Fzoek%3Dkas');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });
});
