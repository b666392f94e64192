import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  MembershipRole,
  membershipFactory,
  OrganisationKind,
  organisationFactory,
  OrganisationStatus,
  PlatformRole,
  sessionFactory,
  unique,
  userFactory,
} from '../factories/accounts';

const IMPORT_NEEDS = `mutation($input: CsvImportInput!) { importInternshipNeeds(input: $input) {
  imported totalRows rejectedRows { row field messageKey message } } }`;
const IMPORT_COHORTS = `mutation($input: CsvImportInput!) { importCohorts(input: $input) {
  imported totalRows rejectedRows { row field messageKey message } } }`;
const EXPORT_NEEDS = `query($filter: InternshipNeedFilter, $sort: NeedSort) {
  exportInternshipNeeds(filter: $filter, sort: $sort) { filename content } }`;
const EXPORT_COHORTS = `query($filter: CohortFilter, $sort: CohortSort) {
  exportCohorts(filter: $filter, sort: $sort) { filename content } }`;
const NEEDS = `query($filter: InternshipNeedFilter) { internshipNeeds(filter: $filter, take: 100, sort: TITLE) {
  totalCount items { title description status levels places startDate endDate workMode monthlyCompensation themes
  siteMunicipality { code } skills { importance skill { code } } } } }`;
const COHORTS = `query($filter: CohortFilter) { cohorts(filter: $filter, take: 100, sort: PROGRAMME) {
  totalCount items { programmeName programmeCode description level students startDate endDate maxTravelMinutes status
  municipality { code } skills { code } } } }`;

interface Report {
  imported: number;
  totalRows: number;
  rejectedRows: { row: number; field: string | null; messageKey: string; message: string }[];
}

const NEED_HEADER =
  'organisation,title,description,field_of_study,levels,start_date,end_date,hours_per_week,places,municipality,work_mode,monthly_compensation,themes,skills_must,skills_nice,status';

describe('CSV import and export', () => {
  let t: TestApp;
  let sessions: SessionsService;
  let coordinator: string;
  let member: string;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
    const user = await userFactory(t.dataSource, { platformRole: PlatformRole.COORDINATOR });
    coordinator = await sessionFactory(t.dataSource, sessions, user);
  });
  afterAll(() => t.close());

  const company = async (status = OrganisationStatus.ACTIVE) => {
    const organisation = await organisationFactory(t.dataSource, { status });
    if (!member) {
      const user = await userFactory(t.dataSource);
      await membershipFactory(t.dataSource, user, organisation, MembershipRole.ORGANISATION_ADMIN);
      member = await sessionFactory(t.dataSource, sessions, user);
    }
    return organisation;
  };
  const school = (status = OrganisationStatus.ACTIVE) =>
    organisationFactory(t.dataSource, {
      kind: OrganisationKind.SCHOOL_MBO,
      status,
      name: unique('ROC Test'),
    });
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS c FROM ${table}`))[0].c);
  const counts = async () => ({
    needs: await count('internship_need'),
    needSkills: await count('internship_need_skill'),
    cohorts: await count('cohort'),
    audit: await count('audit_log'),
  });
  const importNeeds = async (csv: string, dryRun?: boolean, token = coordinator) => {
    const result = await t.gql<{ importInternshipNeeds: Report }>(
      IMPORT_NEEDS,
      { input: { csv, dryRun } },
      { token },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.importInternshipNeeds;
  };
  const importCohorts = async (csv: string, dryRun?: boolean) => {
    const result = await t.gql<{ importCohorts: Report }>(
      IMPORT_COHORTS,
      { input: { csv, dryRun } },
      { token: coordinator },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.importCohorts;
  };
  const needsOf = async (organisationId: string, status = 'OPEN') =>
    (
      await t.gql<{
        internshipNeeds: { totalCount: number; items: Record<string, unknown>[] };
      }>(NEEDS, { filter: { organisationId, status } }, { token: coordinator })
    ).data!.internshipNeeds;

  it('should import a comma-separated file of needs, open, with must-have and nice-to-have skills', async () => {
    const greenhouse = await company();
    const logistics = await company();
    const before = await counts();
    const csv = [
      NEED_HEADER,
      `${greenhouse.name},Stagiair kasklimaat,"Warmtepompen, sensoren en data",Tuinbouw,MBO_4|associate degree,2027-02-01,2027-06-30,32,2,Aalsmeer,hybrid,"450,50",HORTICULTURE|sustainability,heat-pumps|Data-analyse,IoT and sensor technology,`,
      `${logistics.kvkNumber},Stagiair planning,,Logistiek,MBO niveau 3,1-9-2027,31-1-2028,24,1,GM0394,,,,,,`,
    ].join('\n');
    const report = await importNeeds(csv);
    expect(report).toEqual({ imported: 2, totalRows: 2, rejectedRows: [] });

    const greenhouseNeeds = await needsOf(greenhouse.id);
    expect(greenhouseNeeds.items).toEqual([
      expect.objectContaining({
        title: 'Stagiair kasklimaat',
        description: 'Warmtepompen, sensoren en data',
        status: 'OPEN',
        levels: ['MBO_4', 'ASSOCIATE_DEGREE'],
        places: 2,
        workMode: 'HYBRID',
        monthlyCompensation: 450.5,
        themes: ['HORTICULTURE', 'SUSTAINABILITY'],
        siteMunicipality: { code: 'GM0358' },
      }),
    ]);
    const skills = greenhouseNeeds.items[0]['skills'] as {
      importance: string;
      skill: { code: string };
    }[];
    expect(skills.map((s) => `${s.importance} ${s.skill.code}`).sort()).toEqual([
      'MUST_HAVE data-analysis',
      'MUST_HAVE heat-pumps',
      'NICE_TO_HAVE iot-sensors',
    ]);
    expect((await needsOf(logistics.id)).items).toEqual([
      expect.objectContaining({
        title: 'Stagiair planning',
        levels: ['MBO_3'],
        startDate: '2027-09-01',
        endDate: '2028-01-31',
        workMode: 'ON_SITE',
        monthlyCompensation: null,
        siteMunicipality: { code: 'GM0394' },
      }),
    ]);
    // One audit entry for the whole import, with its counts.
    const after = await counts();
    expect(after.needs - before.needs).toBe(2);
    expect(after.audit - before.audit).toBe(1);
    const [entry] = await t.dataSource.query(
      `SELECT action, entity_type, summary FROM audit_log ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      action: 'internshipNeed.import',
      entity_type: 'internshipNeed',
      summary: { imported: 2, organisations: 2 },
    });
  });

  it('should import cohorts from a semicolon file with BOM, CRLF, Dutch headers and a quoted newline', async () => {
    const roc = await school();
    const csv =
      '\uFEFFOrganisatie;Opleiding;Opleidingscode;Omschrijving;Niveau;Studenten;Startdatum;Einddatum;Gemeente;Max reistijd;Vaardigheden;Status\r\n' +
      `${roc.name};Logistiek medewerker;25183;"Regel een\r\nregel twee";MBO_3;12;01-02-2027;30-06-2027;Haarlemmermeer;60;forklift-operation|Warehousemanagementsystemen (WMS);open\r\n` +
      ';;;;;;;;;;;\r\n' +
      `${roc.id};Software developer;25998;;MBO niveau 4;8;2027-09-01;2028-01-31;GM0362;;;concept\r\n`;
    const before = await count('cohort');
    expect(await importCohorts(csv)).toEqual({ imported: 2, totalRows: 2, rejectedRows: [] });
    expect((await count('cohort')) - before).toBe(2);
    const open = await t.gql<{ cohorts: { items: Record<string, unknown>[] } }>(
      COHORTS,
      { filter: { organisationId: roc.id } },
      { token: coordinator },
    );
    expect(open.data!.cohorts.items).toEqual([
      {
        programmeName: 'Logistiek medewerker',
        programmeCode: '25183',
        description: 'Regel een\r\nregel twee',
        level: 'MBO_3',
        students: 12,
        startDate: '2027-02-01',
        endDate: '2027-06-30',
        maxTravelMinutes: 60,
        status: 'OPEN',
        municipality: { code: 'GM0394' },
        skills: expect.arrayContaining([
          { code: 'forklift-operation' },
          { code: 'warehouse-management-systems' },
        ]),
      },
    ]);
    const drafts = await t.gql<{ cohorts: { items: Record<string, unknown>[] } }>(
      COHORTS,
      { filter: { organisationId: roc.id, status: 'DRAFT' } },
      { token: coordinator },
    );
    expect(drafts.data!.cohorts.items).toEqual([
      expect.objectContaining({ programmeName: 'Software developer', maxTravelMinutes: 45 }),
    ]);
  });

  it('should import the downloadable templates, given the demo organisations they name', async () => {
    // The templates name demo organisations (by name, KvK number and BRIN code).
    const demoNamed = [
      ['Bloemenhof Kwekerij De Lange Tuin', 'COMPANY', 'BUSINESS', null, null],
      ['Kasklimaat Techniek Meerzicht', 'COMPANY', 'BUSINESS', '93102655', null],
      ['Datadijk Analytics', 'COMPANY', 'BUSINESS', null, null],
      ['Groencollege Westeinder', 'SCHOOL_MBO', 'EDUCATION', null, null],
      ['Techniekcollege Zijdelmeer', 'SCHOOL_MBO', 'EDUCATION', null, '99TZ'],
      ['Hogeschool Meerstroom', 'SCHOOL_HBO', 'EDUCATION', null, null],
    ];
    for (const [name, kind, helix, kvk, brin] of demoNamed) {
      await t.dataSource.query(
        `INSERT INTO organisation (name, kind, helix, status, municipality_code, kvk_number, brin_code)
         VALUES ($1, $2, $3, 'ACTIVE', 'GM0358', $4, $5) ON CONFLICT DO NOTHING`,
        [name, kind, helix, kvk, brin],
      );
    }
    const template = (name: string) =>
      readFileSync(join(__dirname, '../../web/public/templates', name), 'utf8');
    const before = await counts();
    expect(await importNeeds(template('stagevragen.csv'), true)).toEqual({
      imported: 0,
      totalRows: 3,
      rejectedRows: [],
    });
    expect(await importCohorts(template('cohorten.csv'), true)).toEqual({
      imported: 0,
      totalRows: 3,
      rejectedRows: [],
    });
    expect(await counts()).toEqual(before);
    // They share the demo's names: other suites seed the demo into this database.
    await t.dataSource.query('DELETE FROM organisation WHERE NOT is_demo AND name = ANY($1)', [
      demoNamed.map(([name]) => name),
    ]);
  });

  it('should reject a file with bad rows, name each row and field, and write nothing', async () => {
    const good = await company();
    const pending = await company(OrganisationStatus.PENDING);
    const roc = await school();
    const row = (organisation: string, overrides: Partial<Record<string, string>> = {}) => {
      const cells: Record<string, string> = {
        organisation,
        title: 'Stagiair',
        description: '',
        field_of_study: 'Logistiek',
        levels: 'MBO_4',
        start_date: '2027-02-01',
        end_date: '2027-06-30',
        hours_per_week: '32',
        places: '2',
        municipality: 'GM0362',
        work_mode: '',
        monthly_compensation: '',
        themes: '',
        skills_must: '',
        skills_nice: '',
        status: '',
        ...overrides,
      };
      return NEED_HEADER.split(',')
        .map((column) => cells[column])
        .join(';');
    };
    const csv = [
      NEED_HEADER.replace(/,/g, ';'),
      row(good.name), // row 2: fine
      row(good.name, { skills_must: 'heat-pumps|Onderwaterlassen' }), // 3
      row(good.name, { end_date: '2027-01-15' }), // 4
      row(good.name, { places: '0' }), // 5
      row('Bestaat Niet BV'), // 6
      row(pending.name), // 7
      row(roc.name), // 8
      row(good.name, { levels: 'MBO_4|PHD' }), // 9
      row(good.name, { municipality: 'Amsterdam', start_date: 'morgen', status: 'gesloten' }), // 10
      row(good.name, { skills_must: 'welding', skills_nice: 'Lassen' }), // 11
    ].join('\r\n');
    const before = await counts();
    for (const dryRun of [false, true]) {
      const report = await importNeeds(csv, dryRun);
      expect(report.imported).toBe(0);
      expect(report.totalRows).toBe(10);
      expect(
        report.rejectedRows.map(({ row: r, field, messageKey }) => [r, field, messageKey]),
      ).toEqual([
        [3, 'skills_must', 'validation.skills.unknown'],
        [4, 'end_date', 'validation.period.endBeforeStart'],
        [5, 'places', 'validation.min'],
        [6, 'organisation', 'validation.organisation.unknown'],
        [7, 'organisation', 'errors.organisations.notActive'],
        [8, 'organisation', 'validation.organisationId.notCompany'],
        [9, 'levels', 'validation.isEnum'],
        [10, 'start_date', 'validation.isIso8601'],
        [10, 'municipality', 'validation.matches'],
        [10, 'status', 'validation.status.importable'],
        [11, 'skills_nice', 'validation.skills.duplicate'],
      ]);
      const places = report.rejectedRows.find((problem) => problem.row === 5)!;
      expect(places.message).toBe('places must not be less than 1');
      expect(report.rejectedRows.find((p) => p.row === 3)!.message).toContain('Onderwaterlassen');
    }
    expect(await counts()).toEqual(before);
  });

  it('should report missing and unknown columns on the header row, and an empty file', async () => {
    const report = await importNeeds('organisation;title;colour\nX;Y;Z\n');
    expect(report.imported).toBe(0);
    expect(report.rejectedRows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 1,
          field: 'colour',
          messageKey: 'validation.csv.unknownColumn',
        }),
        expect.objectContaining({
          row: 1,
          field: 'levels',
          messageKey: 'validation.csv.missingColumn',
        }),
      ]),
    );
    expect(report.rejectedRows.every((problem) => problem.row === 1)).toBe(true);
    expect(await importNeeds('\uFEFF')).toEqual({
      imported: 0,
      totalRows: 0,
      rejectedRows: [expect.objectContaining({ row: 0, messageKey: 'validation.csv.empty' })],
    });
    expect((await importNeeds(`${NEED_HEADER}\r\n`)).rejectedRows).toEqual([
      expect.objectContaining({ row: 0, messageKey: 'validation.csv.noRows' }),
    ]);
    expect((await importNeeds(`${NEED_HEADER}\nA,"never closed\n`)).rejectedRows).toEqual([
      expect.objectContaining({ row: 2, messageKey: 'validation.csv.syntax' }),
    ]);
  });

  it('should only check a dry run, writing nothing', async () => {
    const organisation = await company();
    const csv = `${NEED_HEADER}\n${organisation.name},Stagiair,,Logistiek,MBO_4,2027-02-01,2027-06-30,32,1,GM0362,,,,,,`;
    const before = await counts();
    expect(await importNeeds(csv, true)).toEqual({ imported: 0, totalRows: 1, rejectedRows: [] });
    expect(await counts()).toEqual(before);
    expect((await needsOf(organisation.id)).totalCount).toBe(0);
  });

  it('should refuse imports to everyone but coordinators and admins', async () => {
    const organisation = await company();
    const csv = `${NEED_HEADER}\n${organisation.name},Stagiair,,Logistiek,MBO_4,2027-02-01,2027-06-30,32,1,GM0362,,,,,,`;
    const before = await counts();
    const asMember = await t.gql(IMPORT_NEEDS, { input: { csv } }, { token: member });
    expect(errorCode(asMember)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(IMPORT_COHORTS, { input: { csv } }, { token: member }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(IMPORT_NEEDS, { input: { csv } }))).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    const admin = await userFactory(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const adminToken = await sessionFactory(t.dataSource, sessions, admin);
    expect((await importNeeds(csv, true, adminToken)).rejectedRows).toEqual([]);
  });

  it('should refuse a file over 2 MB or over 5 000 rows with a clear error', async () => {
    const big = `${NEED_HEADER}\n${'x'.repeat(2 * 1024 * 1024)}`;
    const tooLarge = await t.gql(IMPORT_NEEDS, { input: { csv: big } }, { token: coordinator });
    expect(tooLarge.errors![0].extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', messageKey: 'validation.csv.tooLarge' }),
    );
    const many = `${NEED_HEADER}\n${'a,b\n'.repeat(5_001)}`;
    const tooMany = await t.gql(IMPORT_NEEDS, { input: { csv: many } }, { token: coordinator });
    expect(tooMany.errors![0].extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', messageKey: 'validation.csv.tooManyRows' }),
    );
  });

  it('should import the largest file allowed, 5 000 rows with skills, in one transaction', async () => {
    const organisation = await company();
    const line = `${organisation.name},Stagiair,,Logistiek,MBO_4,2027-02-01,2027-06-30,32,1,GM0362,,,,welding|hvac,robotics,`;
    const csv = `${NEED_HEADER}\n${Array.from({ length: 5_000 }, () => line).join('\n')}`;
    const before = await counts();
    const started = Date.now();
    expect(await importNeeds(csv)).toEqual({ imported: 5_000, totalRows: 5_000, rejectedRows: [] });
    const after = await counts();
    expect(after.needs - before.needs).toBe(5_000);
    expect(after.needSkills - before.needSkills).toBe(15_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('should export needs as semicolon CSV with a BOM that imports again, quoted and guarded', async () => {
    const source = await company();
    const csv = [
      NEED_HEADER,
      `${source.name},"=HYPERLINK(""http://evil"")",-50% korting,Logistiek,MBO_4,2027-02-01,2027-06-30,32,1,GM0362,,,,heat-pumps,welding,`,
      `${source.name},"Stage; met ""quotes""","regel 1\nregel 2",@Techniek,HBO_BACHELOR|WO_MASTER,2027-03-01,2027-08-31,40,3,Diemen,HYBRID,600,DIGITAL,,,draft`,
    ].join('\n');
    expect((await importNeeds(csv)).imported).toBe(2);

    const exported = await t.gql<{ exportInternshipNeeds: { filename: string; content: string } }>(
      EXPORT_NEEDS,
      { filter: { organisationId: source.id }, sort: 'TITLE' },
      { token: member },
    );
    const file = exported.data!.exportInternshipNeeds;
    expect(file.filename).toMatch(/^stagevragen-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content.startsWith(`\uFEFF${NEED_HEADER.replace(/,/g, ';')}\r\n`)).toBe(true);
    // Only the open need: the same visibility as the list.
    const lines = file.content.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      `${source.name};"'=HYPERLINK(""http://evil"")";'-50% korting;Logistiek;MBO_4;2027-02-01;2027-06-30;32;1;GM0362;ON_SITE;;;heat-pumps;welding;OPEN`,
    );

    // The coordinator exports drafts too; the file imports for another company unchanged.
    const all = async (status: string) =>
      (
        await t.gql<{ exportInternshipNeeds: { content: string } }>(
          EXPORT_NEEDS,
          { filter: { organisationId: source.id, status }, sort: 'TITLE' },
          { token: coordinator },
        )
      ).data!.exportInternshipNeeds.content;
    const target = await company();
    const [open, draft] = await Promise.all([all('OPEN'), all('DRAFT')]);
    const draftRows = draft.split('\r\n').slice(1).join('\r\n');
    const combined = `${open}${draftRows}`.split(source.name).join(target.name);
    expect(await importNeeds(combined)).toEqual({ imported: 2, totalRows: 2, rejectedRows: [] });
    expect((await needsOf(target.id)).items).toEqual((await needsOf(source.id)).items);
    expect((await needsOf(target.id, 'DRAFT')).items).toEqual(
      (await needsOf(source.id, 'DRAFT')).items,
    );
    expect((await needsOf(target.id, 'DRAFT')).items[0]).toEqual(
      expect.objectContaining({
        title: 'Stage; met "quotes"',
        description: 'regel 1\nregel 2',
        levels: ['HBO_BACHELOR', 'WO_MASTER'],
      }),
    );
  });

  it('should export cohorts in the template that imports again, drafts only where the list shows them', async () => {
    const roc = await school();
    const csv = `organisation;programme_name;programme_code;description;level;students;start_date;end_date;municipality;max_travel_minutes;skills;status
${roc.name};Logistiek medewerker;25183;;MBO_3;12;2027-02-01;2027-06-30;GM0394;60;forklift-operation|welding;OPEN
${roc.name};Verzorgende IG;25491;;MBO_3;5;2027-02-01;2027-06-30;GM0394;;;DRAFT`;
    expect((await importCohorts(csv)).imported).toBe(2);
    const asMember = await t.gql<{ exportCohorts: { filename: string; content: string } }>(
      EXPORT_COHORTS,
      { filter: { organisationId: roc.id } },
      { token: member },
    );
    const file = asMember.data!.exportCohorts;
    expect(file.filename).toMatch(/^cohorten-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.content).toBe(
      '\uFEFForganisation;programme_name;programme_code;description;level;students;start_date;end_date;municipality;max_travel_minutes;skills;status\r\n' +
        `${roc.name};Logistiek medewerker;25183;;MBO_3;12;2027-02-01;2027-06-30;GM0394;60;forklift-operation|welding;OPEN\r\n`,
    );
    const refused = await t.gql(
      EXPORT_COHORTS,
      { filter: { organisationId: roc.id, status: 'DRAFT' } },
      { token: member },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const other = await school();
    const report = await importCohorts(file.content.split(roc.name).join(other.name));
    expect(report).toEqual({ imported: 1, totalRows: 1, rejectedRows: [] });
  });
});
