import { Helix } from './helix';

/** Platform roles (product.md §2). Member roles follow the organisation's helix. */
export enum Role {
  COMPANY_MEMBER = 'COMPANY_MEMBER',
  SCHOOL_MEMBER = 'SCHOOL_MEMBER',
  GOVERNMENT_MEMBER = 'GOVERNMENT_MEMBER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

/** A user's role within one organisation. */
export enum MembershipRole {
  MEMBER = 'MEMBER',
  ORGANISATION_ADMIN = 'ORGANISATION_ADMIN',
}

const MEMBER_ROLE_OF_HELIX: Readonly<Record<Helix, Role>> = {
  [Helix.BUSINESS]: Role.COMPANY_MEMBER,
  [Helix.EDUCATION]: Role.SCHOOL_MEMBER,
  [Helix.GOVERNMENT]: Role.GOVERNMENT_MEMBER,
};

export function memberRoleOfHelix(helix: Helix): Role {
  return MEMBER_ROLE_OF_HELIX[helix];
}

/** Permission names declared by resolvers; the guard maps roles onto them. */
export enum Permission {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in user. */
  AUTHENTICATED = 'AUTHENTICATED',
  READ_INSIGHT = 'READ_INSIGHT',
  APPROVE_ORGANISATIONS = 'APPROVE_ORGANISATIONS',
  RUN_MATCHING_ROUNDS = 'RUN_MATCHING_ROUNDS',
  ORGANISE_TABLES = 'ORGANISE_TABLES',
  MANAGE_USERS = 'MANAGE_USERS',
  MANAGE_REFERENCE_DATA = 'MANAGE_REFERENCE_DATA',
  /** Import marketplace listings (internship needs, cohorts) for organisations from CSV. */
  IMPORT_LISTINGS = 'IMPORT_LISTINGS',
}

const COORDINATOR_PERMISSIONS: readonly Permission[] = [
  Permission.AUTHENTICATED,
  Permission.READ_INSIGHT,
  Permission.APPROVE_ORGANISATIONS,
  Permission.RUN_MATCHING_ROUNDS,
  Permission.ORGANISE_TABLES,
  Permission.IMPORT_LISTINGS,
];

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.COMPANY_MEMBER]: [Permission.AUTHENTICATED],
  [Role.SCHOOL_MEMBER]: [Permission.AUTHENTICATED],
  [Role.GOVERNMENT_MEMBER]: [Permission.AUTHENTICATED, Permission.READ_INSIGHT],
  [Role.COORDINATOR]: COORDINATOR_PERMISSIONS,
  [Role.ADMIN]: [
    ...COORDINATOR_PERMISSIONS,
    Permission.MANAGE_USERS,
    Permission.MANAGE_REFERENCE_DATA,
  ],
};

/** Whether any of the roles grants the permission. PUBLIC is granted to everyone. */
export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  if (permission === Permission.PUBLIC) return true;
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** A role held on the platform itself, not through an organisation. */
export enum PlatformRole {
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

/**
 * The effective roles of a user: the platform role, if any, plus the member
 * role of the helix of every active organisation they belong to.
 */
export function effectiveRoles(
  platformRole: PlatformRole | null,
  memberHelices: readonly Helix[],
): Role[] {
  const roles = new Set<Role>(memberHelices.map(memberRoleOfHelix));
  if (platformRole === PlatformRole.COORDINATOR) roles.add(Role.COORDINATOR);
  if (platformRole === PlatformRole.ADMIN) roles.add(Role.ADMIN);
  return [...roles].sort();
}
