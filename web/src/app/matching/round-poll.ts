import { InjectionToken } from '@angular/core';

/** How often the round page asks for a running round's progress (the issue: about 1 s). */
export const ROUND_POLL_INTERVAL_MS = new InjectionToken<number>('ROUND_POLL_INTERVAL_MS', {
  providedIn: 'root',
  factory: () => 1000,
});
