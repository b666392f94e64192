import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, Observable } from 'rxjs';
import type { TypedDocumentNode } from '@apollo/client';
import {
  CloseChallengeDocument,
  CloseCohortDocument,
  CloseInternshipNeedDocument,
  CloseMinorDocument,
  FillChallengeDocument,
  FillInternshipNeedDocument,
  FillMinorDocument,
  NeedStatus,
  PublishChallengeDocument,
  PublishCohortDocument,
  PublishInternshipNeedDocument,
  PublishMinorDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { MessageKeys } from '../shared/message-keys';
import { nextStatuses } from './marketplace-labels';

export type ListingKind = 'need' | 'cohort' | 'minor' | 'challenge';

type StatusMutation = TypedDocumentNode<unknown, { input: { id: string } }>;

/** Per kind: the mutation of each status step it has, and the key of its close confirmation. */
const KINDS: Record<
  ListingKind,
  { steps: Partial<Record<NeedStatus, StatusMutation>>; closeConfirm: string }
> = {
  need: {
    steps: {
      OPEN: PublishInternshipNeedDocument,
      FILLED: FillInternshipNeedDocument,
      CLOSED: CloseInternshipNeedDocument,
    },
    closeConfirm: 'marketplace.status.closeConfirm.need',
  },
  // Cohorts have no "filled" step of their own.
  cohort: {
    steps: { OPEN: PublishCohortDocument, CLOSED: CloseCohortDocument },
    closeConfirm: 'marketplace.status.closeConfirm.cohort',
  },
  minor: {
    steps: { OPEN: PublishMinorDocument, FILLED: FillMinorDocument, CLOSED: CloseMinorDocument },
    closeConfirm: 'partners.status.closeConfirm.minor',
  },
  challenge: {
    steps: {
      OPEN: PublishChallengeDocument,
      FILLED: FillChallengeDocument,
      CLOSED: CloseChallengeDocument,
    },
    closeConfirm: 'partners.status.closeConfirm.challenge',
  },
};

/**
 * The status steps of one need, cohort, minor or challenge of the user's own organisation:
 * publish (or open again), mark filled (not cohorts), close (after an inline confirmation: it
 * is final).
 * Runs the mutation itself, announces the result and emits the new status.
 */
@Component({
  selector: 'app-listing-status-actions',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="listing-actions">
      <div role="status">
        @if (done(); as done) {
          <p class="state" tabindex="-1" #message>
            {{ 'marketplace.status.done.' + done | transloco: { name: name() } }}
          </p>
        }
      </div>
      <div role="alert">
        @if (error(); as error) {
          <p class="state state--error" tabindex="-1" #message>
            {{ keys.forError(error) | transloco }}
          </p>
        }
      </div>
      @if (confirming()) {
        <div class="inline-confirm" role="group" [attr.aria-labelledby]="'close-confirm-' + id()">
          <span [id]="'close-confirm-' + id()">
            {{ closeConfirmKey() | transloco: { name: name() } }}
          </span>
          <button
            #confirmButton
            type="button"
            class="button button--danger"
            [attr.aria-busy]="busy()"
            (click)="change('CLOSED')"
          >
            {{ 'marketplace.status.confirmClose' | transloco }}
          </button>
          <button type="button" class="button button--secondary" (click)="cancel()">
            {{ 'common.cancel' | transloco }}
          </button>
        </div>
      } @else if (steps().length > 0) {
        <div class="actions">
          @for (step of steps(); track step) {
            @if (step === 'CLOSED') {
              <button
                #closeButton
                type="button"
                class="button button--secondary"
                (click)="startClosing()"
              >
                {{ 'marketplace.status.action.CLOSED' | transloco }}
                <span class="visually-hidden">{{ name() }}</span>
              </button>
            } @else {
              <button
                type="button"
                class="button"
                [class.button--secondary]="step !== 'OPEN'"
                [attr.aria-busy]="busy()"
                (click)="change(step)"
              >
                {{ actionKey(step) | transloco }}
                <span class="visually-hidden">{{ name() }}</span>
              </button>
            }
          }
        </div>
      }
    </div>
  `,
})
export class ListingStatusActions {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  protected readonly keys = inject(MessageKeys);

  readonly kind = input.required<ListingKind>();
  readonly id = input.required<string>();
  /** Title of the listing (programme of a cohort), for the buttons' accessible names. */
  readonly name = input.required<string>();
  readonly status = input.required<NeedStatus>();
  /** The new status, once the API took it. */
  readonly changed = output<NeedStatus>();

  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly done = signal<NeedStatus | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly steps = computed(() =>
    nextStatuses[this.status()].filter((step) => KINDS[this.kind()].steps[step] !== undefined),
  );
  protected readonly closeConfirmKey = computed(() => KINDS[this.kind()].closeConfirm);
  private readonly message = viewChild<ElementRef<HTMLElement>>('message');
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');
  private readonly closeButton = viewChild<ElementRef<HTMLElement>>('closeButton');

  protected actionKey(step: NeedStatus): string {
    return step === 'OPEN' && this.status() === 'FILLED'
      ? 'marketplace.status.action.reopen'
      : `marketplace.status.action.${step}`;
  }

  protected startClosing(): void {
    this.confirming.set(true);
    this.focusAfterRender(() => this.confirmButton());
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusAfterRender(() => this.closeButton());
  }

  protected async change(step: NeedStatus): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      await firstValueFrom(this.mutation(step));
      this.done.set(step);
      this.changed.emit(step);
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
      this.confirming.set(false);
      // The button pressed may be gone: the message takes the focus.
      this.focusAfterRender(() => this.message());
    }
  }

  private mutation(step: NeedStatus): Observable<unknown> {
    const mutation = KINDS[this.kind()].steps[step];
    if (!mutation) throw new Error(`No ${step} step for a ${this.kind()}`);
    return this.apollo.mutate({ mutation, variables: { input: { id: this.id() } } });
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
