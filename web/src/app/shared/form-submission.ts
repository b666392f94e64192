import { ElementRef, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { ApiError, toApiError } from './api-error';
import { applyServerErrors, focusFirstInvalid } from './form-errors';
import { MessageKeys } from './message-keys';

/**
 * The submission of a form to the API, for the submit button (`submitting`, aria-busy)
 * and app-form-error (`apiError`). Create it in a field initializer: it injects the
 * component's host element to focus the first invalid field.
 */
export class FormSubmission {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly submitting = signal(false);
  readonly apiError = signal<ApiError | null>(null);

  /** Without a form the component's child validates (e.g. app-organisation-form). */
  constructor(private readonly form?: FormGroup) {}

  /**
   * Runs `send` once the form is valid (else shows every message and focuses the first
   * invalid field); ignored while a submission runs. On failure the API's error is shown,
   * `failed` sees it, and then its field errors go onto the matching controls.
   */
  async run(send: () => Promise<unknown>, failed?: (error: ApiError) => void): Promise<void> {
    if (this.submitting()) return;
    const form = this.form;
    if (form?.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(form, this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.apiError.set(null);
    try {
      await send();
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      failed?.(apiError);
      if (form) applyServerErrors(form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
