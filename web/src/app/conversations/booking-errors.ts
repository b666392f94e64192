import { ApiError } from '../shared/api-error';

const bookingConflictKeys = [
  'errors.conversations.venueBooked',
  'errors.conversations.personBooked',
];

/** A venue or person was booked by another conversation meanwhile. */
export function isBookingConflict(error: ApiError): boolean {
  return (
    error.code === 'CONFLICT' &&
    (error.messageKey === null || bookingConflictKeys.includes(error.messageKey))
  );
}
