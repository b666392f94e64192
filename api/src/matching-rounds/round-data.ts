import { Ecosystem, NeedStatus, SkillCategory, SkillImportance } from '@knooppunt/domain';
import type { CohortProfile, InternshipNeedProfile } from '@knooppunt/matching';
import { EntityManager, In } from 'typeorm';
import type { RequestContext } from '../core/auth/actor';
import type { CohortFilter } from '../marketplace/dto/cohort.inputs';
import type { InternshipNeedFilter } from '../marketplace/dto/internship-need.inputs';
import { CohortEntity } from '../marketplace/entities/cohort.entity';
import { InternshipNeedEntity } from '../marketplace/entities/internship-need.entity';
import { applyListingFilters } from '../marketplace/listing-rules';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import type { RoundCohort, RoundNeed } from './round-builder';

// Loads what a run reads: the OPEN needs and cohorts the round's filters choose (resolved now,
// at run time), with their skills, organisations and what placements left of them.

/** At most this many needs and this many cohorts take part in one round. */
export const MAX_PER_SIDE = 20_000;

/** The filters read only status OPEN, so no caller is needed to decide on drafts. */
const JOB_CONTEXT: RequestContext = { actor: null, requestId: null, ip: null, userAgent: null };

export async function chosenNeedIds(
  manager: EntityManager,
  filter: InternshipNeedFilter,
): Promise<string[]> {
  const builder = manager.getRepository(InternshipNeedEntity).createQueryBuilder('need');
  applyListingFilters(
    builder,
    {
      alias: 'need',
      municipalityColumn: 'site_municipality_code',
      skillTable: 'internship_need_skill',
      skillOwnerColumn: 'need_id',
    },
    JOB_CONTEXT,
    { ...filter, status: NeedStatus.OPEN },
  );
  if (filter.level) builder.andWhere(':level = ANY(need.levels)', { level: filter.level });
  if (filter.theme) builder.andWhere(':theme = ANY(need.themes)', { theme: filter.theme });
  if (filter.ecosystem) {
    builder.andWhere(
      'EXISTS (SELECT 1 FROM organisation o WHERE o.id = need.organisation_id AND o.ecosystem = :ecosystem)',
      { ecosystem: filter.ecosystem },
    );
  }
  const rows = await builder
    .select('need.id', 'id')
    .orderBy('need.id', 'ASC')
    .limit(MAX_PER_SIDE + 1)
    .getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}

export async function chosenCohortIds(
  manager: EntityManager,
  filter: CohortFilter,
): Promise<string[]> {
  const builder = manager.getRepository(CohortEntity).createQueryBuilder('cohort');
  applyListingFilters(
    builder,
    {
      alias: 'cohort',
      municipalityColumn: 'municipality_code',
      skillTable: 'cohort_skill',
      skillOwnerColumn: 'cohort_id',
    },
    JOB_CONTEXT,
    { ...filter, status: NeedStatus.OPEN },
  );
  if (filter.level) builder.andWhere('cohort.level = :level', { level: filter.level });
  if (filter.ecosystem) {
    builder.andWhere(
      'EXISTS (SELECT 1 FROM organisation o WHERE o.id = cohort.organisation_id AND o.ecosystem = :ecosystem)',
      { ecosystem: filter.ecosystem },
    );
  }
  const rows = await builder
    .select('cohort.id', 'id')
    .orderBy('cohort.id', 'ASC')
    .limit(MAX_PER_SIDE + 1)
    .getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}

function groupBy<T extends { owner: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.owner);
    if (group) group.push(row);
    else groups.set(row.owner, [row]);
  }
  return groups;
}

async function organisationsOf(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, OrganisationEntity>> {
  const rows = ids.length
    ? await manager.getRepository(OrganisationEntity).findBy({ id: In([...new Set(ids)]) })
    : [];
  return new Map(rows.map((o) => [o.id, o]));
}

async function placedOf(
  manager: EntityManager,
  table: 'internship_need' | 'cohort',
  ids: string[],
): Promise<Map<string, number>> {
  const rows: { id: string; placed: number }[] = ids.length
    ? await manager.query(`SELECT id, placed FROM ${table} WHERE id = ANY($1)`, [ids])
    : [];
  return new Map(rows.map((r) => [r.id, Number(r.placed)]));
}

export async function loadNeeds(manager: EntityManager, ids: string[]): Promise<RoundNeed[]> {
  if (ids.length === 0) return [];
  const needs = await manager.getRepository(InternshipNeedEntity).findBy({ id: In(ids) });
  const skills: {
    owner: string;
    skill: string;
    category: SkillCategory;
    importance: SkillImportance;
  }[] = await manager.query(
    `SELECT l.need_id AS owner, l.skill_id AS skill, s.category, l.importance
         FROM internship_need_skill l JOIN skill s ON s.id = l.skill_id
        WHERE l.need_id = ANY($1) ORDER BY l.need_id, l.skill_id`,
    [ids],
  );
  const organisations = await organisationsOf(
    manager,
    needs.map((n) => n.organisationId),
  );
  const placed = await placedOf(manager, 'internship_need', ids);
  const skillsOf = groupBy(skills);
  return needs.map((need) => {
    const organisation = organisations.get(need.organisationId);
    const profile: InternshipNeedProfile = {
      id: need.id,
      levels: need.levels,
      skills: (skillsOf.get(need.id) ?? []).map((s) => ({
        skill: s.skill,
        category: s.category,
        importance: s.importance,
      })),
      start: need.startDate,
      end: need.endDate,
      municipality: need.siteMunicipalityCode,
      themes: need.themes,
      ecosystem: organisation?.ecosystem ?? Ecosystem.OTHER,
      // No compensation (none, or zero) is a barrier, not an exclusion.
      compensation: need.monthlyCompensation !== null && Number(need.monthlyCompensation) > 0,
      places: need.places,
    };
    return {
      profile,
      name: need.title,
      organisationId: need.organisationId,
      organisationName: organisation?.name ?? '',
      remaining: Math.max(0, need.places - (placed.get(need.id) ?? 0)),
    };
  });
}

export async function loadCohorts(manager: EntityManager, ids: string[]): Promise<RoundCohort[]> {
  if (ids.length === 0) return [];
  const cohorts = await manager.getRepository(CohortEntity).findBy({ id: In(ids) });
  const skills: { owner: string; skill: string; category: SkillCategory }[] = await manager.query(
    `SELECT l.cohort_id AS owner, l.skill_id AS skill, s.category
       FROM cohort_skill l JOIN skill s ON s.id = l.skill_id
      WHERE l.cohort_id = ANY($1) ORDER BY l.cohort_id, l.skill_id`,
    [ids],
  );
  const organisations = await organisationsOf(
    manager,
    cohorts.map((c) => c.organisationId),
  );
  const placed = await placedOf(manager, 'cohort', ids);
  const skillsOf = groupBy(skills);
  return cohorts.map((cohort) => {
    const organisation = organisations.get(cohort.organisationId);
    const profile: CohortProfile = {
      id: cohort.id,
      level: cohort.level,
      skills: (skillsOf.get(cohort.id) ?? []).map((s) => ({
        skill: s.skill,
        category: s.category,
      })),
      start: cohort.startDate,
      end: cohort.endDate,
      municipality: cohort.municipalityCode,
      maxTravelMinutes: cohort.maxTravelMinutes,
      students: cohort.students,
      ecosystem: organisation?.ecosystem ?? Ecosystem.OTHER,
    };
    return {
      profile,
      name: cohort.programmeName,
      organisationId: cohort.organisationId,
      organisationName: organisation?.name ?? '',
      remaining: Math.max(0, cohort.students - (placed.get(cohort.id) ?? 0)),
    };
  });
}
