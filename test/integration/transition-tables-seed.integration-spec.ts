import { seedDemoData } from '../../api/src/seed/demo-seed';
import { bootTestApp, TestApp } from '../support/app';

describe('demo transition tables', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp({ JOBS_WORKER: 'off' })));
  afterAll(() => t.close());

  const facts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM transition_table WHERE is_demo) AS tables,
              (SELECT count(DISTINCT ecosystem)::int FROM transition_table WHERE is_demo) AS ecosystems,
              (SELECT count(DISTINCT municipality_code)::int FROM venue WHERE is_demo) AS venue_municipalities,
              (SELECT count(*)::int FROM conversation WHERE is_demo AND status = 'POLLING'
                  AND EXISTS (SELECT 1 FROM availability a WHERE a.conversation_id = conversation.id)) AS polled,
              (SELECT count(*)::int FROM conversation c WHERE c.is_demo AND c.status = 'CONFIRMED'
                  AND EXISTS (SELECT 1 FROM venue_booking b WHERE b.conversation_id = c.id)
                  AND EXISTS (SELECT 1 FROM person_booking b WHERE b.conversation_id = c.id)) AS confirmed,
              (SELECT count(*)::int FROM action_item a JOIN conversation c ON c.id = a.conversation_id WHERE c.is_demo) AS action_items`,
    );
    const helices: { name: string; helices: number }[] = await t.dataSource.query(
      `SELECT t.name, count(DISTINCT o.helix)::int AS helices FROM transition_table t
         JOIN transition_table_member m ON m.table_id = t.id JOIN organisation o ON o.id = m.organisation_id
        WHERE t.is_demo GROUP BY t.name ORDER BY t.name`,
    );
    return { ...row, fullTables: helices.filter((h) => h.helices === 3).length };
  };

  it('should seed tables in both ecosystems with all helices, venues in all six municipalities, a polled and a confirmed conversation — and again the same', async () => {
    const first = await seedDemoData(t.dataSource, { force: true });
    expect(first).toMatchObject({ transitionTables: 4, venues: 6, conversations: 3 });
    const after = await facts();
    expect(after).toEqual({
      tables: 4,
      ecosystems: 2,
      venue_municipalities: 6,
      polled: 1,
      confirmed: 2,
      action_items: 3,
      fullTables: 3,
    });
    await seedDemoData(t.dataSource, { force: true });
    expect(await facts()).toEqual(after);
  });
});
