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
const COORDINATOR = 'coordinator@knooppunt.example';
const COMPANY_ADMIN = 'bedrijf@knooppunt.example';
const TEMPLATES = join(__dirname, '../../web/public/templates');

describeInBrowser('CSV import in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-csv-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    server = await startServer(
      database ? { DATABASE_URL: database.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir },
    );
    browser = await launchChromium();
  });

  beforeEach(async () => {
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

  async function signIn(email: string): Promise<void> {
    await page.goto(server.baseUrl + '/inloggen');
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/mijn-account');
  }

  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return `${element?.tagName ?? ''} ${element?.id ?? ''} ${element?.textContent?.trim() ?? ''}`;
    });

  /** Presses Tab until `matches` says the focus is where it should be (at most `limit` times). */
  async function tabTo(matches: (focus: string) => boolean, limit = 40): Promise<string> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await focused();
      if (matches(focus)) return focus;
    }
    throw new Error(`Tab never reached the element; last focus: ${await focused()}`);
  }

  it('should let a coordinator check and import the needs template by keyboard and see the count', async () => {
    await signIn(COORDINATOR);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Importeren' })
      .click();
    await page.waitForURL('**/coordinatie/import');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('Stagevragen en cohorten importeren');
    expect(await axeViolations(page)).toEqual([]);

    // The templates are downloadable where the page links them.
    const template = await page.request.get(
      server.baseUrl +
        (await page.getByRole('link', { name: /stagevragen\.csv/ }).getAttribute('href')),
    );
    expect(template.status()).toBe(200);
    expect((await template.text()).startsWith('\uFEFForganisation;title;')).toBe(true);

    // Keyboard: the kind (radio buttons), the file field, then Controleren.
    await tabTo((focus) => focus.startsWith('INPUT') && !focus.includes('csv-file'));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Cohorten').isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Stagevragen').isChecked()).toBe(true);
    await tabTo((focus) => focus.includes('csv-file'));
    await page.getByLabel('CSV-bestand').setInputFiles(join(TEMPLATES, 'stagevragen.csv'));
    await tabTo((focus) => focus.includes('Controleren'));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Alle 3 rijen zijn in orde' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await focused()).toContain('Importeren');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '3 stagevragen geïmporteerd.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Visible in the list everyone reads (the template's open needs).
    await page.goto(server.baseUrl + '/stages');
    await page.getByText('Stagiair warmtepompen en kasklimaat').first().waitFor();
  });

  it('should show every rejected row of a bad file in an accessible table, importing nothing', async () => {
    await signIn(COORDINATOR);
    await page.goto(server.baseUrl + '/coordinatie/import');
    await page.getByLabel('Cohorten').check();
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'cohorten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\uFEFForganisation;programme_name;programme_code;level;students;start_date;end_date;municipality\r\n' +
          'Groencollege Westeinder;Teelt;25453;MBO_3;0;2027-02-01;2027-06-30;Aalsmeer\r\n' +
          'Bestaat Niet;Teelt;25453;MBO_9;5;2027-02-01;2027-01-01;Aalsmeer\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const table = page.getByRole('table', { name: /Afgekeurde rijen/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim().split(' ').slice(0, 2))).toEqual([
      ['2', 'students'],
      ['3', 'organisation'],
      ['3', 'level'],
      ['3', 'end_date'],
    ]);
    expect(await page.getByRole('status').textContent()).toContain('Er is niets geïmporteerd');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('should keep the page from everyone but coordinators', async () => {
    await signIn(COMPANY_ADMIN);
    expect(
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Importeren' })
        .count(),
    ).toBe(0);
    await page.goto(server.baseUrl + '/coordinatie/import');
    await page.waitForURL('**/geen-toegang');
  });
});
