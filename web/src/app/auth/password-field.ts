import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { PasswordStrength } from './password-strength';

/** A labelled password input with its validation message; for a new one, the strength. */
@Component({
  selector: 'app-password-field',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError, PasswordStrength],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-field">
      <label [for]="fieldId()">{{ label() | transloco }}</label>
      @if (strength()) {
        <app-password-strength [password]="value()" [fieldId]="fieldId()" />
      }
      <input
        [id]="fieldId()"
        type="password"
        [formControl]="control()"
        [attr.data-control]="name()"
        [attr.autocomplete]="autocomplete()"
        appAriaInvalid
        [attr.aria-describedby]="describedBy()"
      />
      <app-field-error [control]="control()" [label]="label()" [fieldId]="fieldId()" />
    </div>
  `,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** The control's name in its form group (used to focus the first invalid field). */
  readonly name = input.required<string>();
  readonly fieldId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  /** Shows the password rule (<fieldId>-hint) and a live strength estimate. */
  readonly strength = input(false);

  protected readonly value = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: '' },
  );
  protected readonly describedBy = computed(() =>
    this.strength() ? `${this.fieldId()}-hint ${this.fieldId()}-error` : `${this.fieldId()}-error`,
  );
}
