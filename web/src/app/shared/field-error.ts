import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import { validationMessage } from './validation-messages';

/**
 * The validation message of one control, naming the field. Shown once the user typed in
 * or left the field (or submitted); the live region exists from the start so screen
 * readers announce a message as soon as it appears. Inputs refer to it with
 * aria-describedby="<fieldId>-error".
 */
@Component({
  selector: 'app-field-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field-error" [id]="fieldId() + '-error'" role="alert">
      @if (message(); as message) {
        <p>
          {{
            message.key
              | transloco: { field: (label() | transloco), min: message.min, max: message.max }
          }}
        </p>
      }
    </div>
  `,
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
  /** Translation key of the field's label. */
  readonly label = input.required<string>();
  readonly fieldId = input.required<string>();

  // Every value, status and touched change of the control, as a signal.
  private readonly changes = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.events.pipe(startWith(null)))),
  );

  protected readonly message = computed(() => {
    this.changes();
    const control = this.control();
    if (!control.errors || !(control.dirty || control.touched)) return null;
    return validationMessage(control.errors);
  });
}
