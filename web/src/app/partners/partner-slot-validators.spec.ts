import { FormArray } from '@angular/forms';
import type { PartnerRole } from '../generated/graphql';
import { SlotGroup, slotGroup, slotProblems, slotRules } from './partner-slot-validators';

describe('partner slot validation', () => {
  const none = { duplicate: false, belowFilled: false };

  it('should flag a role that appears a second time, not its first row', () => {
    expect(
      slotProblems([
        { role: 'GUEST_LECTURE', wanted: '2' },
        { role: 'CASE', wanted: '1' },
        { role: 'GUEST_LECTURE', wanted: '3' },
      ]),
    ).toEqual([none, none, { duplicate: true, belowFilled: false }]);
  });

  it('should flag fewer wanted than the role already has, and ignore rows without a role', () => {
    const filled = new Map<PartnerRole, number>([['COMPANY_VISIT', 2]]);

    expect(
      slotProblems(
        [
          { role: 'COMPANY_VISIT', wanted: '1' },
          { role: '', wanted: '0' },
          { role: 'CASE', wanted: '1' },
        ],
        filled,
      ),
    ).toEqual([{ duplicate: false, belowFilled: true }, none, none]);
    expect(slotProblems([{ role: 'COMPANY_VISIT', wanted: '2' }], filled)).toEqual([none]);
  });

  it('should want 1 to 100 partners as a whole number', () => {
    const row = slotGroup('CASE', '1');
    for (const wanted of ['0', '101', '2,5', 'drie', '']) {
      row.controls.wanted.setValue(wanted);
      expect(row.controls.wanted.valid).toBe(false);
    }
    for (const wanted of ['1', '100', ' 42 ']) {
      row.controls.wanted.setValue(wanted);
      expect(row.controls.wanted.valid).toBe(true);
    }
    expect(row.controls.wanted.errors).toBeNull();
    row.controls.wanted.setValue('101');
    expect(row.controls.wanted.errors).toEqual({
      range: { key: 'validation.partnerSlots.wantedRange' },
    });
  });

  it('should put the API keys on the rows as the user changes them, and take them off again', () => {
    const filled = new Map<PartnerRole, number>([['GUEST_LECTURE', 3]]);
    const slots = new FormArray<SlotGroup>(
      [slotGroup('GUEST_LECTURE', '3'), slotGroup('CASE', '1')],
      slotRules(() => filled),
    );
    expect(slots.valid).toBe(true);

    slots.at(1).controls.role.setValue('GUEST_LECTURE');
    expect(slots.at(1).controls.role.errors).toEqual({
      duplicate: { key: 'validation.partnerSlots.duplicate' },
    });
    expect(slots.valid).toBe(false);

    slots.at(0).controls.wanted.setValue('2');
    expect(slots.at(0).controls.wanted.errors).toEqual({
      belowFilled: { key: 'validation.partnerSlots.belowFilled' },
    });

    slots.at(1).controls.role.setValue('INTERNSHIP_PLACES');
    slots.at(0).controls.wanted.setValue('4');
    expect(slots.at(1).controls.role.errors).toBeNull();
    expect(slots.at(0).controls.wanted.errors).toBeNull();
    expect(slots.valid).toBe(true);

    // Removing the earlier of two equal rows clears the later one.
    slots.push(slotGroup('INTERNSHIP_PLACES', '5'));
    expect(slots.at(2).controls.role.hasError('duplicate')).toBe(true);
    slots.removeAt(1);
    expect(slots.at(1).controls.role.errors).toBeNull();
    expect(slots.valid).toBe(true);
  });

  it('should require a role in every row', () => {
    const slots = new FormArray<SlotGroup>(
      [slotGroup('', '1')],
      slotRules(() => new Map()),
    );

    expect(slots.at(0).controls.role.hasError('required')).toBe(true);
    expect(slots.valid).toBe(false);
  });
});
