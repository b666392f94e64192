import { MIGRATIONS } from '@knooppunt/migrations';
import { bootTestApp, TestApp } from '../support/app';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  it('should revert every migration with its down() and apply them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) {
      await t.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables: { count: number }[] = await t.dataSource.query(
      "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('municipality', 'skill', 'organisation')",
    );
    expect(tables[0].count).toBe(0);
    const applied = await t.dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const municipalities: { count: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM municipality',
    );
    expect(municipalities[0].count).toBe(6);
  });

  it('should let the database refuse what the domain forbids', async () => {
    await expect(
      t.dataSource.query(
        "INSERT INTO organisation (name, helix, kind, municipality_code) VALUES ('Verkeerde Helix BV', 'EDUCATION', 'COMPANY', 'GM0358')",
      ),
    ).rejects.toThrow(/organisation_kind_helix/);
    await expect(
      t.dataSource.query(
        "INSERT INTO organisation (name, helix, kind, municipality_code, kvk_number) VALUES ('Foute KvK BV', 'BUSINESS', 'COMPANY', 'GM0358', '123')",
      ),
    ).rejects.toThrow(/organisation_kvk_format/);
    await expect(
      t.dataSource.query(
        "INSERT INTO organisation (name, helix, kind, municipality_code) VALUES ('Nergens BV', 'BUSINESS', 'COMPANY', 'GM9999')",
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
