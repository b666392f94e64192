import { Directive, inject } from '@angular/core';
import { NgControl } from '@angular/forms';

/** Marks a form control aria-invalid once its error is shown (see app-field-error). */
@Directive({
  selector: '[appAriaInvalid]',
  host: { '[attr.aria-invalid]': 'invalid()' },
})
export class AriaInvalid {
  private readonly control = inject(NgControl, { self: true });

  protected invalid(): 'true' | null {
    const control = this.control;
    return control.invalid && (control.dirty || control.touched) ? 'true' : null;
  }
}
