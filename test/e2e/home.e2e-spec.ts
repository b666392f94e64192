import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the home page in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-browser-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    server = await startServer(
      database ? { DATABASE_URL: database.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir },
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

  it('should show the six municipalities and the skill categories in Dutch, with zero axe violations', async () => {
    await page.goto(server.baseUrl + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: 'Haarlemmermeer' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const rows = page.getByRole('table').first().locator('tbody tr');
    expect(await rows.count()).toBe(6);
    await expect(
      page.getByRole('heading', { name: 'Vaardigheden per categorie' }).isVisible(),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should switch to English, remember the choice, and stay free of axe violations', async () => {
    await page.goto(server.baseUrl + '/');
    await page.getByRole('rowheader', { name: 'Aalsmeer' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome to Knooppunt' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Knooppunt' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toContain('Knooppunt');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Knooppunt' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('should be usable by keyboard: the skip link comes first and moves focus to the content', async () => {
    await page.goto(server.baseUrl + '/');
    await page.getByRole('rowheader', { name: 'Diemen' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toMatch(/Naar de inhoud/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('should reach the accessibility statement from the footer, with zero axe violations', async () => {
    await page.goto(server.baseUrl + '/');
    // Once the page has its data the app has started: a click then navigates in the app.
    await page.getByRole('rowheader', { name: 'Diemen' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await page.waitForURL('**/toegankelijkheid');
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should show a not-found page for an unknown address, with zero axe violations', async () => {
    await page.goto(server.baseUrl + '/bestaat-niet');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
