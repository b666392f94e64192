import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { Invitation, Membership, Organisation } from './models/organisation.models';

export function toOrganisation(entity: OrganisationEntity): Organisation {
  return {
    id: entity.id,
    name: entity.name,
    helix: entity.helix,
    kind: entity.kind,
    status: entity.status,
    municipalityCode: entity.municipalityCode,
    ecosystem: entity.ecosystem,
    themes: entity.themes,
    address: entity.address,
    website: entity.website,
    description: entity.description,
    kvkNumber: entity.kvkNumber,
    brinCode: entity.brinCode,
    rejectionReasonValue: entity.rejectionReason,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toMembership(entity: MembershipEntity): Membership {
  return {
    id: entity.id,
    role: entity.role,
    userId: entity.userId,
    organisationId: entity.organisationId,
    createdAt: entity.createdAt,
  };
}

export function toInvitation(entity: InvitationEntity): Invitation {
  return {
    id: entity.id,
    email: entity.email,
    role: entity.role,
    organisationId: entity.organisationId,
    expiresAt: entity.expiresAt,
    createdAt: entity.createdAt,
  };
}
