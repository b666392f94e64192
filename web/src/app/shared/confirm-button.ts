import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A button whose action asks for an inline confirmation first ("Remove" → "Remove Noor from
 * the table?" [Remove] [Cancel]); the focus moves to the confirmation and back on cancel.
 * Texts are translation keys; `question` gets `{{name}}`.
 */
@Component({
  selector: 'app-confirm-button',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (confirming()) {
      <span class="inline-confirm" role="group" [attr.aria-labelledby]="'confirm-' + id()">
        <span [id]="'confirm-' + id()">
          {{ question() | transloco: { name: name() } }}
        </span>
        <button
          #confirmButton
          type="button"
          class="button button--danger"
          [disabled]="busy()"
          (click)="confirm()"
        >
          {{ confirmLabel() | transloco }}
        </button>
        <button type="button" class="button button--secondary" (click)="cancel()">
          {{ 'common.cancel' | transloco }}
        </button>
      </span>
    } @else {
      <button
        #startButton
        type="button"
        class="button button--secondary"
        [disabled]="busy()"
        (click)="start()"
      >
        {{ label() | transloco }}
        @if (nameInLabel()) {
          <span class="visually-hidden">{{ name() }}</span>
        }
      </button>
    }
  `,
})
export class ConfirmButton {
  private readonly injector = inject(Injector);
  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly startButton = viewChild<ElementRef<HTMLButtonElement>>('startButton');

  /** Unique on the page (labels the confirmation group). */
  readonly id = input.required<string>();
  /** Whom or what the action is about: in the question, and for screen readers in the label. */
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  readonly question = input.required<string>();
  readonly confirmLabel = input.required<string>();
  /** Whether the label names `name` for screen readers ("Remove Noor"); not for "Leave". */
  readonly nameInLabel = input(true);
  readonly busy = input(false);
  readonly confirmed = output();

  protected readonly confirming = signal(false);

  protected start(): void {
    this.confirming.set(true);
    this.focusAfterRender(() => this.confirmButton());
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusAfterRender(() => this.startButton());
  }

  protected confirm(): void {
    this.confirming.set(false);
    this.confirmed.emit();
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
