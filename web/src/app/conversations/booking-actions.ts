import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SlotPipe } from './amsterdam-time.pipe';
import { SlotView, VenueView } from './conversation-types';

export interface BookingChoice {
  readonly slotId: string;
  readonly venueId: string;
}

/**
 * Coordinators' steps for a conversation by hand: confirm (or, once confirmed, reschedule to)
 * a chosen slot and venue, and cancel it with a reason after a confirm step.
 */
@Component({
  selector: 'app-booking-actions',
  imports: [ReactiveFormsModule, TranslocoPipe, SlotPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h3>
        {{
          (confirmed()
            ? 'conversations.booking.rescheduleHeading'
            : 'conversations.booking.confirmHeading'
          ) | transloco
        }}
      </h3>
      <div class="form-field">
        <label for="booking-slot">{{ 'conversations.booking.slot' | transloco }}</label>
        <select id="booking-slot" formControlName="slotId">
          @for (slot of slots(); track slot.id) {
            <option [value]="slot.id">{{ slot | appSlot }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="booking-venue">{{ 'conversations.booking.venue' | transloco }}</label>
        <select id="booking-venue" formControlName="venueId">
          @for (venue of venues(); track venue.id) {
            <option [value]="venue.id">
              {{
                'conversations.booking.venueOption'
                  | transloco: { name: venue.name, capacity: venue.capacity }
              }}
            </option>
          }
        </select>
      </div>
      <button type="submit" class="button button--secondary" [disabled]="busy()">
        {{
          (confirmed() ? 'conversations.booking.reschedule' : 'conversations.booking.confirm')
            | transloco
        }}
      </button>
    </form>
    <div class="danger-zone">
      <h3>{{ 'conversations.booking.cancelHeading' | transloco }}</h3>
      @if (!askCancel()) {
        <button type="button" class="button button--danger" (click)="askCancel.set(true)">
          {{ 'conversations.booking.cancel' | transloco }}
        </button>
      } @else {
        <div class="inline-confirm" role="group" aria-labelledby="cancel-confirm-text">
          <p id="cancel-confirm-text">{{ 'conversations.booking.cancelConfirm' | transloco }}</p>
          <div class="form-field">
            <label for="cancel-reason">
              {{ 'conversations.booking.cancelReason' | transloco }}
              <span class="optional">({{ 'common.optional' | transloco }})</span>
            </label>
            <textarea
              id="cancel-reason"
              rows="2"
              [formControl]="reason"
              maxlength="1000"
            ></textarea>
          </div>
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              [disabled]="busy()"
              (click)="cancelled.emit(reason.value.trim() || null)"
            >
              {{ 'conversations.booking.cancelYes' | transloco }}
            </button>
            <button type="button" class="button button--secondary" (click)="askCancel.set(false)">
              {{ 'conversations.booking.cancelNo' | transloco }}
            </button>
          </div>
        </div>
      }
    </div>
  `,
})
export class BookingActions {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly slots = input.required<readonly SlotView[]>();
  readonly venues = input.required<readonly VenueView[]>();
  readonly confirmed = input(false);
  readonly current = input<BookingChoice | null>(null);
  readonly busy = input(false);
  readonly chosen = output<BookingChoice>();
  readonly cancelled = output<string | null>();

  protected readonly askCancel = signal(false);
  protected readonly form = this.fb.group({
    slotId: ['', Validators.required],
    venueId: ['', Validators.required],
  });
  protected readonly reason = this.fb.control('');

  constructor() {
    effect(() => {
      const current = this.current();
      this.form.setValue({
        slotId: current?.slotId ?? this.slots()[0]?.id ?? '',
        venueId: current?.venueId ?? this.venues()[0]?.id ?? '',
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) return;
    this.chosen.emit(this.form.getRawValue());
  }
}
