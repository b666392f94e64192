import type { TestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { knooppuntTestDatabase?: TestDatabase }).knooppuntTestDatabase;
  await database?.drop();
}
