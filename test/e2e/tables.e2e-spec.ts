import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Demo accounts and table people (api/src/seed/demo-accounts.ts, demo-tables.ts). */
const COORDINATOR = 'coordinator@knooppunt.example';
const INVITEE = 'olaf.vleugel@knooppunt.example';
const INVITEE_NAME = 'Olaf Vleugelaar';
const ATTENDEE = 'ict@knooppunt.example';

/** Demo tables and conversations (api/src/seed/demo-tables.ts). */
const GREENPORT = 'Transitietafel Greenport & Logistiek';
const POLLED = 'Regiogesprek stageplaatsen in de sierteeltketen';
const CONFIRMED = 'Regiogesprek omscholing naar data-analist';
const CONFIRMED_IN_DAYS = 17;
/** A table and member no other test here uses: removing her changes nothing they check. */
const FINANCE = 'Thematafel Financiële Dienstverlening';
const FINANCE_MEMBER = 'Noor Meerstra';

describeInBrowser('transition tables, the availability poll and the calendar in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-tables-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    const limits = { AUTH_RATE_LIMIT: '10000' };
    server = await startServer(
      database
        ? { DATABASE_URL: database.url, SEED_DEMO: 'true', ...limits }
        : { DATA_DIR: dataDir, ...limits },
    );
    browser = await launchChromium();
  });

  async function newPage(options: { phone?: boolean } = {}): Promise<void> {
    // axe refuses pages from browser.newPage(): use a context.
    context = await browser.newContext({
      locale: 'nl-NL',
      ...(options.phone
        ? {
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 2,
            isMobile: true,
            hasTouch: true,
          }
        : {}),
    });
    page = await context.newPage();
  }

  afterEach(async () => {
    await context?.close();
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

  async function expectNoAxeViolations(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  function slotGroup(index: number): Locator {
    return page.locator('fieldset.poll__slot').nth(index);
  }

  function radio(index: number, label: string): Locator {
    return slotGroup(index).getByRole('radio', { name: label, exact: true });
  }

  // ---- 1. an invitee answers the poll on a phone, by keyboard ----------------------------

  it('should let an invitee answer the poll on a phone by keyboard', async () => {
    await newPage({ phone: true });
    await signIn(INVITEE);
    await page.goto(server.baseUrl + '/uitnodigingen');
    await page.getByRole('heading', { level: 1, name: 'Mijn uitnodigingen' }).waitFor();
    const invitation = page.getByRole('region', { name: POLLED });
    await invitation.waitFor();
    await expect3Slots();
    await expectNoAxeViolations();

    // Stacked choices with large targets on a phone.
    const boxes = await Promise.all(
      ['Ja', 'Als het moet', 'Nee'].map((label) =>
        slotGroup(0).locator('label.poll__choice').filter({ hasText: label }).boundingBox(),
      ),
    );
    expect(boxes.every((box) => box !== null && box.height >= 44)).toBe(true);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y);
    expect(Math.round(boxes[1]!.x)).toBe(Math.round(boxes[0]!.x));

    // Slot 1: Space on "Ja", a comment; slot 2: arrow to "Als het moet"; slot 3: to "Nee".
    await radio(0, 'Ja').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Graag in de ochtend');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await radio(0, 'Ja').isChecked()).toBe(true);
    expect(await radio(1, 'Als het moet').isChecked()).toBe(true);
    expect(await radio(2, 'Nee').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const submit = invitation.getByRole('button', { name: 'Beschikbaarheid opslaan' });
    expect(await submit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await invitation
      .getByRole('status')
      .filter({ hasText: 'Uw beschikbaarheid is opgeslagen.' })
      .waitFor();
    await invitation.getByText('3 van 3 tijdstippen beantwoord').waitFor();
    await expectNoAxeViolations();
  });

  async function expect3Slots(): Promise<void> {
    await slotGroup(2).waitFor();
    expect(await page.locator('fieldset.poll__slot').count()).toBe(3);
  }

  // ---- 2. the coordinator sees it in the matrix, proposes and confirms --------------------

  it('should show the answer in the coordinator’s matrix, propose a schedule and confirm it', async () => {
    await newPage();
    await signIn(COORDINATOR);

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Transitietafels', exact: true })
      .click();
    await page.waitForURL('**/tafels');
    await page
      .getByRole('status')
      .filter({ hasText: /Aantal gevonden tafels: \d+/ })
      .waitFor();
    await expectNoAxeViolations();

    // The filters stand in the URL.
    await page.getByLabel('Soort', { exact: true }).selectOption('THEME_TABLE');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL('**/tafels?soort=THEME_TABLE');
    await page.getByRole('status').filter({ hasText: 'Aantal gevonden tafels: 2' }).waitFor();
    await page.goto(server.baseUrl + '/tafels');

    await page.getByRole('link', { name: GREENPORT, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: GREENPORT }).waitFor();
    await page.getByRole('heading', { name: /^Onderwijs: \d+ leden \(quorum 1\)$/ }).waitFor();
    await page.getByRole('region', { name: 'Voorgestelde leden' }).waitFor();
    await page
      .getByText(/Er zijn nu geen voorstellen\.|Vult de|Versterkt de|Past bij|Hoort bij|Komt uit/)
      .first()
      .waitFor();
    await expectNoAxeViolations();
    const tableUrl = page.url();

    await page.getByRole('link', { name: POLLED, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: POLLED }).waitFor();
    await expectNoAxeViolations();

    await page.getByRole('link', { name: 'Planning en beschikbaarheid' }).click();
    await page.getByRole('heading', { level: 1, name: `Plannen: ${POLLED}` }).waitFor();
    const matrix = page.getByRole('table', { name: /Beschikbaarheid per deelnemer/ });
    const olaf = matrix
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: INVITEE_NAME }) });
    await olaf.waitFor();
    const cells = olaf.getByRole('cell');
    expect((await cells.nth(0).textContent())?.replace(/\s+/g, ' ')).toContain(
      'Ja “Graag in de ochtend”',
    );
    expect(await cells.nth(1).textContent()).toContain('Als het moet');
    expect(await cells.nth(2).textContent()).toContain('Nee');
    await expectNoAxeViolations();

    await page.getByRole('button', { name: 'Rooster voorstellen' }).click();
    const proposal = page.getByRole('article', { name: POLLED });
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain('Ketenhuis Hoofddorp');
    await expectNoAxeViolations();

    await proposal.getByRole('button', { name: `Bevestig ${POLLED}` }).click();
    await page.getByRole('status').filter({ hasText: 'Het gesprek is bevestigd.' }).waitFor();
    await page.getByText('Bevestigd', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Zelf kiezen, verplaatsen of afgelasten' }).waitFor();
    await page.getByRole('button', { name: 'Verplaatsen', exact: true }).waitFor();
    await expectNoAxeViolations();

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Planning: ${POLLED}` }).waitFor();
    await page.getByRole('table', { name: /Availability per invitee/ }).waitFor();
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // The coordinator's other new pages.
    const tableId = new URL(tableUrl).pathname.split('/')[2];
    for (const [path, heading] of [
      ['/seizoensplanner', 'Seizoensplanner'],
      ['/locaties', 'Locaties voor regiogesprekken'],
      ['/locaties/nieuw', 'Nieuwe locatie'],
      ['/tafels/nieuw', 'Nieuwe transitietafel'],
      [`/tafels/${tableId}/nieuw-gesprek`, 'Nieuw regiogesprek'],
    ] as const) {
      await page.goto(server.baseUrl + path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('app-query-status [role="status"]').waitFor({ state: 'detached' });
      await expectNoAxeViolations();
    }

    // The season planner checks its dates as you go and proposes for a period.
    await page.goto(server.baseUrl + '/seizoensplanner');
    await page.getByLabel('Van', { exact: true }).fill('2027-03-10');
    await page.getByLabel('Tot en met', { exact: true }).fill('2027-03-01');
    await page.getByRole('button', { name: 'Seizoen voorstellen' }).click();
    await page.getByText('Tot en met moet na de begindatum liggen.').waitFor();
  });

  // ---- 3. the calendar with the personal feed ----------------------------------------------

  it('should show my confirmed conversation in the calendar and my feed URL', async () => {
    await newPage();
    await signIn(ATTENDEE);
    await page.getByRole('button', { name: /Farid Codekade/ }).click();
    await page.getByRole('link', { name: 'Mijn agenda' }).click();
    await page.waitForURL('**/agenda');
    // The page also opens from its address (the feeds live under /ical, not /agenda).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn agenda' }).waitFor();

    const monthOf = (date: Date) =>
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', month: 'numeric' }).format(
        date,
      );
    const later = new Date(Date.now() + CONFIRMED_IN_DAYS * 86_400_000);
    if (monthOf(later) !== monthOf(new Date())) {
      await page.getByRole('button', { name: 'Volgende maand' }).click();
    }
    const list = page.locator('[data-list="month"]');
    await list.getByRole('link', { name: CONFIRMED, exact: true }).waitFor();
    await page
      .getByRole('table', { name: /Kalender van/ })
      .getByRole('link', { name: new RegExp(CONFIRMED) })
      .waitFor();
    await expectNoAxeViolations();

    // Make the feed link: it is shown with a copy button and serves the conversation.
    await page.getByRole('button', { name: 'Feedlink maken' }).click();
    const field = page.getByLabel('Uw feedlink');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/ical\/[\w-]+\.ics$/);
    await page.getByRole('button', { name: 'Link kopiëren' }).waitFor();
    const feedPath = new URL(url).pathname;
    const feed = await page.request.get(server.baseUrl + feedPath);
    expect(feed.status()).toBe(200);
    const body = await feed.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(CONFIRMED);
    await expectNoAxeViolations();

    // Renewing asks first, then the old link stops working.
    await page.getByRole('button', { name: 'Link vernieuwen' }).click();
    await page
      .getByRole('group')
      .filter({ hasText: 'Een nieuwe link maakt de oude onbruikbaar' })
      .waitFor();
    await page.getByRole('button', { name: 'Ja, nieuwe link maken' }).click();
    await page.waitForFunction(
      (old) => (document.querySelector('#feed-url') as HTMLInputElement | null)?.value !== old,
      url,
    );
    expect((await page.request.get(server.baseUrl + feedPath)).status()).toBe(404);
  });

  // ---- 4. a coordinator removes a member from a table -------------------------------------

  it('should let a coordinator remove a member from a table after confirming', async () => {
    await newPage();
    await signIn(COORDINATOR);
    await page.goto(server.baseUrl + '/tafels');
    await page.getByRole('link', { name: FINANCE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FINANCE }).waitFor();
    const members = page.getByRole('region', { name: 'Leden per helix' });
    const member = members.getByRole('listitem').filter({ hasText: FINANCE_MEMBER });
    await member.waitFor();
    await expectNoAxeViolations();

    await members.getByRole('button', { name: `Verwijderen ${FINANCE_MEMBER}` }).click();
    const confirm = members.getByRole('group', {
      name: `${FINANCE_MEMBER} van de tafel verwijderen?`,
    });
    await confirm.waitFor();
    await expectNoAxeViolations();
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();

    await members
      .getByRole('status')
      .filter({ hasText: `${FINANCE_MEMBER} is van de tafel verwijderd.` })
      .waitFor();
    await member.waitFor({ state: 'detached' });
    expect(await members.getByText(FINANCE_MEMBER, { exact: false }).count()).toBe(1);
    await expectNoAxeViolations();

    // Still gone after loading the page again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: FINANCE }).waitFor();
    await members.getByRole('listitem').first().waitFor();
    expect(await members.getByRole('listitem').filter({ hasText: FINANCE_MEMBER }).count()).toBe(0);
  });
});
