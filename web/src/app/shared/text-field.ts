import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { AriaInvalid } from './aria-invalid.directive';
import { FieldError } from './field-error';

/** A labelled text input (or textarea) with optional hint and its validation message. */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-field">
      <label [for]="fieldId()">
        {{ label() | transloco }}
        @if (optional()) {
          <span class="optional">({{ 'common.optional' | transloco }})</span>
        }
      </label>
      @if (hint()) {
        <p class="hint" [id]="fieldId() + '-hint'">{{ hint() | transloco }}</p>
      }
      @if (multiline()) {
        <textarea
          [id]="fieldId()"
          rows="5"
          [formControl]="control()"
          [attr.data-control]="name()"
          appAriaInvalid
          [attr.aria-describedby]="describedBy()"
        ></textarea>
      } @else {
        <input
          [id]="fieldId()"
          [type]="type()"
          [formControl]="control()"
          [attr.data-control]="name()"
          [attr.autocomplete]="autocomplete()"
          [attr.inputmode]="inputMode()"
          [attr.spellcheck]="spellcheck()"
          appAriaInvalid
          [attr.aria-describedby]="describedBy()"
        />
      }
      <app-field-error [control]="control()" [label]="label()" [fieldId]="fieldId()" />
    </div>
  `,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  /** The control's name in its form group (used to focus the first invalid field). */
  readonly name = input.required<string>();
  readonly fieldId = input.required<string>();
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'url' | 'search'>('text');
  readonly autocomplete = input<string | null>(null);
  readonly inputMode = input<string | null>(null);
  /** false for addresses and codes, which a spelling checker would only mark. */
  readonly spellcheck = input<boolean | null>(null);
  readonly multiline = input(false);
  readonly optional = input(false);

  protected readonly describedBy = computed(() =>
    [this.hint() ? `${this.fieldId()}-hint` : null, `${this.fieldId()}-error`]
      .filter((id) => id !== null)
      .join(' '),
  );
}
