import { Helix, MembershipRole, OrganisationStatus, PlatformRole, Role } from '@knooppunt/domain';

/** One organisation the acting user belongs to. */
export interface ActorMembership {
  organisationId: string;
  role: MembershipRole;
  helix: Helix;
  status: OrganisationStatus;
}

/** The signed-in user of a request, resolved once from the session. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole | null;
  memberships: ActorMembership[];
  /** Effective roles: platform role plus the helix roles of active memberships. */
  roles: Role[];
}

/** Who acts and where the request came from: the first argument of every service call. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export function isCoordinator(actor: Actor | null): boolean {
  return (
    actor?.platformRole === PlatformRole.COORDINATOR || actor?.platformRole === PlatformRole.ADMIN
  );
}

export function isAdmin(actor: Actor | null): boolean {
  return actor?.platformRole === PlatformRole.ADMIN;
}

export function membershipOf(
  actor: Actor | null,
  organisationId: string,
): ActorMembership | undefined {
  return actor?.memberships.find((membership) => membership.organisationId === organisationId);
}

export function isOrganisationAdmin(actor: Actor | null, organisationId: string): boolean {
  return membershipOf(actor, organisationId)?.role === MembershipRole.ORGANISATION_ADMIN;
}
