/** A standing round table on a theme (transitietafel) or a sector's theme table (thematafel). */
export enum TableKind {
  TRANSITION_TABLE = 'TRANSITION_TABLE',
  THEME_TABLE = 'THEME_TABLE',
}

export enum TableStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** DRAFT → POLLING → CONFIRMED; DRAFT, POLLING and CONFIRMED → CANCELLED. */
export enum ConversationStatus {
  DRAFT = 'DRAFT',
  POLLING = 'POLLING',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

export enum AvailabilityAnswer {
  YES = 'YES',
  IF_NEED_BE = 'IF_NEED_BE',
  NO = 'NO',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
