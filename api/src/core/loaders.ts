import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, IsNull, ObjectLiteral } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { ChallengeEntity, ChallengeSkillEntity } from '../marketplace/entities/challenge.entity';
import { CohortSkillEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedSkillEntity } from '../marketplace/entities/internship-need.entity';
import {
  MinorEntity,
  MinorPartnerSlotEntity,
  MinorSkillEntity,
} from '../marketplace/entities/minor.entity';
import { InvitationEntity } from '../organisations/entities/invitation.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { SkillEntity } from '../reference/entities/skill.entity';

/** Per-request batch loaders: relations of a list cost one query, not one per row. */
export interface Loaders {
  municipality: DataLoader<string, MunicipalityEntity | undefined>;
  organisation: DataLoader<string, OrganisationEntity | undefined>;
  user: DataLoader<string, UserEntity | undefined>;
  membershipsOfOrganisation: DataLoader<string, MembershipEntity[]>;
  membershipsOfUser: DataLoader<string, MembershipEntity[]>;
  openInvitationsOfOrganisation: DataLoader<string, InvitationEntity[]>;
  skillsOfNeed: DataLoader<string, InternshipNeedSkillEntity[]>;
  skill: DataLoader<string, SkillEntity | undefined>;
  skillsOfCohort: DataLoader<string, SkillEntity[]>;
  skillsOfMinor: DataLoader<string, SkillEntity[]>;
  skillsOfChallenge: DataLoader<string, SkillEntity[]>;
  minor: DataLoader<string, MinorEntity | undefined>;
  challenge: DataLoader<string, ChallengeEntity | undefined>;
  partnerSlot: DataLoader<string, MinorPartnerSlotEntity | undefined>;
  partnerSlotsOfMinor: DataLoader<string, MinorPartnerSlotEntity[]>;
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | undefined)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key));
}

function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** The skills of listings through their link entity (listing id, skill id), by Dutch label. */
function skillsLoader<L extends ObjectLiteral>(
  dataSource: DataSource,
  link: EntityTarget<L>,
  ownerColumn: string,
  ownerOf: (row: L) => string,
): DataLoader<string, SkillEntity[]> {
  return new DataLoader(async (ids) => {
    const rows = (await dataSource
      .getRepository(link)
      .createQueryBuilder('link')
      .innerJoinAndMapOne('link.skill', SkillEntity, 'skill', 'skill.id = link.skill_id')
      .where(`link.${ownerColumn} IN (:...ids)`, { ids: [...ids] })
      .orderBy('skill.label_nl', 'ASC')
      .getMany()) as (L & { skill: SkillEntity })[];
    return groupByKey(ids, rows, ownerOf).map((group) => group.map((row) => row.skill));
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  const loaders: Loaders = {
    municipality: new DataLoader(async (codes) =>
      byKey(
        codes,
        await dataSource.getRepository(MunicipalityEntity).findBy({ code: In([...codes]) }),
        (m) => m.code,
      ),
    ),
    // With their municipalities in the same statement: a list's organisations and places cost one query.
    organisation: new DataLoader(async (ids) => {
      const rows = await dataSource
        .getRepository(OrganisationEntity)
        .find({ where: { id: In([...ids]) }, relations: { municipality: true } });
      for (const row of rows) {
        if (row.municipality) loaders.municipality.prime(row.municipalityCode, row.municipality);
        delete row.municipality;
      }
      return byKey(ids, rows, (o) => o.id);
    }),
    user: new DataLoader(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }),
        (u) => u.id,
      ),
    ),
    membershipsOfOrganisation: new DataLoader(async (ids) =>
      groupByKey(
        ids,
        await dataSource.getRepository(MembershipEntity).find({
          where: { organisationId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
        (m) => m.organisationId,
      ),
    ),
    membershipsOfUser: new DataLoader(async (ids) =>
      groupByKey(
        ids,
        await dataSource
          .getRepository(MembershipEntity)
          .find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (m) => m.userId,
      ),
    ),
    openInvitationsOfOrganisation: new DataLoader(async (ids) =>
      groupByKey(
        ids,
        await dataSource.getRepository(InvitationEntity).find({
          where: { organisationId: In([...ids]), acceptedAt: IsNull(), revokedAt: IsNull() },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
        (i) => i.organisationId,
      ),
    ),
    // With their skills in the same statement, handed to the skill loader.
    skillsOfNeed: new DataLoader(async (ids) => {
      const rows = (await dataSource
        .getRepository(InternshipNeedSkillEntity)
        .createQueryBuilder('link')
        .innerJoinAndMapOne('link.skill', SkillEntity, 'skill', 'skill.id = link.skill_id')
        .where('link.need_id IN (:...ids)', { ids: [...ids] })
        .orderBy('link.importance', 'ASC')
        .addOrderBy('link.skill_id', 'ASC')
        .getMany()) as (InternshipNeedSkillEntity & { skill?: SkillEntity })[];
      for (const row of rows) {
        if (row.skill) loaders.skill.prime(row.skillId, row.skill);
        delete row.skill;
      }
      return groupByKey(ids, rows as InternshipNeedSkillEntity[], (s) => s.needId);
    }),
    skill: new DataLoader(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(SkillEntity).findBy({ id: In([...ids]) }),
        (s) => s.id,
      ),
    ),
    skillsOfCohort: skillsLoader(dataSource, CohortSkillEntity, 'cohort_id', (l) => l.cohortId),
    skillsOfMinor: skillsLoader(dataSource, MinorSkillEntity, 'minor_id', (l) => l.minorId),
    skillsOfChallenge: skillsLoader(
      dataSource,
      ChallengeSkillEntity,
      'challenge_id',
      (l) => l.challengeId,
    ),
    minor: new DataLoader(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(MinorEntity).findBy({ id: In([...ids]) }),
        (m) => m.id,
      ),
    ),
    challenge: new DataLoader(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(ChallengeEntity).findBy({ id: In([...ids]) }),
        (c) => c.id,
      ),
    ),
    partnerSlot: new DataLoader(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(MinorPartnerSlotEntity).findBy({ id: In([...ids]) }),
        (slot) => slot.id,
      ),
    ),
    partnerSlotsOfMinor: new DataLoader(async (ids) =>
      groupByKey(
        ids,
        await dataSource
          .getRepository(MinorPartnerSlotEntity)
          .find({ where: { minorId: In([...ids]) }, order: { role: 'ASC' } }),
        (slot) => slot.minorId,
      ),
    ),
  };
  return loaders;
}
