/** Lifecycle of an internship need: draft → open → filled / closed. */
export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

export enum WorkMode {
  ON_SITE = 'ON_SITE',
  HYBRID = 'HYBRID',
}

/** How much a required skill counts in matching. */
export enum SkillImportance {
  MUST_HAVE = 'MUST_HAVE',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
}

const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  [NeedStatus.DRAFT]: [NeedStatus.OPEN, NeedStatus.CLOSED],
  [NeedStatus.OPEN]: [NeedStatus.FILLED, NeedStatus.CLOSED],
  [NeedStatus.FILLED]: [NeedStatus.OPEN, NeedStatus.CLOSED],
  [NeedStatus.CLOSED]: [],
};

/** Whether a need may go from one status to another. */
export function canChangeNeedStatus(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

/** True when two inclusive date ranges (ISO yyyy-mm-dd) share at least one day. */
export function periodsOverlap(
  aStart: string,
  aEnd: string,
  bStart: string,
  bEnd: string,
): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** What a school offers: a minor, a retraining programme or a masterclass. */
export enum MinorKind {
  MINOR = 'MINOR',
  RETRAINING = 'RETRAINING',
  MASTERCLASS = 'MASTERCLASS',
}

/** The role a company partner plays in a minor; a minor asks partners per role. */
export enum PartnerRole {
  GUEST_LECTURE = 'GUEST_LECTURE',
  CASE = 'CASE',
  COMPANY_VISIT = 'COMPANY_VISIT',
  INTERNSHIP_PLACES = 'INTERNSHIP_PLACES',
}

/** A company's offer for a minor's partner slot, or a minor adopting a challenge. */
export enum PartnershipKind {
  PARTNER_SLOT = 'PARTNER_SLOT',
  CHALLENGE_ADOPTION = 'CHALLENGE_ADOPTION',
}

/** proposed → accepted / declined / withdrawn; an accepted partnership can still be withdrawn. */
export enum PartnershipStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

const PARTNERSHIP_TRANSITIONS: Readonly<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  [PartnershipStatus.PROPOSED]: [
    PartnershipStatus.ACCEPTED,
    PartnershipStatus.DECLINED,
    PartnershipStatus.WITHDRAWN,
  ],
  [PartnershipStatus.ACCEPTED]: [PartnershipStatus.WITHDRAWN],
  [PartnershipStatus.DECLINED]: [],
  [PartnershipStatus.WITHDRAWN]: [],
};

/** Whether a partnership may go from one status to another. */
export function canChangePartnershipStatus(
  from: PartnershipStatus,
  to: PartnershipStatus,
): boolean {
  return PARTNERSHIP_TRANSITIONS[from].includes(to);
}
