import { notificationMessage } from './notification-message';

const booked = {
  title: 'Regiogesprek omscholing naar data-analist',
  table: 'Transitietafel Digitale Vaardigheden',
  start: '2027-03-29T12:00:00.000Z',
  end: '2027-03-29T14:00:00.000Z',
  venue: 'Leercafé Meerstroom, Stationsplein 1, Hoofddorp',
  sequence: 1,
};

describe(notificationMessage.name, () => {
  it('should read title, table, venue and slot from a booking payload', () => {
    expect(notificationMessage('CONVERSATION_CONFIRMED', booked)).toEqual({
      key: 'notifications.kind.confirmed',
      title: booked.title,
      table: booked.table,
      venue: booked.venue,
      slot: { start: booked.start, end: booked.end },
      reason: null,
    });
  });

  it.each([
    ['CONVERSATION_POLL_OPENED', 'notifications.kind.pollOpened'],
    ['CONVERSATION_RESCHEDULED', 'notifications.kind.rescheduled'],
    ['CONVERSATION_REMINDER', 'notifications.kind.reminder'],
    ['SOMETHING_NEW', 'notifications.kind.unknown'],
  ])('should choose the sentence of %s', (kind, key) => {
    expect(notificationMessage(kind, booked).key).toBe(key);
  });

  it('should name the slot of a cancelled booking and carry the reason of a cancelled poll', () => {
    expect(notificationMessage('CONVERSATION_CANCELLED', booked).key).toBe(
      'notifications.kind.cancelledSlot',
    );
    const poll = notificationMessage('CONVERSATION_CANCELLED', {
      title: 'Aftrap',
      reason: 'Te weinig aanmeldingen',
    });
    expect(poll).toMatchObject({
      key: 'notifications.kind.cancelled',
      slot: null,
      reason: 'Te weinig aanmeldingen',
    });
  });

  it('should leave out what a payload lacks or holds in the wrong shape', () => {
    expect(notificationMessage('CONVERSATION_POLL_OPENED', { title: 42, reason: ' ' })).toEqual({
      key: 'notifications.kind.pollOpened',
      title: '',
      table: '',
      venue: '',
      slot: null,
      reason: null,
    });
    expect(notificationMessage('CONVERSATION_CONFIRMED', null).slot).toBeNull();
  });
});
