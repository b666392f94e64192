import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { axeViolations, browserAvailable, launchChromium } from '../support/browser';
import { RunningServer, startServer } from '../support/server';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Demo accounts (api/src/seed/demo-accounts.ts): the coordinator and an attendee. */
const COORDINATOR = 'coordinator@knooppunt.example';
const ATTENDEE = 'ict@knooppunt.example';

/** The confirmed demo conversation and its table (api/src/seed/demo-tables.ts). */
const DIGITAL = 'Transitietafel Digitale Vaardigheden';
const CONFIRMED = 'Regiogesprek omscholing naar data-analist';

describeInBrowser('in-app notifications in Chromium', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-notifications-'));
    if (process.env['DATABASE_URL']) database = await createTestDatabase();
    const limits = { AUTH_RATE_LIMIT: '10000' };
    server = await startServer(
      database
        ? { DATABASE_URL: database.url, SEED_DEMO: 'true', ...limits }
        : { DATA_DIR: dataDir, ...limits },
    );
    browser = await launchChromium();
    // The seed writes no notifications: the coordinator moves the confirmed conversation
    // twice (to the same slot and venue), which tells its attendees each time.
    await rescheduleConfirmedConversation();
    await rescheduleConfirmedConversation();
  });

  async function newPage(): Promise<void> {
    // axe refuses pages from browser.newPage(): use a context.
    context = await browser.newContext({ locale: 'nl-NL' });
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

  async function rescheduleConfirmedConversation(): Promise<void> {
    const { login } = await postGraphql<{ login: { token: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: COORDINATOR, password: DEMO_PASSWORD } },
    );
    const { transitionTables } = await postGraphql<{
      transitionTables: { items: { id: string; name: string }[] };
    }>(
      'query Tables($search: String) { transitionTables(filter: { search: $search }) { items { id name } } }',
      { search: DIGITAL },
      login.token,
    );
    const table = transitionTables.items.find((t) => t.name === DIGITAL);
    if (!table) throw new Error(`No demo table ${DIGITAL}`);
    const { conversations } = await postGraphql<{
      conversations: {
        items: {
          id: string;
          title: string;
          confirmedSlot: { id: string };
          confirmedVenue: { id: string };
        }[];
      };
    }>(
      `query Confirmed($tableId: ID!) {
         conversations(tableId: $tableId, status: CONFIRMED) {
           items { id title confirmedSlot { id } confirmedVenue { id } }
         }
       }`,
      { tableId: table.id },
      login.token,
    );
    const conversation = conversations.items.find((c) => c.title === CONFIRMED);
    if (!conversation) throw new Error(`No confirmed demo conversation ${CONFIRMED}`);
    await postGraphql(
      'mutation Move($input: ConfirmConversationInput!) { rescheduleConversation(input: $input) { id } }',
      {
        input: {
          id: conversation.id,
          slotId: conversation.confirmedSlot.id,
          venueId: conversation.confirmedVenue.id,
        },
      },
      login.token,
    );
  }

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

  function headerLink(name: string): Locator {
    return page.getByRole('banner').getByRole('link', { name, exact: true });
  }

  function notifications(): Locator {
    return page.locator('li.notification');
  }

  // ---- 1. the attendee reads and marks their notifications ---------------------------------

  it('should show the unread count in the header, list the notifications and mark them read', async () => {
    await newPage();
    await signIn(ATTENDEE);
    await headerLink('Meldingen, 2 ongelezen').waitFor();

    await headerLink('Meldingen, 2 ongelezen').click();
    await page.waitForURL('**/meldingen');
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('2 ongelezen van 2 meldingen').waitFor();
    expect(await notifications().count()).toBe(2);
    const first = notifications().first();
    expect((await first.locator('.notification__text').textContent())?.trim()).toMatch(
      new RegExp(
        `^${CONFIRMED} van ${DIGITAL} is verplaatst naar .+ \\d{2}:\\d{2}–\\d{2}:\\d{2}, Leercafé Meerstroom`,
      ),
    );
    await first.getByText('Ongelezen', { exact: true }).waitFor();
    const link = first.getByRole('link', { name: `Naar het gesprek ${CONFIRMED}` });
    expect(await link.getAttribute('href')).toMatch(/^\/gesprekken\/[\w-]+$/);
    await expectNoAxeViolations();

    // One read: the count drops in the page and in the header.
    await first.getByRole('button', { name: `Markeren als gelezen ${CONFIRMED}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De melding is als gelezen gemarkeerd.' })
      .waitFor();
    await page.getByText('1 ongelezen van 2 meldingen').waitFor();
    await headerLink('Meldingen, 1 ongelezen').waitFor();
    expect(await page.getByText('Ongelezen', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations();

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await headerLink('Notifications, 1 unread').waitFor();
    await page.getByText(`${CONFIRMED} of ${DIGITAL} has moved to`).first().waitFor();
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();

    // All read: no count in the header any more, and it stays so after a navigation.
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Alle meldingen zijn als gelezen gemarkeerd.' })
      .waitFor();
    await headerLink('Meldingen').waitFor();
    expect(await page.getByText('Ongelezen', { exact: true }).count()).toBe(0);
    await page
      .getByRole('link', { name: `Naar het gesprek ${CONFIRMED}` })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: CONFIRMED }).waitFor();
    await headerLink('Meldingen').waitFor();
  });

  // ---- 2. by keyboard only -----------------------------------------------------------------

  it('should reach the notifications page from the header by keyboard', async () => {
    await newPage();
    await signIn(ATTENDEE);
    await headerLink('Meldingen').waitFor();

    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute('href') === '/meldingen',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/meldingen');
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('0 ongelezen van 2 meldingen').waitFor();
    expect(await notifications().count()).toBe(2);
    await expectNoAxeViolations();
  });
});
