import {
  EDUCATION_LEVELS,
  EducationLevel,
  familyOfLevel,
  SkillCategory,
  SkillImportance,
} from '@knooppunt/domain';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';

/**
 * How many candidates one recommendation scores at most. The SQL orders the candidates by the
 * share of the asked skill weight they match exactly (the part of the skills component the
 * index can see), then same municipality, then id, and keeps the first 500; the matching
 * engine ranks those exactly. Below the cap (the normal case) the result is exactly the top-k
 * of every listing sharing a skill; above it, a listing outside the 500 can only be missed
 * when it shares less asked skill weight than all 500 and makes up for it on level, period,
 * reach and theme.
 */
export const CANDIDATE_CAP = 500;

/** A skill as the engine reads it; `importance` only for listings that rank their skills. */
export interface SkillRow {
  id: string;
  category: SkillCategory;
  importance: SkillImportance | null;
}

/** The weight the engine gives a skill (2 must-have, 1 nice-to-have; unranked count as 1). */
export function skillWeight(importance: SkillImportance | null): number {
  return importance === SkillImportance.MUST_HAVE ? 2 : 1;
}

/** Every level of the families of these levels; null (no condition) when none is given. */
export function levelsOfFamilies(levels: readonly EducationLevel[]): EducationLevel[] | null {
  if (levels.length === 0) return null;
  const families = new Set(levels.map(familyOfLevel));
  return EDUCATION_LEVELS.filter((level) => families.has(familyOfLevel(level)));
}

/** A listing table with its skill link table. */
export interface ListingTable {
  table: string;
  linkTable: string;
  ownerColumn: string;
  municipalityColumn: string;
  /** Whether its link rows carry an importance (must-have / nice-to-have). */
  ranked: boolean;
}

export const NEEDS: ListingTable = {
  table: 'internship_need',
  linkTable: 'internship_need_skill',
  ownerColumn: 'need_id',
  municipalityColumn: 'site_municipality_code',
  ranked: true,
};
export const COHORTS: ListingTable = {
  table: 'cohort',
  linkTable: 'cohort_skill',
  ownerColumn: 'cohort_id',
  municipalityColumn: 'municipality_code',
  ranked: false,
};
export const MINORS: ListingTable = {
  table: 'minor',
  linkTable: 'minor_skill',
  ownerColumn: 'minor_id',
  municipalityColumn: 'municipality_code',
  ranked: false,
};
export const CHALLENGES: ListingTable = {
  table: 'challenge',
  linkTable: 'challenge_skill',
  ownerColumn: 'challenge_id',
  municipalityColumn: 'municipality_code',
  ranked: false,
};

const weightSql = (alias: string) => `CASE ${alias}.importance WHEN 'MUST_HAVE' THEN 2 ELSE 1 END`;

/** The skills of the row `x` of a listing table, as json [{ id, category, importance }]. */
function skillsJson(listing: ListingTable, owner = 'x.id'): string {
  const importance = listing.ranked ? 'l.importance' : 'NULL';
  return `(SELECT coalesce(json_agg(json_build_object('id', s.id, 'category', s.category, 'importance', ${importance}) ORDER BY s.id), '[]'::json)
    FROM ${listing.linkTable} l JOIN skill s ON s.id = l.skill_id WHERE l.${listing.ownerColumn} = ${owner})`;
}

/** The source of a recommendation: its skills and its organisation's ecosystem (one statement). */
export async function sourceDetail(
  manager: EntityManager,
  listing: ListingTable,
  id: string,
  organisationId: string,
): Promise<{ skills: SkillRow[]; ecosystem: string }> {
  const [row] = (await manager.query(
    `SELECT (SELECT ecosystem FROM organisation WHERE id = $2) AS ecosystem, ${skillsJson(listing, '$1')} AS skills`,
    [id, organisationId],
  )) as { ecosystem: string; skills: SkillRow[] }[];
  return row;
}

/** What the source asks of its candidates. */
export interface CandidateQuery {
  /** The source's skills; candidates share at least one (all qualify when it has none). */
  skills: SkillRow[];
  /** True when the candidates are the asking side (their own skill weights count). */
  candidatesAsk: boolean;
  /** Inclusive period the candidates must overlap. */
  start: string;
  end: string;
  municipality: string;
  /** Extra SQL conditions on `x` (the candidate) with named parameters. */
  where?: string[];
  parameters?: Record<string, unknown>;
}

/** A candidate listing with what the engine needs beyond the entity. */
export interface Candidate<T> {
  entity: T;
  ecosystem: string;
  skills: SkillRow[];
}

/**
 * Candidate listings for a recommendation, in ONE statement: OPEN listings of ACTIVE
 * organisations that overlap the period, meet the extra conditions and share at least one
 * skill with the source — found from the source's skills through the link table's
 * (skill_id, owner) index, so the cost grows with the listings sharing a skill, not with all
 * listings — capped at {@link CANDIDATE_CAP}, read whole with their skills and ecosystem.
 */
export async function listingCandidates<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  listing: ListingTable,
  query: CandidateQuery,
): Promise<Candidate<T>[]> {
  const { table, linkTable, ownerColumn } = listing;
  const conditions = [
    `x.status = 'OPEN'`,
    `o.status = 'ACTIVE'`,
    'x.start_date <= :periodEnd',
    'x.end_date >= :periodStart',
    ...(query.where ?? []),
  ];
  let hits: string;
  let rank: string;
  if (query.skills.length === 0) {
    // Nothing asked or offered to go by: every listing that fits qualifies, nearest first.
    hits = `SELECT id FROM ${table}`;
    rank = '0';
  } else if (!query.candidatesAsk) {
    // The source asks: a candidate's rank is the weight of the asked skills it has.
    hits = `SELECT l.${ownerColumn} AS id, sum(w.weight)::float8 AS shared
      FROM ${linkTable} l
      JOIN unnest(CAST(:skillIds AS uuid[]), CAST(:skillWeights AS int[])) AS w (skill_id, weight) ON w.skill_id = l.skill_id
      GROUP BY l.${ownerColumn}`;
    rank = 'h.shared';
  } else {
    // The candidates ask: the share of their own asked weight that the source has.
    const weight = listing.ranked ? weightSql('l') : '1';
    hits = `SELECT l.${ownerColumn} AS id, sum(${weight})::float8 AS shared
      FROM ${linkTable} l WHERE l.skill_id = ANY(CAST(:skillIds AS uuid[]))
      GROUP BY l.${ownerColumn}`;
    rank = `h.shared / (SELECT sum(${listing.ranked ? weightSql('t') : '1'}) FROM ${linkTable} t WHERE t.${ownerColumn} = x.id)`;
  }
  const sameMunicipality = `(x.${listing.municipalityColumn} = :municipality)`;
  const candidates = `SELECT x.id, ${rank} AS rank, ${sameMunicipality} AS near
    FROM (${hits}) h JOIN ${table} x ON x.id = h.id JOIN organisation o ON o.id = x.organisation_id
    WHERE ${conditions.join(' AND ')}
    ORDER BY rank DESC, near DESC, x.id
    LIMIT :cap`;
  const builder = manager
    .getRepository(entity)
    .createQueryBuilder('x')
    .innerJoin(`(${candidates})`, 'cand', 'cand.id = x.id')
    .innerJoin(OrganisationEntity, 'org', 'org.id = x.organisation_id')
    .addSelect('org.ecosystem', 'org_ecosystem')
    .addSelect(skillsJson(listing), 'x_skill_rows')
    .orderBy('cand.rank', 'DESC')
    .addOrderBy('cand.near', 'DESC')
    .addOrderBy('x.id', 'ASC')
    .setParameters({
      ...query.parameters,
      skillIds: query.skills.map((s) => s.id),
      skillWeights: query.skills.map((s) => skillWeight(s.importance)),
      periodStart: query.start,
      periodEnd: query.end,
      municipality: query.municipality,
      cap: CANDIDATE_CAP,
    });
  const { entities, raw } = await builder.getRawAndEntities<{
    x_id: string;
    org_ecosystem: string;
    x_skill_rows: SkillRow[];
  }>();
  const extra = new Map(raw.map((row) => [row.x_id, row]));
  return entities.map((row) => {
    const found = extra.get(row['id'] as string);
    if (!found) throw new Error(`Candidate ${String(row['id'])} lost its details`);
    return { entity: row, ecosystem: found.org_ecosystem, skills: found.x_skill_rows };
  });
}

/** A company as a possible partner of a minor: derived from its open listings. */
export interface CompanyCandidate<T> {
  entity: T;
  /** The skills of its open needs (highest importance) and open challenges (unranked). */
  skills: SkillRow[];
  /** The themes of the company and of its open needs and challenges. */
  themes: string[];
}

/**
 * Companies for a minor, in ONE statement: ACTIVE business organisations with an OPEN need or
 * challenge sharing a skill with the minor (through the link tables' skill index), ordered by
 * the number of the minor's skills they ask, capped at {@link CANDIDATE_CAP}.
 */
export async function companyCandidates<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  skillIds: string[],
  municipality: string,
): Promise<CompanyCandidate<T>[]> {
  if (skillIds.length === 0) return [];
  const hits = `SELECT k.organisation_id AS id, count(DISTINCT k.skill_id)::float8 AS shared FROM (
      SELECT n.organisation_id, l.skill_id FROM internship_need_skill l JOIN internship_need n ON n.id = l.need_id
        WHERE l.skill_id = ANY(CAST(:skillIds AS uuid[])) AND n.status = 'OPEN'
      UNION ALL
      SELECT c.organisation_id, l.skill_id FROM challenge_skill l JOIN challenge c ON c.id = l.challenge_id
        WHERE l.skill_id = ANY(CAST(:skillIds AS uuid[])) AND c.status = 'OPEN'
    ) k GROUP BY k.organisation_id`;
  const candidates = `SELECT x.id, h.shared AS rank, (x.municipality_code = :municipality) AS near
    FROM (${hits}) h JOIN organisation x ON x.id = h.id
    WHERE x.status = 'ACTIVE' AND x.helix = 'BUSINESS'
    ORDER BY rank DESC, near DESC, x.id
    LIMIT :cap`;
  // The lowest importance text is the strongest (MUST_HAVE < NICE_TO_HAVE); challenges add none.
  const skills = `(SELECT coalesce(json_agg(json_build_object('id', s.id, 'category', s.category, 'importance', k.importance) ORDER BY s.id), '[]'::json)
    FROM (SELECT u.skill_id, min(u.importance) AS importance FROM (
        SELECT l.skill_id, l.importance::text AS importance FROM internship_need_skill l
          JOIN internship_need n ON n.id = l.need_id WHERE n.organisation_id = x.id AND n.status = 'OPEN'
        UNION ALL
        SELECT l.skill_id, NULL FROM challenge_skill l
          JOIN challenge c ON c.id = l.challenge_id WHERE c.organisation_id = x.id AND c.status = 'OPEN'
      ) u GROUP BY u.skill_id) k JOIN skill s ON s.id = k.skill_id)`;
  const themes = `(SELECT coalesce(json_agg(DISTINCT t.theme), '[]'::json) FROM (
      SELECT unnest(x.themes)::text AS theme
      UNION SELECT unnest(n.themes)::text FROM internship_need n WHERE n.organisation_id = x.id AND n.status = 'OPEN'
      UNION SELECT unnest(c.themes)::text FROM challenge c WHERE c.organisation_id = x.id AND c.status = 'OPEN'
    ) t)`;
  const { entities, raw } = await manager
    .getRepository(entity)
    .createQueryBuilder('x')
    .innerJoin(`(${candidates})`, 'cand', 'cand.id = x.id')
    .addSelect(skills, 'x_skill_rows')
    .addSelect(themes, 'x_theme_rows')
    .orderBy('cand.rank', 'DESC')
    .addOrderBy('cand.near', 'DESC')
    .addOrderBy('x.id', 'ASC')
    .setParameters({ skillIds, municipality, cap: CANDIDATE_CAP })
    .getRawAndEntities<{ x_id: string; x_skill_rows: SkillRow[]; x_theme_rows: string[] }>();
  const extra = new Map(raw.map((row) => [row.x_id, row]));
  return entities.map((row) => {
    const found = extra.get(row['id'] as string);
    if (!found) throw new Error(`Candidate ${String(row['id'])} lost its details`);
    return { entity: row, skills: found.x_skill_rows, themes: found.x_theme_rows };
  });
}
