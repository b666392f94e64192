import { createTestDatabase } from './test-database';

/** One database per run, shared by the suites of that run (they run in band). */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  (globalThis as { knooppuntTestDatabase?: unknown }).knooppuntTestDatabase = database;
  process.env['KNOOPPUNT_TEST_DATABASE_URL'] = database.url;
  process.env['KNOOPPUNT_TEST_DATABASE_KIND'] = database.kind;
  console.log(
    `\nIntegration tests run on ${database.kind === 'embedded' ? 'the embedded PGlite' : 'PostgreSQL'}.`,
  );
}
