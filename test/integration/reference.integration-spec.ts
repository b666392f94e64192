import { MUNICIPALITY_CODES } from '@knooppunt/domain';
import { bootTestApp, TestApp } from '../support/app';

describe('reference data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootTestApp()));
  afterAll(() => t.close());

  it('should list the six municipalities with CBS code, centre and transit access', async () => {
    const { data, errors } = await t.gql<{ municipalities: Record<string, unknown>[] }>(
      '{ municipalities { code name latitude longitude transitModes stations } }',
    );
    expect(errors).toBeUndefined();
    const municipalities = data!.municipalities;
    expect(municipalities.map((m) => m.code).sort()).toEqual([...MUNICIPALITY_CODES].sort());
    expect(municipalities.map((m) => m.name)).toEqual([
      'Aalsmeer',
      'Amstelveen',
      'Diemen',
      'Haarlemmermeer',
      'Ouder-Amstel',
      'Uithoorn',
    ]);
    const haarlemmermeer = municipalities.find((m) => m.code === 'GM0394')!;
    expect(haarlemmermeer.latitude).toBeCloseTo(52.303, 2);
    expect(haarlemmermeer.longitude).toBeCloseTo(4.689, 2);
    expect(haarlemmermeer.transitModes).toContain('INTERCITY');
    const aalsmeer = municipalities.find((m) => m.code === 'GM0358')!;
    expect(aalsmeer.transitModes).toEqual(['BUS']);
  });

  it('should hold a taxonomy of at least 80 skills in every category', async () => {
    const { data } = await t.gql<{ skillCategories: { category: string; skillCount: number }[] }>(
      '{ skillCategories { category skillCount } }',
    );
    const counts = Object.fromEntries(data!.skillCategories.map((c) => [c.category, c.skillCount]));
    expect(Object.keys(counts).sort()).toEqual(['DIGITAL', 'OTHER', 'SUSTAINABLE', 'TECHNICAL']);
    expect(Object.values(counts).every((count) => count >= 10)).toBe(true);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(80);
  });

  it('should find skills by Dutch or English label and filter by category', async () => {
    const query = `query($search: String, $category: SkillCategory, $take: Int) {
      skills(search: $search, category: $category, take: $take) { totalCount items { code labelNl labelEn category } } }`;
    const english = await t.gql<{
      skills: { totalCount: number; items: { labelNl: string; labelEn: string }[] };
    }>(query, { search: 'greenhouse' });
    expect(english.data!.skills.totalCount).toBeGreaterThan(0);
    for (const skill of english.data!.skills.items) {
      expect(`${skill.labelNl} ${skill.labelEn}`.toLowerCase()).toMatch(/greenhouse|kas/);
    }
    const dutch = await t.gql<{ skills: { totalCount: number } }>(query, { search: 'KAS' });
    expect(dutch.data!.skills.totalCount).toBeGreaterThan(0);

    const digital = await t.gql<{ skills: { totalCount: number; items: { category: string }[] } }>(
      query,
      {
        category: 'DIGITAL',
        take: 100,
      },
    );
    expect(digital.data!.skills.items.every((s) => s.category === 'DIGITAL')).toBe(true);
    expect(digital.data!.skills.items).toHaveLength(digital.data!.skills.totalCount);

    const none = await t.gql<{ skills: { totalCount: number; items: unknown[] } }>(query, {
      search: '%_zzz',
    });
    expect(none.data!.skills).toEqual({ totalCount: 0, items: [] });
  });

  it('should page skills with a stable order and a total count', async () => {
    const page = (skip: number) =>
      t.gql<{ skills: { totalCount: number; items: { code: string }[] } }>(
        `query($skip: Int) { skills(skip: $skip, take: 10) { totalCount items { code } } }`,
        { skip },
      );
    const first = (await page(0)).data!.skills;
    const second = (await page(10)).data!.skills;
    expect(first.items).toHaveLength(10);
    expect(second.totalCount).toBe(first.totalCount);
    const overlap = first.items.filter((a) => second.items.some((b) => b.code === a.code));
    expect(overlap).toEqual([]);
    const beyond = (await page(first.totalCount)).data!.skills;
    expect(beyond.items).toEqual([]);
  });

  it('should refuse a page larger than 100 with BAD_USER_INPUT naming the field', async () => {
    const { data, errors } = await t.gql('{ skills(take: 101) { totalCount } }');
    expect(data).toBeNull();
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'take', messageKey: 'validation.max' }),
    ]);
    expect(errors![0].extensions!['stacktrace']).toBeUndefined();
  });

  it('should list education levels in ladder order and the ecosystems', async () => {
    const { data } = await t.gql<{
      educationLevels: { code: string; rank: number; family: string }[];
      ecosystems: { code: string; nameNl: string; nameEn: string }[];
    }>('{ educationLevels { code rank family } ecosystems { code nameNl nameEn } }');
    expect(data!.educationLevels.map((l) => l.code)).toEqual([
      'MBO_1',
      'MBO_2',
      'MBO_3',
      'MBO_4',
      'ASSOCIATE_DEGREE',
      'HBO_BACHELOR',
      'WO_BACHELOR',
      'WO_MASTER',
    ]);
    expect(data!.educationLevels.find((l) => l.code === 'ASSOCIATE_DEGREE')!.family).toBe('HBO');
    expect(data!.ecosystems.map((e) => e.code).sort()).toEqual([
      'BUSINESS_FINANCE_ICT',
      'LOGISTICS_TRADE',
      'OTHER',
    ]);
  });
});
