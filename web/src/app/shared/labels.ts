import type {
  Ecosystem,
  Helix,
  MailStatus,
  MembershipRole,
  OrganisationKind,
  OrganisationStatus,
  Role,
  Theme,
} from '../generated/graphql';

// Records over the generated enum types: a value the API adds fails the build
// until it has a translation key.
export const helixLabelKeys: Readonly<Record<Helix, string>> = {
  BUSINESS: 'labels.helix.BUSINESS',
  EDUCATION: 'labels.helix.EDUCATION',
  GOVERNMENT: 'labels.helix.GOVERNMENT',
};

export const organisationKindLabelKeys: Readonly<Record<OrganisationKind, string>> = {
  COMPANY: 'labels.kind.COMPANY',
  SCHOOL_MBO: 'labels.kind.SCHOOL_MBO',
  SCHOOL_HBO: 'labels.kind.SCHOOL_HBO',
  UNIVERSITY: 'labels.kind.UNIVERSITY',
  TRAINING_PROVIDER: 'labels.kind.TRAINING_PROVIDER',
  MUNICIPALITY: 'labels.kind.MUNICIPALITY',
  REGIONAL_BODY: 'labels.kind.REGIONAL_BODY',
};

export const ecosystemLabelKeys: Readonly<Record<Ecosystem, string>> = {
  BUSINESS_FINANCE_ICT: 'labels.ecosystem.BUSINESS_FINANCE_ICT',
  LOGISTICS_TRADE: 'labels.ecosystem.LOGISTICS_TRADE',
  OTHER: 'labels.ecosystem.OTHER',
};

export const organisationStatusLabelKeys: Readonly<Record<OrganisationStatus, string>> = {
  PENDING: 'labels.status.PENDING',
  ACTIVE: 'labels.status.ACTIVE',
  REJECTED: 'labels.status.REJECTED',
};

export const themeLabelKeys: Readonly<Record<Theme, string>> = {
  SUSTAINABILITY: 'labels.theme.SUSTAINABILITY',
  DIGITAL: 'labels.theme.DIGITAL',
  TECHNICAL: 'labels.theme.TECHNICAL',
  LOGISTICS: 'labels.theme.LOGISTICS',
  HORTICULTURE: 'labels.theme.HORTICULTURE',
  AVIATION: 'labels.theme.AVIATION',
  FINANCE: 'labels.theme.FINANCE',
  CARE: 'labels.theme.CARE',
  HOSPITALITY: 'labels.theme.HOSPITALITY',
  CONSTRUCTION: 'labels.theme.CONSTRUCTION',
};

export const membershipRoleLabelKeys: Readonly<Record<MembershipRole, string>> = {
  MEMBER: 'labels.membershipRole.MEMBER',
  ORGANISATION_ADMIN: 'labels.membershipRole.ORGANISATION_ADMIN',
};

export const roleLabelKeys: Readonly<Record<Role, string>> = {
  COMPANY_MEMBER: 'labels.role.COMPANY_MEMBER',
  SCHOOL_MEMBER: 'labels.role.SCHOOL_MEMBER',
  GOVERNMENT_MEMBER: 'labels.role.GOVERNMENT_MEMBER',
  COORDINATOR: 'labels.role.COORDINATOR',
  ADMIN: 'labels.role.ADMIN',
};

export const mailStatusLabelKeys: Readonly<Record<MailStatus, string>> = {
  PENDING: 'labels.mailStatus.PENDING',
  SENT: 'labels.mailStatus.SENT',
  LOGGED: 'labels.mailStatus.LOGGED',
  FAILED: 'labels.mailStatus.FAILED',
};

/** Every enum value in a fixed order, for selects and checkbox lists. */
export const helixes = Object.keys(helixLabelKeys) as Helix[];
export const organisationKinds = Object.keys(organisationKindLabelKeys) as OrganisationKind[];
export const ecosystems = Object.keys(ecosystemLabelKeys) as Ecosystem[];
export const themes = Object.keys(themeLabelKeys) as Theme[];
export const membershipRoles = Object.keys(membershipRoleLabelKeys) as MembershipRole[];
