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
import {
  CloseChallengeDocument,
  CloseMinorDocument,
  FillChallengeDocument,
  FillMinorDocument,
  NeedStatus,
  PublishChallengeDocument,
  PublishMinorDocument,
} from '../generated/graphql';
import { nextStatuses } from '../marketplace/marketplace-labels';
import { ApiError, toApiError } from '../shared/api-error';
import { MessageKeys } from '../shared/message-keys';
import { PartnerListKind } from './partner-filters';

/**
 * The status steps of one minor or challenge of the user's own organisation: publish (or open
 * again), mark filled, close (after an inline confirmation: it is final).
 * Runs the mutation itself, announces the result and emits the new status.
 */
@Component({
  selector: 'app-partner-status-actions',
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
            {{ 'partners.status.closeConfirm.' + kind() | transloco: { name: name() } }}
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
export class PartnerStatusActions {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  protected readonly keys = inject(MessageKeys);

  readonly kind = input.required<PartnerListKind>();
  readonly id = input.required<string>();
  /** Title of the minor or challenge, for the buttons' accessible names. */
  readonly name = input.required<string>();
  readonly status = input.required<NeedStatus>();
  /** The new status, once the API took it. */
  readonly changed = output<NeedStatus>();

  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly done = signal<NeedStatus | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly steps = computed(() => nextStatuses[this.status()]);
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
    const variables = { input: { id: this.id() } };
    const minor = this.kind() === 'minor';
    switch (step) {
      case 'OPEN':
        return minor
          ? this.apollo.mutate({ mutation: PublishMinorDocument, variables })
          : this.apollo.mutate({ mutation: PublishChallengeDocument, variables });
      case 'FILLED':
        return minor
          ? this.apollo.mutate({ mutation: FillMinorDocument, variables })
          : this.apollo.mutate({ mutation: FillChallengeDocument, variables });
      default:
        return minor
          ? this.apollo.mutate({ mutation: CloseMinorDocument, variables })
          : this.apollo.mutate({ mutation: CloseChallengeDocument, variables });
    }
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
