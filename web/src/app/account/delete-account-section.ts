import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth/auth-state.service';
import { DeleteMyAccountDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';

/** Delete my account, confirmed with the password, after saying what happens. */
@Component({
  selector: 'app-delete-account-section',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="delete-account-heading" class="danger-zone">
      <h2 id="delete-account-heading">{{ 'account.delete.heading' | transloco }}</h2>
      <p>{{ 'account.delete.intro' | transloco }}</p>
      <ul>
        <li>{{ 'account.delete.account' | transloco }}</li>
        <li>{{ 'account.delete.memberships' | transloco }}</li>
        <li>{{ 'account.delete.content' | transloco }}</li>
        <li>{{ 'account.delete.audit' | transloco }}</li>
      </ul>
      <p>
        <strong>{{ 'account.delete.final' | transloco }}</strong>
      </p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="apiError()" [labels]="labels" />
        <div class="form-field">
          <label for="delete-password">{{ 'account.delete.password' | transloco }}</label>
          <input
            id="delete-password"
            type="password"
            formControlName="password"
            autocomplete="current-password"
            appAriaInvalid
            aria-describedby="delete-password-error"
          />
          <app-field-error
            [control]="form.controls.password"
            label="account.delete.password"
            fieldId="delete-password"
          />
        </div>
        <button type="submit" class="button button--danger" [attr.aria-busy]="submitting()">
          {{ 'account.delete.submit' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class DeleteAccountSection {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly deleted = output();
  protected readonly labels = { password: 'account.delete.password' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.apiError.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: DeleteMyAccountDocument,
          variables: { input: { password: this.form.controls.password.value } },
        }),
      );
      this.deleted.emit();
      await this.auth.sessionChanged();
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
