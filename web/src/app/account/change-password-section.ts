import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { passwordValidators } from '../auth/password';
import { PasswordStrength } from '../auth/password-strength';
import { ChangePasswordDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';

@Component({
  selector: 'app-change-password-section',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    PasswordStrength,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{{ 'account.password.heading' | transloco }}</h2>
      <div role="status">
        @if (changed()) {
          <p class="state">{{ 'account.password.changed' | transloco }}</p>
        }
      </div>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="apiError()" [labels]="labels" />
        <div class="form-field">
          <label for="current-password">{{ 'account.password.current' | transloco }}</label>
          <input
            id="current-password"
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            appAriaInvalid
            aria-describedby="current-password-error"
          />
          <app-field-error
            [control]="form.controls.currentPassword"
            label="account.password.current"
            fieldId="current-password"
          />
        </div>
        <div class="form-field">
          <label for="new-password">{{ 'account.password.new' | transloco }}</label>
          <app-password-strength [password]="newPassword()" fieldId="new-password" />
          <input
            id="new-password"
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            appAriaInvalid
            aria-describedby="new-password-hint new-password-error"
          />
          <app-field-error
            [control]="form.controls.newPassword"
            label="account.password.new"
            fieldId="new-password"
          />
        </div>
        <button type="submit" class="button" [attr.aria-busy]="submitting()">
          {{ 'account.password.submit' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class ChangePasswordSection {
  private readonly apollo = inject(Apollo);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly labels = {
    currentPassword: 'account.password.current',
    newPassword: 'account.password.new',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', passwordValidators],
  });
  protected readonly newPassword = toSignal(this.form.controls.newPassword.valueChanges, {
    initialValue: '',
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly changed = signal(false);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.changed.set(false);
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
          mutation: ChangePasswordDocument,
          variables: { input: this.form.getRawValue() },
        }),
      );
      this.form.reset();
      this.changed.set(true);
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
