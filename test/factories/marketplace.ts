import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';
import { unique } from './accounts';

/** A minor of a school, inserted directly (status OPEN unless given), with partner slots. */
export async function minorFactory(
  dataSource: DataSource,
  school: OrganisationEntity,
  overrides: Partial<{
    title: string;
    description: string;
    kind: string;
    status: string;
    level: string;
    themes: string[];
    startDate: string;
    endDate: string;
    slots: { role: string; wanted: number }[];
  }> = {},
): Promise<{ id: string; slotIds: string[] }> {
  const [row] = await dataSource.query(
    `INSERT INTO minor (organisation_id, kind, title, description, level, credits, start_date, end_date, capacity, municipality_code, themes, status)
     VALUES ($1, $2, $3, $4, $5, 30, $6, $7, 25, $8, $9::theme[], $10) RETURNING id`,
    [
      school.id,
      overrides.kind ?? 'MINOR',
      overrides.title ?? unique('Minor'),
      overrides.description ?? '',
      overrides.level ?? 'HBO_BACHELOR',
      overrides.startDate ?? '2027-02-01',
      overrides.endDate ?? '2027-06-30',
      school.municipalityCode,
      overrides.themes ?? [],
      overrides.status ?? 'OPEN',
    ],
  );
  const slotIds: string[] = [];
  for (const slot of overrides.slots ?? [{ role: 'GUEST_LECTURE', wanted: 2 }]) {
    const [inserted] = await dataSource.query(
      'INSERT INTO minor_partner_slot (minor_id, role, wanted) VALUES ($1, $2, $3) RETURNING id',
      [row.id, slot.role, slot.wanted],
    );
    slotIds.push(inserted.id);
  }
  return { id: row.id, slotIds };
}

/** A challenge of a company or government body, inserted directly (status OPEN unless given). */
export async function challengeFactory(
  dataSource: DataSource,
  organisation: OrganisationEntity,
  overrides: Partial<{
    title: string;
    description: string;
    status: string;
    themes: string[];
    startDate: string;
    endDate: string;
  }> = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO challenge (organisation_id, title, description, start_date, end_date, team_size_min, team_size_max, municipality_code, themes, status)
     VALUES ($1, $2, $3, $4, $5, 3, 6, $6, $7::theme[], $8) RETURNING id`,
    [
      organisation.id,
      overrides.title ?? unique('Vraagstuk'),
      overrides.description ?? '',
      overrides.startDate ?? '2027-02-01',
      overrides.endDate ?? '2027-06-30',
      organisation.municipalityCode,
      overrides.themes ?? [],
      overrides.status ?? 'OPEN',
    ],
  );
  return row.id;
}
