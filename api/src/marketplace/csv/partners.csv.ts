import { EntityManager } from 'typeorm';
import { ChallengeEntity } from '../entities/challenge.entity';
import { MinorEntity } from '../entities/minor.entity';
import { PartnershipEntity } from '../entities/partnership.entity';
import type { CsvValue } from './csv';
import { groupBy, organisationNames } from './listing-csv';

/** How a list that is only exported (not imported) becomes CSV rows. */
export interface CsvExport<Entity> {
  filename: string;
  header: readonly string[];
  cells(manager: EntityManager, items: Entity[]): Promise<CsvValue[][]>;
}

/** Skill codes of listings from a link table, `|`-separated per listing. */
async function skillCodes(
  manager: EntityManager,
  table: 'minor_skill' | 'challenge_skill',
  column: 'minor_id' | 'challenge_id',
  ids: string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const links: { ownerId: string; code: string }[] = await manager.query(
    `SELECT l.${column} AS "ownerId", s.code FROM ${table} l
     JOIN skill s ON s.id = l.skill_id WHERE l.${column} = ANY($1) ORDER BY s.code`,
    [ids],
  );
  return groupBy(
    links,
    (link) => link.ownerId,
    (link) => link.code,
  );
}

export const MINOR_EXPORT: CsvExport<MinorEntity> = {
  filename: 'minors',
  header: [
    'organisation',
    'kind',
    'title',
    'description',
    'level',
    'credits',
    'capacity',
    'start_date',
    'end_date',
    'municipality',
    'themes',
    'skills',
    'partner_slots',
    'status',
  ],
  async cells(manager, minors) {
    const ids = minors.map((minor) => minor.id);
    const names = await organisationNames(
      manager,
      minors.map((minor) => minor.organisationId),
    );
    const skills = await skillCodes(manager, 'minor_skill', 'minor_id', ids);
    const slots: { minorId: string; slot: string }[] =
      ids.length === 0
        ? []
        : await manager.query(
            `SELECT minor_id AS "minorId", role || ':' || filled || '/' || wanted AS slot
             FROM minor_partner_slot WHERE minor_id = ANY($1) ORDER BY role`,
            [ids],
          );
    const slotsOf = groupBy(
      slots,
      (row) => row.minorId,
      (row) => row.slot,
    );
    return minors.map((minor) => [
      names.get(minor.organisationId) ?? minor.organisationId,
      minor.kind,
      minor.title,
      minor.description,
      minor.level,
      minor.credits,
      minor.capacity,
      minor.startDate,
      minor.endDate,
      minor.municipalityCode,
      minor.themes.join('|'),
      (skills.get(minor.id) ?? []).join('|'),
      (slotsOf.get(minor.id) ?? []).join('|'),
      minor.status,
    ]);
  },
};

export const CHALLENGE_EXPORT: CsvExport<ChallengeEntity> = {
  filename: 'praktijkvraagstukken',
  header: [
    'organisation',
    'title',
    'description',
    'start_date',
    'end_date',
    'team_size_min',
    'team_size_max',
    'municipality',
    'themes',
    'skills',
    'status',
  ],
  async cells(manager, challenges) {
    const names = await organisationNames(
      manager,
      challenges.map((challenge) => challenge.organisationId),
    );
    const skills = await skillCodes(
      manager,
      'challenge_skill',
      'challenge_id',
      challenges.map((challenge) => challenge.id),
    );
    return challenges.map((challenge) => [
      names.get(challenge.organisationId) ?? challenge.organisationId,
      challenge.title,
      challenge.description,
      challenge.startDate,
      challenge.endDate,
      challenge.teamSizeMin,
      challenge.teamSizeMax,
      challenge.municipalityCode,
      challenge.themes.join('|'),
      (skills.get(challenge.id) ?? []).join('|'),
      challenge.status,
    ]);
  },
};

export const PARTNERSHIP_EXPORT: CsvExport<PartnershipEntity> = {
  filename: 'partnerschappen',
  header: [
    'kind',
    'status',
    'minor',
    'role',
    'challenge',
    'proposer',
    'recipient',
    'message',
    'response_message',
    'proposed_at',
    'answered_at',
  ],
  async cells(manager, partnerships) {
    const names = await organisationNames(
      manager,
      partnerships.flatMap((p) => [p.proposerOrganisationId, p.recipientOrganisationId]),
    );
    const titles = async (table: 'minor' | 'challenge', ids: (string | null)[]) => {
      const distinct = [...new Set(ids.filter((id): id is string => id !== null))];
      if (distinct.length === 0) return new Map<string, string>();
      const rows: { id: string; title: string }[] = await manager.query(
        `SELECT id, title FROM ${table} WHERE id = ANY($1)`,
        [distinct],
      );
      return new Map(rows.map((row) => [row.id, row.title]));
    };
    const minors = await titles(
      'minor',
      partnerships.map((p) => p.minorId),
    );
    const challenges = await titles(
      'challenge',
      partnerships.map((p) => p.challengeId),
    );
    const slotIds = partnerships.map((p) => p.slotId).filter((id): id is string => id !== null);
    const roles: { id: string; role: string }[] =
      slotIds.length === 0
        ? []
        : await manager.query('SELECT id, role FROM minor_partner_slot WHERE id = ANY($1)', [
            slotIds,
          ]);
    const roleOf = new Map(roles.map((row) => [row.id, row.role]));
    return partnerships.map((p) => [
      p.kind,
      p.status,
      minors.get(p.minorId) ?? p.minorId,
      p.slotId ? (roleOf.get(p.slotId) ?? '') : '',
      p.challengeId ? (challenges.get(p.challengeId) ?? '') : '',
      names.get(p.proposerOrganisationId) ?? p.proposerOrganisationId,
      names.get(p.recipientOrganisationId) ?? p.recipientOrganisationId,
      p.message,
      p.responseMessage,
      p.createdAt.toISOString(),
      p.respondedAt ? p.respondedAt.toISOString() : null,
    ]);
  },
};
