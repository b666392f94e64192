import { AbstractControl, ValidationErrors } from '@angular/forms';

export const teamSizeOrderKey = 'validation.teamSize.maxBelowMin';

/**
 * The largest team may not be smaller than the smallest (as the API checks): the message sits
 * on the largest team size, with the API's own key.
 */
export function teamSizeInOrder(group: AbstractControl): ValidationErrors | null {
  const min = String(group.get('teamSizeMin')?.value ?? '').trim();
  const max = group.get('teamSizeMax');
  if (!max) return null;
  const maxText = String(max.value ?? '').trim();
  const wrong = /^\d+$/.test(min) && /^\d+$/.test(maxText) && Number(maxText) < Number(min);
  if (wrong && !max.hasError('order')) {
    max.setErrors({ ...max.errors, order: { key: teamSizeOrderKey } });
  } else if (!wrong && max.hasError('order')) {
    const rest = Object.entries(max.errors ?? {}).filter(([name]) => name !== 'order');
    max.setErrors(rest.length > 0 ? Object.fromEntries(rest) : null);
  }
  return null;
}
