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
