import { Helix, MUNICIPALITY_CODES } from '@knooppunt/domain';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';
import { NonDemoDataError, seedDemoData } from '../../api/src/seed/demo-seed';
import { bootTestApp, TestApp } from '../support/app';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
    // The seed judges the whole database: start from an empty one (suites run one at a time).
    await t.dataSource.query('DELETE FROM user_account');
    await t.dataSource.query('DELETE FROM organisation');
  });
  afterAll(async () => {
    await t.dataSource.query('DELETE FROM user_account');
    await t.dataSource.query('DELETE FROM organisation');
    await t.close();
  });

  const organisations = () => t.dataSource.getRepository(OrganisationEntity);

  it('should seed at least 30 active demo organisations over all helices and municipalities', async () => {
    const result = await seedDemoData(t.dataSource);
    expect(result.organisations).toBeGreaterThanOrEqual(30);
    const rows = await organisations().find();
    expect(rows).toHaveLength(result.organisations);
    expect(rows.every((row) => row.isDemo)).toBe(true);
    expect(rows.filter((row) => row.status !== 'ACTIVE').map((row) => row.status)).toEqual([
      'PENDING',
    ]);
    expect(result.accounts).toBeGreaterThanOrEqual(7);
    expect(result.internshipNeeds).toBeGreaterThanOrEqual(60);
    expect(result.cohorts).toBeGreaterThanOrEqual(30);
    expect(result.minors).toBeGreaterThanOrEqual(10);
    expect(result.challenges).toBeGreaterThanOrEqual(10);
    expect(result.partnerships).toBeGreaterThanOrEqual(3);
    const [partners] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM minor WHERE status = 'OPEN') AS minors,
              (SELECT count(DISTINCT kind)::int FROM minor) AS minor_kinds,
              (SELECT count(DISTINCT minor_id)::int FROM minor_partner_slot) AS minors_with_slots,
              (SELECT count(*)::int FROM challenge WHERE status = 'OPEN') AS challenges,
              (SELECT count(DISTINCT o.helix)::int FROM challenge c JOIN organisation o ON o.id = c.organisation_id) AS challenge_helices,
              (SELECT count(*)::int FROM partnership) AS partnerships,
              (SELECT coalesce(sum(filled), 0)::int FROM minor_partner_slot) AS filled,
              (SELECT count(*)::int FROM partnership WHERE status = 'ACCEPTED' AND kind = 'PARTNER_SLOT') AS accepted_offers`,
    );
    expect(partners).toEqual({
      minors: result.minors,
      minor_kinds: 3,
      minors_with_slots: result.minors,
      challenges: result.challenges,
      challenge_helices: 2,
      partnerships: result.partnerships,
      filled: partners.accepted_offers,
      accepted_offers: partners.accepted_offers,
    });
    const [market] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM internship_need WHERE status = 'OPEN') AS needs,
              (SELECT count(DISTINCT need_id)::int FROM internship_need_skill) AS needs_with_skills,
              (SELECT count(*)::int FROM cohort WHERE status = 'OPEN') AS cohorts,
              (SELECT count(DISTINCT site_municipality_code)::int FROM internship_need) AS municipalities`,
    );
    expect(market).toEqual({
      needs: result.internshipNeeds,
      needs_with_skills: result.internshipNeeds,
      cohorts: result.cohorts,
      municipalities: 6,
    });
    expect(new Set(rows.map((row) => row.helix))).toEqual(new Set(Object.values(Helix)));
    expect(new Set(rows.map((row) => row.municipalityCode))).toEqual(new Set(MUNICIPALITY_CODES));
    expect(
      rows.every((row) => row.website?.endsWith('.example') || row.website?.includes('.example/')),
    ).toBe(true);
  });

  it('should reseed to the same demo data without duplicates', async () => {
    const before = await organisations().count();
    await seedDemoData(t.dataSource);
    expect(await organisations().count()).toBe(before);
  });

  it('should refuse to touch a database holding non-demo data, and change nothing', async () => {
    const own = await organisations().save(
      organisations().create({
        name: 'Eigen Organisatie Zonder Demo',
        helix: Helix.BUSINESS,
        kind: 'COMPANY' as never,
        municipalityCode: 'GM0362',
        isDemo: false,
      }),
    );
    const before = await organisations().find({ order: { id: 'ASC' } });
    await expect(seedDemoData(t.dataSource)).rejects.toBeInstanceOf(NonDemoDataError);
    expect(await organisations().find({ order: { id: 'ASC' } })).toEqual(before);

    const forced = await seedDemoData(t.dataSource, { force: true });
    const after = await organisations().find();
    expect(after).toHaveLength(forced.organisations + 1);
    expect(after.find((row) => row.id === own.id)?.name).toBe('Eigen Organisatie Zonder Demo');
  });
});
