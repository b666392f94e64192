import {
  NeedStatus,
  OrganisationStatus,
  PartnerRole,
  PartnershipKind,
  PartnershipStatus,
} from '@knooppunt/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { hashPassword } from '../accounts/passwords';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { ChallengeEntity, ChallengeSkillEntity } from '../marketplace/entities/challenge.entity';
import { CohortEntity, CohortSkillEntity } from '../marketplace/entities/cohort.entity';
import {
  MinorEntity,
  MinorPartnerSlotEntity,
  MinorSkillEntity,
} from '../marketplace/entities/minor.entity';
import { PartnershipEntity } from '../marketplace/entities/partnership.entity';
import {
  InternshipNeedEntity,
  InternshipNeedSkillEntity,
} from '../marketplace/entities/internship-need.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PENDING_ORGANISATION } from './demo-accounts';
import { demoCohorts, demoNeeds, MUST, NICE } from './demo-market';
import { DEMO_CHALLENGES, DEMO_MINORS, DEMO_PARTNERSHIPS } from './demo-partners';
import { DEMO_ORGANISATIONS, DemoOrganisation } from './demo-organisations';
import { seedTables } from './demo-tables';

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
  minors: number;
  challenges: number;
  partnerships: number;
  transitionTables: number;
  venues: number;
  conversations: number;
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
    const partners = await seedPartners(manager, idOf);
    const tables = await seedTables(manager, idOf, passwordHash);
    return {
      organisations: rows.length,
      accounts: DEMO_ACCOUNTS.length,
      ...market,
      ...partners,
      ...tables,
    };
  });
}

/** Looks up demo skills by code and demo organisations by name; unknown names fail loudly. */
async function demoLookups(manager: EntityManager, idOf: Map<string, string>) {
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
  return { skillOf, organisationOf };
}

/** Open internship needs and cohorts of the demo companies and schools, with their skills. */
async function seedMarket(
  manager: EntityManager,
  idOf: Map<string, string>,
): Promise<{ internshipNeeds: number; cohorts: number }> {
  const { skillOf, organisationOf } = await demoLookups(manager, idOf);
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

/** Open minors with partner slots, open challenges, and partnerships between them. */
async function seedPartners(
  manager: EntityManager,
  idOf: Map<string, string>,
): Promise<{ minors: number; challenges: number; partnerships: number }> {
  const { skillOf, organisationOf } = await demoLookups(manager, idOf);
  const minors = new Map<string, MinorEntity>();
  const slots = new Map<string, MinorPartnerSlotEntity>();
  for (const demo of DEMO_MINORS) {
    const school = organisationOf(demo.school);
    const minor = await manager.getRepository(MinorEntity).save({
      organisationId: school.id,
      kind: demo.kind,
      title: demo.title,
      description: demo.description,
      level: demo.level,
      credits: demo.credits,
      capacity: demo.capacity,
      startDate: demo.startDate,
      endDate: demo.endDate,
      municipalityCode: school.municipalityCode,
      themes: demo.themes,
      status: NeedStatus.OPEN,
      isDemo: true,
    });
    minors.set(demo.title, minor);
    await manager
      .getRepository(MinorSkillEntity)
      .insert(demo.skills.map((code) => ({ minorId: minor.id, skillId: skillOf(code) })));
    for (const [role, wanted] of Object.entries(demo.slots) as [PartnerRole, number][]) {
      const slot = await manager
        .getRepository(MinorPartnerSlotEntity)
        .save({ minorId: minor.id, role, wanted });
      slots.set(`${demo.title}/${role}`, slot);
    }
  }
  const challenges = new Map<string, ChallengeEntity>();
  for (const demo of DEMO_CHALLENGES) {
    const organisation = organisationOf(demo.organisation);
    const challenge = await manager.getRepository(ChallengeEntity).save({
      organisationId: organisation.id,
      title: demo.title,
      description: demo.description,
      startDate: demo.startDate,
      endDate: demo.endDate,
      teamSizeMin: demo.teamSizeMin,
      teamSizeMax: demo.teamSizeMax,
      municipalityCode: organisation.municipalityCode,
      themes: demo.themes,
      status: NeedStatus.OPEN,
      isDemo: true,
    });
    challenges.set(demo.title, challenge);
    await manager
      .getRepository(ChallengeSkillEntity)
      .insert(demo.skills.map((code) => ({ challengeId: challenge.id, skillId: skillOf(code) })));
  }
  for (const demo of DEMO_PARTNERSHIPS) {
    const minor = minors.get(demo.minor);
    if (!minor) throw new Error(`Demo minor ${demo.minor} is missing`);
    const answered = demo.status !== PartnershipStatus.PROPOSED;
    const common = {
      minorId: minor.id,
      status: demo.status,
      message: demo.message,
      responseMessage: demo.responseMessage ?? null,
      respondedAt: answered ? new Date() : null,
      isDemo: true,
    };
    if (demo.challenge) {
      const challenge = challenges.get(demo.challenge);
      if (!challenge) throw new Error(`Demo challenge ${demo.challenge} is missing`);
      await manager.getRepository(PartnershipEntity).insert({
        ...common,
        kind: PartnershipKind.CHALLENGE_ADOPTION,
        challengeId: challenge.id,
        proposerOrganisationId: minor.organisationId,
        recipientOrganisationId: challenge.organisationId,
      });
    } else {
      const slot = slots.get(`${demo.minor}/${demo.role}`);
      if (!slot || !demo.company)
        throw new Error(`Demo slot ${demo.minor}/${demo.role} is missing`);
      await manager.getRepository(PartnershipEntity).insert({
        ...common,
        kind: PartnershipKind.PARTNER_SLOT,
        slotId: slot.id,
        proposerOrganisationId: organisationOf(demo.company).id,
        recipientOrganisationId: minor.organisationId,
      });
      if (demo.status === PartnershipStatus.ACCEPTED)
        await manager.getRepository(MinorPartnerSlotEntity).increment({ id: slot.id }, 'filled', 1);
    }
  }
  return {
    minors: DEMO_MINORS.length,
    challenges: DEMO_CHALLENGES.length,
    partnerships: DEMO_PARTNERSHIPS.length,
  };
}
