import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { graphql, runMain, RunningServer, startServer } from '../support/server';

const onServer = Boolean(process.env['DATABASE_URL']);

describe(`the platform as npm start runs it (${onServer ? 'PostgreSQL' : 'embedded database'})`, () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let env: Record<string, string>;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'knooppunt-e2e-'));
    if (onServer) {
      database = await createTestDatabase();
      env = { DATABASE_URL: database.url, SEED_DEMO: 'true' };
    } else {
      env = { DATA_DIR: dataDir };
    }
    server = await startServer(env);
    console.log(`First start: ready after ${server.readyAfterMs} ms`);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should answer the six municipalities and hold the seeded demo data', async () => {
    const data = await graphql<{ municipalities: { code: string }[] }>(
      server.baseUrl,
      '{ municipalities { code name } }',
    );
    expect(data.municipalities).toHaveLength(6);
    expect(server.output()).toMatch(/Seeded demo data: \d+ organisations/);
  });

  it('should serve the web app at / and at deep links, and keep /graphql and /health for the API', async () => {
    for (const path of ['/', '/toegankelijkheid', '/en/some/deep/link']) {
      const response = await fetch(server.baseUrl + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<app-root|<kp-root|<body/);
    }
    const live = await fetch(`${server.baseUrl}/health/live`);
    expect(await live.json()).toEqual({ status: 'ok' });
    const getGraphql = await fetch(`${server.baseUrl}/graphql`);
    expect(getGraphql.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('should write structured JSON logs with a request id', async () => {
    await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-log-check' },
      body: JSON.stringify({ query: '{ skillCategories { category } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes('e2e-log-check'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ req: { id: 'e2e-log-check', method: 'POST' } });
  });

  // Only the embedded database has a data directory to guard.
  if (!onServer) {
    it('should refuse a second process on the same data directory with one clear line', () => {
      const second = runMain([], { ...env, PORT: '0' });
      expect(second.status).toBe(1);
      expect(second.stderr.trim()).toMatch(
        /^The embedded database in .* is already in use by another Knooppunt process/,
      );
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
      const seed = runMain(['seed'], env);
      expect(seed.status).toBe(1);
      expect(seed.stderr).toMatch(/already in use/);
    });
  }

  it('should keep its data across a restart and not seed again', async () => {
    const before = server.output();
    await server.stop();
    server = await startServer(env);
    console.log(`Second start: ready after ${server.readyAfterMs} ms`);
    expect(server.output()).not.toMatch(/Seeded demo data/);
    expect(server.output()).not.toMatch(/Applied migrations/);
    expect(before).toMatch(/Applied migrations/);
    const data = await graphql<{ skills: { totalCount: number } }>(
      server.baseUrl,
      '{ skills { totalCount } }',
    );
    expect(data.skills.totalCount).toBeGreaterThanOrEqual(80);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a whole number from 0 to 65535$/],
    [
      { DATABASE_URL: 'mysql://somewhere/db' },
      /^Invalid configuration: DATABASE_URL must be a URL like postgres:/,
    ],
  ])(
    'should refuse malformed configuration %p with one line and a non-zero exit',
    (bad, message) => {
      const result = runMain([], { ...env, ...bad });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    },
  );
});
