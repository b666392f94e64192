import { OrganisationStatus } from '@knooppunt/domain';
import { NeedStatus } from '@knooppunt/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { hashPassword } from '../accounts/passwords';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { CohortEntity, CohortSkillEntity } from '../marketplace/entities/cohort.entity';
import {
  InternshipNeedEntity,
  InternshipNeedSkillEntity,
} from '../marketplace/entities/internship-need.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PENDING_ORGANISATION } from './demo-accounts';
import { demoCohorts, demoNeeds, MUST, NICE } from './demo-market';
import { DEMO_ORGANISATIONS, DemoOrganisation } from './demo-organisations';

export class NonDemoDataError extends Error {
  constructor(organisations: number, users: number) {
    super(
      `The database holds ${organisations} organisation(s) and ${users} account(s) that are not demo data; the seed leaves it alone. ` +
        'Run it with --force to replace the demo data anyway (non-demo rows are kept).',
    );
  }
}

export interface SeedResult {
  organisations: number;
  accounts: number;
  internshipNeeds: number;
  cohorts: number;
}

/** True when nothing has been written yet: the first start seeds such a database. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [organisations, users] = await Promise.all([
    dataSource.getRepository(OrganisationEntity).count(),
    dataSource.getRepository(UserEntity).count(),
  ]);
  return organisations === 0 && users === 0;
}

function organisationRow(demo: DemoOrganisation, status: OrganisationStatus) {
  return {
    name: demo.name,
    helix: demo.helix,
    kind: demo.kind,
    status,
    municipalityCode: demo.municipalityCode,
    ecosystem: demo.ecosystem,
    themes: demo.themes,
    address: demo.address,
    website: demo.website,
    description: demo.description,
    kvkNumber: demo.kvkNumber ?? null,
    brinCode: demo.brinCode ?? null,
    isDemo: true,
  };
}

/**
 * Replaces the demo data of the region, in one transaction. Refuses when the
 * database holds data that the seed did not make, unless forced (then the
 * non-demo rows stay untouched).
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const organisations = manager.getRepository(OrganisationEntity);
    const users = manager.getRepository(UserEntity);
    const foreignOrganisations = await organisations.count({ where: { isDemo: false } });
    const foreignUsers = await users.count({ where: { isDemo: false } });
    if ((foreignOrganisations > 0 || foreignUsers > 0) && !options.force) {
      throw new NonDemoDataError(foreignOrganisations, foreignUsers);
    }
    await users.delete({ isDemo: true });
    await organisations.delete({ isDemo: true });
    const rows = [
      ...DEMO_ORGANISATIONS.map((demo) => organisationRow(demo, OrganisationStatus.ACTIVE)),
      organisationRow(DEMO_PENDING_ORGANISATION, OrganisationStatus.PENDING),
    ];
    await organisations.insert(rows);
    const saved = await organisations.find({ where: { name: In(rows.map((row) => row.name)) } });
    const idOf = new Map(saved.map((organisation) => [organisation.name, organisation.id]));
    const now = new Date();
    for (const account of DEMO_ACCOUNTS) {
      const user = await users.save({
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        emailVerifiedAt: now,
        platformRole: account.platformRole ?? null,
        isDemo: true,
      });
      if (account.memberOf) {
        const organisationId = idOf.get(account.memberOf.organisation);
        if (!organisationId)
          throw new Error(`Demo organisation ${account.memberOf.organisation} is missing`);
        await manager
          .getRepository(MembershipEntity)
          .insert({ userId: user.id, organisationId, role: account.memberOf.role });
        if (account.memberOf.organisation === DEMO_PENDING_ORGANISATION.name) {
          await organisations.update(organisationId, { createdById: user.id });
        }
      }
    }
    const market = await seedMarket(manager, idOf);
    return { organisations: rows.length, accounts: DEMO_ACCOUNTS.length, ...market };
  });
}

/** Open internship needs and cohorts of the demo companies and schools, with their skills. */
async function seedMarket(
  manager: EntityManager,
  idOf: Map<string, string>,
): Promise<{ internshipNeeds: number; cohorts: number }> {
  const skills: { id: string; code: string }[] = await manager.query('SELECT id, code FROM skill');
  const skillId = new Map(skills.map((skill) => [skill.code, skill.id]));
  const skillOf = (code: string) => {
    const id = skillId.get(code);
    if (!id) throw new Error(`Demo data names unknown skill ${code}`);
    return id;
  };
  const organisationOf = (name: string) => {
    const id = idOf.get(name);
    const demo = DEMO_ORGANISATIONS.find((o) => o.name === name);
    if (!id || !demo) throw new Error(`Demo organisation ${name} is missing`);
    return { id, municipalityCode: demo.municipalityCode };
  };
  const needs = demoNeeds(DEMO_ORGANISATIONS);
  for (const demo of needs) {
    const organisation = organisationOf(demo.organisation);
    const need = await manager.getRepository(InternshipNeedEntity).save({
      organisationId: organisation.id,
      title: demo.title,
      description: demo.description,
      fieldOfStudy: demo.fieldOfStudy,
      levels: demo.levels,
      startDate: demo.startDate,
      endDate: demo.endDate,
      hoursPerWeek: demo.hours,
      places: demo.places,
      siteMunicipalityCode: organisation.municipalityCode,
      monthlyCompensation: demo.compensation === null ? null : demo.compensation.toFixed(2),
      themes: demo.themes,
      status: NeedStatus.OPEN,
      isDemo: true,
    });
    await manager
      .getRepository(InternshipNeedSkillEntity)
      .insert([
        ...demo.must.map((code) => ({ needId: need.id, skillId: skillOf(code), importance: MUST })),
        ...demo.nice.map((code) => ({ needId: need.id, skillId: skillOf(code), importance: NICE })),
      ]);
  }
  const cohorts = demoCohorts(DEMO_ORGANISATIONS);
  for (const demo of cohorts) {
    const school = organisationOf(demo.organisation);
    const cohort = await manager.getRepository(CohortEntity).save({
      organisationId: school.id,
      programmeName: demo.programmeName,
      programmeCode: demo.programmeCode,
      description: demo.description,
      level: demo.level,
      students: demo.students,
      startDate: demo.startDate,
      endDate: demo.endDate,
      municipalityCode: school.municipalityCode,
      status: NeedStatus.OPEN,
      isDemo: true,
    });
    await manager
      .getRepository(CohortSkillEntity)
      .insert(demo.skills.map((code) => ({ cohortId: cohort.id, skillId: skillOf(code) })));
  }
  return { internshipNeeds: needs.length, cohorts: cohorts.length };
}
