import type {
  ChallengeSort,
  MinorKind,
  MinorSort,
  PartnerRole,
  PartnershipKind,
  PartnershipStatus,
} from '../generated/graphql';

// Records over the generated enum types: a value the API adds fails the build
// until it has a translation key.
export const minorKindLabelKeys: Readonly<Record<MinorKind, string>> = {
  MINOR: 'labels.minorKind.MINOR',
  RETRAINING: 'labels.minorKind.RETRAINING',
  MASTERCLASS: 'labels.minorKind.MASTERCLASS',
};

export const partnerRoleLabelKeys: Readonly<Record<PartnerRole, string>> = {
  GUEST_LECTURE: 'labels.partnerRole.GUEST_LECTURE',
  CASE: 'labels.partnerRole.CASE',
  COMPANY_VISIT: 'labels.partnerRole.COMPANY_VISIT',
  INTERNSHIP_PLACES: 'labels.partnerRole.INTERNSHIP_PLACES',
};

export const partnershipStatusLabelKeys: Readonly<Record<PartnershipStatus, string>> = {
  PROPOSED: 'labels.partnershipStatus.PROPOSED',
  ACCEPTED: 'labels.partnershipStatus.ACCEPTED',
  DECLINED: 'labels.partnershipStatus.DECLINED',
  WITHDRAWN: 'labels.partnershipStatus.WITHDRAWN',
};

export const partnershipKindLabelKeys: Readonly<Record<PartnershipKind, string>> = {
  PARTNER_SLOT: 'labels.partnershipKind.PARTNER_SLOT',
  CHALLENGE_ADOPTION: 'labels.partnershipKind.CHALLENGE_ADOPTION',
};

export const minorSortLabelKeys: Readonly<Record<MinorSort, string>> = {
  RELEVANCE: 'labels.listingSort.RELEVANCE',
  NEWEST: 'labels.listingSort.NEWEST',
  START_DATE: 'labels.listingSort.START_DATE',
  TITLE: 'labels.listingSort.TITLE',
};

export const challengeSortLabelKeys: Readonly<Record<ChallengeSort, string>> = {
  RELEVANCE: 'labels.listingSort.RELEVANCE',
  NEWEST: 'labels.listingSort.NEWEST',
  START_DATE: 'labels.listingSort.START_DATE',
  TITLE: 'labels.listingSort.TITLE',
};

/** Every enum value in a fixed order, for selects. */
export const minorKinds = Object.keys(minorKindLabelKeys) as MinorKind[];
export const partnerRoles = Object.keys(partnerRoleLabelKeys) as PartnerRole[];
export const minorSorts = Object.keys(minorSortLabelKeys) as MinorSort[];
export const challengeSorts = Object.keys(challengeSortLabelKeys) as ChallengeSort[];
