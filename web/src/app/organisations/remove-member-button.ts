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

/** "Remove" (or, for one's own row, "Leave") with an inline confirmation step. */
@Component({
  selector: 'app-remove-member-button',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (confirming()) {
      <div class="inline-confirm" role="group" [attr.aria-labelledby]="'confirm-' + memberId()">
        <span [id]="'confirm-' + memberId()">
          {{
            (own() ? 'organisations.members.leaveConfirm' : 'organisations.members.confirm')
              | transloco: { name: name() }
          }}
        </span>
        <button #confirmButton type="button" class="button button--danger" (click)="confirm()">
          {{
            (own() ? 'organisations.members.confirmLeave' : 'organisations.members.confirmRemove')
              | transloco
          }}
        </button>
        <button type="button" class="button button--secondary" (click)="cancel()">
          {{ 'common.cancel' | transloco }}
        </button>
      </div>
    } @else {
      <button #startButton type="button" class="button button--secondary" (click)="start()">
        @if (own()) {
          {{ 'organisations.members.leave' | transloco }}
        } @else {
          {{ 'organisations.members.remove' | transloco }}
          <span class="visually-hidden">{{ name() }}</span>
        }
      </button>
    }
  `,
})
export class RemoveMemberButton {
  private readonly injector = inject(Injector);
  private readonly confirmButton = viewChild<ElementRef<HTMLButtonElement>>('confirmButton');
  private readonly startButton = viewChild<ElementRef<HTMLButtonElement>>('startButton');

  readonly memberId = input.required<string>();
  readonly name = input.required<string>();
  /** The signed-in user's own membership: leaving instead of removing. */
  readonly own = input(false);
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
