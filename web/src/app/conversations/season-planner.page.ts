import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ConfirmConversationDocument,
  ProposalFieldsFragment,
  ProposeSeasonScheduleDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { focusFirstInvalid } from '../shared/form-errors';
import { amsterdamInstant } from './amsterdam-time';
import { ProposedView } from './conversation-types';
import { isBookingConflict } from './booking-errors';
import { ScheduleProposalView } from './proposal-view';

/** "Up to and including" may not lie before "from". */
function inOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from')?.value as string;
  const to = group.get('to');
  if (!to) return null;
  if (from && to.value && to.value < from) {
    to.setErrors({ order: { key: 'conversations.season.toBeforeFrom' } });
  } else if (to.hasError('order')) {
    to.setErrors(to.value ? null : { required: true });
  }
  return null;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10);
}

interface Outcome {
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly failed: boolean;
}

/**
 * The season planner: every conversation with an open poll in a period, proposed at once
 * without conflicts; the coordinator confirms the ones they choose.
 */
@Component({
  selector: 'app-season-planner-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    ScheduleProposalView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'conversations.season.heading' | transloco }}</h1>
    <p class="lead">{{ 'conversations.season.intro' | transloco }}</p>
    <form class="filters" [formGroup]="form" (ngSubmit)="propose()" novalidate>
      <div class="form-field">
        <label for="season-from">{{ 'conversations.season.from' | transloco }}</label>
        <input
          id="season-from"
          type="date"
          formControlName="from"
          appAriaInvalid
          aria-describedby="season-from-error"
        />
        <app-field-error
          [control]="form.controls.from"
          label="conversations.season.from"
          fieldId="season-from"
        />
      </div>
      <div class="form-field">
        <label for="season-to">{{ 'conversations.season.to' | transloco }}</label>
        <input
          id="season-to"
          type="date"
          formControlName="to"
          appAriaInvalid
          aria-describedby="season-to-error"
        />
        <app-field-error
          [control]="form.controls.to"
          label="conversations.season.to"
          fieldId="season-to"
        />
      </div>
      <div class="filters__actions">
        <button type="submit" class="button" [disabled]="busy()" [attr.aria-busy]="busy()">
          {{ 'conversations.season.propose' | transloco }}
        </button>
      </div>
    </form>
    <app-form-error [error]="error()" [labels]="labels" />
    <div role="status">
      @for (outcome of outcomes(); track $index) {
        <p class="state" [class.state--error]="outcome.failed">
          {{ outcome.key | transloco: outcome.params }}
        </p>
      }
    </div>
    @if (proposal(); as p) {
      @if (p.scheduled.length === 0 && p.unscheduled.length === 0) {
        <p class="state">{{ 'conversations.season.empty' | transloco }}</p>
      } @else {
        <app-schedule-proposal
          [proposal]="p"
          mode="season"
          [busy]="busy()"
          (confirmChosen)="confirm($event)"
        />
      }
    }
  `,
})
export class SeasonPlannerPage {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly labels = { from: 'conversations.season.from', to: 'conversations.season.to' };
  protected readonly form = inject(NonNullableFormBuilder).group(
    { from: ['', Validators.required], to: ['', Validators.required] },
    { validators: inOrder },
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly proposal = signal<ProposalFieldsFragment | null>(null);
  protected readonly outcomes = signal<readonly Outcome[]>([]);

  protected async propose(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const { from, to } = this.form.getRawValue();
    const start = amsterdamInstant(from, '00:00');
    const end = amsterdamInstant(nextDay(to), '00:00');
    if (!start || !end) return;
    this.busy.set(true);
    this.error.set(null);
    this.outcomes.set([]);
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: ProposeSeasonScheduleDocument,
          variables: {
            input: { from: start.toISOString(), to: end.toISOString(), tableIds: null },
          },
          fetchPolicy: 'network-only',
        }),
      );
      this.proposal.set(result.data?.proposeSeasonSchedule ?? null);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(items: readonly ProposedView[]): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    const outcomes: Outcome[] = [];
    let confirmed = 0;
    // One at a time: each booking is its own transaction, and a conflict stops only that one.
    for (const item of items) {
      try {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ConfirmConversationDocument,
            variables: {
              input: {
                id: item.conversation.id,
                slotId: item.slot.id,
                venueId: item.venue.id,
                attendeeIds: item.attendees.map((a) => a.id),
              },
            },
          }),
        );
        confirmed++;
      } catch (error) {
        const apiError = toApiError(error);
        outcomes.push({
          key: isBookingConflict(apiError)
            ? 'conversations.season.conflict'
            : 'conversations.season.failed',
          params: { title: item.conversation.title },
          failed: true,
        });
      }
    }
    outcomes.unshift({
      key: 'conversations.season.confirmed',
      params: { count: confirmed },
      failed: false,
    });
    this.outcomes.set(outcomes);
    this.proposal.set(null);
    this.busy.set(false);
  }
}
