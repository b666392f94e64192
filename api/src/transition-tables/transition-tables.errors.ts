import { HELICES, Helix } from '@knooppunt/domain';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../core/errors';

// The errors of transition tables and conversations: each with a message key the web
// translates and, for bad input, the field it is about.

export const tableErrors = {
  notCoordinator: () =>
    AppError.forbidden(
      'errors.transitionTables.notCoordinator',
      'Only regional coordinators and admins organise transition tables.',
    ),
  nameTaken: () =>
    AppError.badInput(
      'name',
      'validation.transitionTable.nameTaken',
      'A transition table with this name already exists.',
    ),
  coordinatorNotCoordinator: (index: number) =>
    AppError.badInput(
      `coordinatorIds[${index}]`,
      'validation.transitionTable.coordinatorIds.notCoordinator',
      'Every coordinator of a table must be a regional coordinator or an admin.',
    ),
  memberNotOfOrganisation: (index: number) =>
    AppError.badInput(
      `members[${index}].organisationId`,
      'validation.transitionTable.members.notMember',
      'The person is not a member of this organisation.',
    ),
  organisationNotActive: (index: number) =>
    AppError.badInput(
      `members[${index}].organisationId`,
      'validation.transitionTable.members.organisationNotActive',
      'Only people of approved organisations can join a table.',
    ),
  duplicate: (field: string) =>
    AppError.badInput(field, 'validation.duplicate', `Each entry of ${field} may appear once.`),
  tableClosed: () =>
    AppError.conflict(
      'errors.transitionTables.closed',
      'This transition table is closed: it holds no new conversations.',
    ),
  notTableMember: () =>
    AppError.badInput(
      'userId',
      'validation.transitionTable.userId.notMember',
      'This person is not a member of the table.',
    ),
};

export const conversationErrors = {
  slotFormat: (index: number) =>
    AppError.badInput(
      `slots[${index}]`,
      'validation.conversation.slots.format',
      'A slot start is an Amsterdam date and time like 2027-03-29T09:00 (or an ISO time with an offset).',
    ),
  slotSkipped: (index: number) =>
    AppError.badInput(
      `slots[${index}]`,
      'validation.conversation.slots.skippedByClockChange',
      'This time does not exist in Amsterdam: the clocks skip it when summer time starts.',
    ),
  slotInPast: (index: number) =>
    AppError.badInput(
      `slots[${index}]`,
      'validation.conversation.slots.inPast',
      'A candidate slot must start in the future.',
    ),
  slotsRequired: () =>
    AppError.badInput(
      'slots',
      'validation.conversation.slots.required',
      'Give at least one candidate slot before the poll opens.',
    ),
  venuesRequired: () =>
    AppError.badInput(
      'venueIds',
      'validation.conversation.venueIds.required',
      'Give at least one candidate venue before the poll opens.',
    ),
  inviteesRequired: () =>
    AppError.badInput(
      'inviteeIds',
      'validation.conversation.inviteeIds.required',
      'Invite at least one member of the table before the poll opens.',
    ),
  unknownVenue: (index: number) =>
    AppError.badInput(
      `venueIds[${index}]`,
      'validation.conversation.venueIds.unknown',
      'Choose an existing venue.',
    ),
  inviteeNotMember: (index: number) =>
    AppError.badInput(
      `inviteeIds[${index}]`,
      'validation.conversation.inviteeIds.notTableMember',
      'Only members of the table can be invited.',
    ),
  notInvitee: () =>
    AppError.forbidden(
      'errors.conversations.notInvitee',
      'Only invitees answer the availability poll, each for themselves.',
    ),
  pollClosed: (status: string) =>
    AppError.conflict(
      'errors.conversations.pollClosed',
      `The poll is closed: the conversation is ${status.toLowerCase()}.`,
    ),
  answerSlotUnknown: (index: number) =>
    AppError.badInput(
      `answers[${index}].slotId`,
      'validation.conversation.answers.slotId.unknown',
      'This slot is not a candidate of the conversation.',
    ),
  wrongStatus: (status: string, action: string) =>
    AppError.conflict(
      `errors.conversations.${action}.wrongStatus`,
      `This cannot be done while the conversation is ${status.toLowerCase()}.`,
    ),
  slotNotCandidate: () =>
    AppError.badInput(
      'slotId',
      'validation.conversation.slotId.notCandidate',
      'Choose one of the conversation’s candidate slots.',
    ),
  venueNotCandidate: () =>
    AppError.badInput(
      'venueId',
      'validation.conversation.venueId.notCandidate',
      'Choose one of the conversation’s candidate venues.',
    ),
  attendeeNotInvitee: (index: number) =>
    AppError.badInput(
      `attendeeIds[${index}]`,
      'validation.conversation.attendeeIds.notInvitee',
      'Attendees are invitees of the conversation.',
    ),
  overCapacity: (capacity: number, count: number) =>
    AppError.badInput(
      'attendeeIds',
      'validation.conversation.attendeeIds.overCapacity',
      `The venue holds ${capacity} people; ${count} would attend.`,
    ),
  quorumShort: (helix: Helix, have: number, need: number) =>
    AppError.badInput(
      'attendeeIds',
      `validation.conversation.attendeeIds.quorum.${helix.toLowerCase()}`,
      `The ${helix.toLowerCase()} helix has ${have} of the ${need} attendees the quorum needs.`,
    ),
  slotPassed: () =>
    AppError.badInput(
      'slotId',
      'validation.conversation.slotId.passed',
      'This slot has already started.',
    ),
  venueBooked: () =>
    AppError.conflict(
      'errors.conversations.venueBooked',
      'The venue is already booked for another conversation at that time.',
    ),
  personBooked: () =>
    AppError.conflict(
      'errors.conversations.personBooked',
      'An attendee is already booked for another conversation at that time.',
    ),
  ownerOrganisationUnknown: () =>
    AppError.badInput(
      'ownerOrganisationId',
      'validation.actionItem.ownerOrganisationId.unknown',
      'Choose an existing organisation as owner.',
    ),
  rangeOrder: () =>
    AppError.badInput(
      'to',
      'validation.season.to.beforeFrom',
      'The end of the period must come after its start.',
    ),
};

/** The PostgreSQL error behind a failed query, if any. */
export function pgError(error: unknown): { code?: string; constraint?: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string };
  return { code: driver.code, constraint: driver.constraint };
}

/** An exclusion violation (23P01) of a booking becomes CONFLICT; anything else is rethrown. */
export function bookingConflict(error: unknown): never {
  const pg = pgError(error);
  if (pg?.code === '23P01') {
    throw pg.constraint === 'venue_booking_no_overlap'
      ? conversationErrors.venueBooked()
      : conversationErrors.personBooked();
  }
  throw error;
}

export function quorumOf(row: {
  quorumBusiness: number;
  quorumEducation: number;
  quorumGovernment: number;
}): Record<Helix, number> {
  return {
    [Helix.BUSINESS]: row.quorumBusiness,
    [Helix.EDUCATION]: row.quorumEducation,
    [Helix.GOVERNMENT]: row.quorumGovernment,
  };
}

export { HELICES };
