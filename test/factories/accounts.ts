import {
  MembershipRole,
  OrganisationKind,
  OrganisationStatus,
  PlatformRole,
  helixOfKind,
} from '@knooppunt/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../api/src/accounts/entities/user.entity';
import { hashPassword } from '../../api/src/accounts/passwords';
import { SessionsService } from '../../api/src/accounts/sessions.service';
import { MembershipEntity } from '../../api/src/organisations/entities/membership.entity';
import { OrganisationEntity } from '../../api/src/organisations/entities/organisation.entity';

/** The password every factory-made user has. */
export const FACTORY_PASSWORD = 'fietspad-langs-de-Amstel-77';
let passwordHash: Promise<string> | undefined;

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function userFactory(
  dataSource: DataSource,
  overrides: Partial<
    Pick<UserEntity, 'email' | 'displayName' | 'platformRole' | 'emailVerifiedAt' | 'locale'>
  > = {},
): Promise<UserEntity> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  return dataSource.getRepository(UserEntity).save({
    email: overrides.email ?? `${unique('user')}@test.example`,
    displayName: overrides.displayName ?? 'Test Gebruiker',
    passwordHash: await passwordHash,
    emailVerifiedAt:
      overrides.emailVerifiedAt === undefined ? new Date() : overrides.emailVerifiedAt,
    platformRole: overrides.platformRole ?? null,
    locale: overrides.locale ?? 'nl',
  });
}

export async function organisationFactory(
  dataSource: DataSource,
  overrides: Partial<
    Pick<OrganisationEntity, 'name' | 'kind' | 'status' | 'municipalityCode'>
  > = {},
): Promise<OrganisationEntity> {
  const kind = overrides.kind ?? OrganisationKind.COMPANY;
  return dataSource.getRepository(OrganisationEntity).save({
    name: overrides.name ?? unique('Testbedrijf'),
    kind,
    helix: helixOfKind(kind),
    status: overrides.status ?? OrganisationStatus.ACTIVE,
    municipalityCode: overrides.municipalityCode ?? 'GM0362',
    kvkNumber:
      kind === OrganisationKind.COMPANY
        ? String(10_000_000 + Math.floor(Math.random() * 89_999_999))
        : null,
    brinCode: kind === OrganisationKind.SCHOOL_MBO ? '99ZZ' : null,
  });
}

export async function membershipFactory(
  dataSource: DataSource,
  user: UserEntity,
  organisation: OrganisationEntity,
  role = MembershipRole.MEMBER,
): Promise<MembershipEntity> {
  return dataSource
    .getRepository(MembershipEntity)
    .save({ userId: user.id, organisationId: organisation.id, role });
}

/** A signed-in session for the user, as login would make it; returns the bearer token. */
export async function sessionFactory(
  dataSource: DataSource,
  sessions: SessionsService,
  user: UserEntity,
): Promise<string> {
  const { token } = await sessions.create(dataSource.manager, user.id, 'jest');
  return token;
}

export { PlatformRole, MembershipRole, OrganisationKind, OrganisationStatus };

/** An internship need of an organisation, inserted directly (status OPEN unless given). */
export async function needFactory(
  dataSource: DataSource,
  organisation: OrganisationEntity,
  overrides: Partial<{
    title: string;
    description: string;
    status: string;
    levels: string[];
    themes: string[];
    startDate: string;
    endDate: string;
    municipalityCode: string;
    places: number;
  }> = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO internship_need (organisation_id, title, description, field_of_study, levels, start_date, end_date,
       hours_per_week, places, site_municipality_code, themes, status)
     VALUES ($1, $2, $3, 'Logistiek', $4::education_level[], $5, $6, 32, $7, $8, $9::theme[], $10) RETURNING id`,
    [
      organisation.id,
      overrides.title ?? unique('Stage'),
      overrides.description ?? '',
      overrides.levels ?? ['MBO_4'],
      overrides.startDate ?? '2027-02-01',
      overrides.endDate ?? '2027-06-30',
      overrides.places ?? 2,
      overrides.municipalityCode ?? organisation.municipalityCode,
      overrides.themes ?? [],
      overrides.status ?? 'OPEN',
    ],
  );
  return row.id;
}

/** A cohort of a school, inserted directly (status OPEN unless given). */
export async function cohortFactory(
  dataSource: DataSource,
  school: OrganisationEntity,
  overrides: Partial<{
    programmeName: string;
    description: string;
    status: string;
    level: string;
    startDate: string;
    endDate: string;
  }> = {},
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO cohort (organisation_id, programme_name, programme_code, description, level, students, start_date, end_date, municipality_code, status)
     VALUES ($1, $2, '25183', $3, $4, 12, $5, $6, $7, $8) RETURNING id`,
    [
      school.id,
      overrides.programmeName ?? unique('Opleiding'),
      overrides.description ?? '',
      overrides.level ?? 'MBO_4',
      overrides.startDate ?? '2027-02-01',
      overrides.endDate ?? '2027-06-30',
      school.municipalityCode,
      overrides.status ?? 'OPEN',
    ],
  );
  return row.id;
}
