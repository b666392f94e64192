import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { RequestPasswordResetDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';

/**
 * Wachtwoord vergeten: ask for a reset link. The confirmation is the same whether or not
 * the address has an account, so the page does not reveal who is registered.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, FieldError, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'forgotPassword.heading' | transloco }}</h1>
    <div role="status">
      @if (sent()) {
        <div class="state">
          <p>{{ 'forgotPassword.sent' | transloco }}</p>
          <p>{{ 'forgotPassword.sentHelp' | transloco }}</p>
        </div>
      }
    </div>
    @if (!sent()) {
      <p class="lead">{{ 'forgotPassword.intro' | transloco }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="apiError()" [labels]="labels" />
        <div class="form-field">
          <label for="forgot-email">{{ 'forgotPassword.email' | transloco }}</label>
          <input
            id="forgot-email"
            type="email"
            formControlName="email"
            autocomplete="email"
            spellcheck="false"
            appAriaInvalid
            aria-describedby="forgot-email-error"
          />
          <app-field-error
            [control]="form.controls.email"
            label="forgotPassword.email"
            fieldId="forgot-email"
          />
        </div>
        <button type="submit" class="button" [attr.aria-busy]="submitting()">
          {{ 'forgotPassword.submit' | transloco }}
        </button>
      </form>
    }
    <p class="form-aside">
      <a [routerLink]="loginLink">{{ 'forgotPassword.backToLogin' | transloco }}</a>
    </p>
  `,
})
export class ForgotPasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly loginLink = linkTo('login');
  protected readonly labels = { email: 'forgotPassword.email' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly sent = signal(false);

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
      const email = this.form.controls.email.value.trim();
      await firstValueFrom(
        this.apollo.mutate({
          mutation: RequestPasswordResetDocument,
          variables: { input: { email } },
        }),
      );
      this.sent.set(true);
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
