import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { amsterdamInstant } from './amsterdam-time';
import { noDuplicateSlots, slotInputOf, slotValidator, slotValue } from './slot-validators';

const now = () => new Date('2027-01-01T00:00:00Z');

function slot(date: string, time: string): FormGroup {
  return new FormGroup(
    { date: new FormControl(date), time: new FormControl(time) },
    { validators: slotValidator(now) },
  );
}

describe('slot validators', () => {
  it('should turn Amsterdam wall-clock times into instants across the clock changes', () => {
    // Winter time (UTC+1) and summer time (UTC+2).
    expect(amsterdamInstant('2027-03-26', '09:00')?.toISOString()).toBe('2027-03-26T08:00:00.000Z');
    expect(amsterdamInstant('2027-03-29', '09:00')?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    // 02:30 on 28 March 2027 does not exist: the clocks jump from 02:00 to 03:00.
    expect(amsterdamInstant('2027-03-28', '02:30')).toBeNull();
    expect(amsterdamInstant('2027-3-28', '9:00')).toBeNull();
  });

  it('should name why a slot is invalid', () => {
    expect(slot('', '09:00').errors).toEqual({ required: true });
    expect(slot('2027-03-28', '02:30').errors).toEqual({
      slotInvalid: { key: 'conversations.form.slotInvalid' },
    });
    expect(slot('2026-12-31', '09:00').errors).toEqual({
      slotPast: { key: 'conversations.form.slotPast' },
    });
    expect(slot('2027-03-29', '09:00').errors).toBeNull();
  });

  it('should mark the second of two equal slots', () => {
    const array = new FormArray(
      [slot('2027-03-29', '09:00'), slot('2027-03-30', '09:00'), slot('2027-03-29', '09:00')],
      { validators: noDuplicateSlots },
    );

    expect(array.at(0).errors).toBeNull();
    expect(array.at(2).errors).toEqual({
      slotDuplicate: { key: 'conversations.form.slotDuplicate' },
    });
  });

  it('should read and write the API form of a slot', () => {
    expect(slotInputOf('2027-03-29T09:00:00+02:00')).toEqual({ date: '2027-03-29', time: '09:00' });
    expect(slotValue({ date: '2027-03-29', time: '09:00' })).toBe('2027-03-29T09:00');
  });
});
