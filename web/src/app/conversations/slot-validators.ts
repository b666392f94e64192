import { AbstractControl, FormArray, ValidationErrors } from '@angular/forms';
import { amsterdamInstant } from './amsterdam-time';

/** A candidate slot as the form edits it: an Amsterdam date and start time. */
export interface SlotInput {
  readonly date: string;
  readonly time: string;
}

/** "2027-03-29T09:00:00+02:00" → { date: "2027-03-29", time: "09:00" }. */
export function slotInputOf(startLocal: string): SlotInput {
  return { date: startLocal.slice(0, 10), time: startLocal.slice(11, 16) };
}

/** The Amsterdam wall-clock start the API takes: "2027-03-29T09:00". */
export function slotValue(slot: SlotInput): string {
  return `${slot.date}T${slot.time}`;
}

/**
 * One slot: both parts given, a time that exists in Amsterdam (not skipped when summer
 * time starts), in the future.
 */
export function slotValidator(now: () => Date = () => new Date()) {
  return (group: AbstractControl): ValidationErrors | null => {
    const { date, time } = group.value as SlotInput;
    if (!date || !time) return { required: true };
    const instant = amsterdamInstant(date, time);
    if (!instant) return { slotInvalid: { key: 'conversations.form.slotInvalid' } };
    if (instant.getTime() <= now().getTime()) {
      return { slotPast: { key: 'conversations.form.slotPast' } };
    }
    return null;
  };
}

/** The same start twice is one slot too many. */
export function noDuplicateSlots(array: AbstractControl): ValidationErrors | null {
  if (!(array instanceof FormArray)) return null;
  const seen = new Set<string>();
  for (const control of array.controls) {
    const value = slotValue(control.value as SlotInput);
    const own = control.errors;
    if (seen.has(value) && !own) {
      control.setErrors({ slotDuplicate: { key: 'conversations.form.slotDuplicate' } });
    } else if (!seen.has(value) && own?.['slotDuplicate']) {
      control.setErrors(null);
      control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
    }
    seen.add(value);
  }
  return null;
}
