import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { ResendVerificationDocument } from '../generated/graphql';
import { ApiError, hasMessageKey, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';
import { AuthState } from './auth-state.service';
import { returnUrlParam, safeReturnUrl } from './auth.guards';

/** The API's key for a login with a correct password but an unconfirmed address. */
export const emailNotVerifiedKey = 'errors.auth.emailNotVerified';

type ResendState = 'idle' | 'sending' | 'sent' | 'failed';

/** Inloggen: sign in and return to the page that asked for it. */
@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, FieldError, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'login.heading' | transloco }}</h1>
    @if (returnUrl()) {
      <p class="lead">{{ 'login.needed' | transloco }}</p>
    }
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-form-error [error]="apiError()" [labels]="labels">
        @if (notVerified()) {
          <p>{{ 'login.notVerified.body' | transloco }}</p>
          <button type="button" class="button button--secondary" (click)="resend()">
            {{ 'login.notVerified.resend' | transloco }}
          </button>
        }
      </app-form-error>
      <div role="status">
        @switch (resendState()) {
          @case ('sent') {
            <p class="state">{{ 'login.notVerified.sent' | transloco: { email: resentTo() } }}</p>
          }
          @case ('sending') {
            <p class="state">{{ 'login.notVerified.sending' | transloco }}</p>
          }
        }
      </div>
      @if (resendState() === 'failed') {
        <p class="state state--error" role="alert">
          {{ 'login.notVerified.failed' | transloco }}
        </p>
      }

      <div class="form-field">
        <label for="login-email">{{ 'login.email' | transloco }}</label>
        <input
          id="login-email"
          type="email"
          formControlName="email"
          autocomplete="username"
          spellcheck="false"
          appAriaInvalid
          aria-describedby="login-email-error"
        />
        <app-field-error
          [control]="form.controls.email"
          label="login.email"
          fieldId="login-email"
        />
      </div>
      <div class="form-field">
        <label for="login-password">{{ 'login.password' | transloco }}</label>
        <input
          id="login-password"
          type="password"
          formControlName="password"
          autocomplete="current-password"
          appAriaInvalid
          aria-describedby="login-password-error"
        />
        <app-field-error
          [control]="form.controls.password"
          label="login.password"
          fieldId="login-password"
        />
      </div>
      <button type="submit" class="button" [attr.aria-busy]="submitting()">
        {{ (submitting() ? 'login.submitting' : 'login.submit') | transloco }}
      </button>
    </form>
    <ul class="form-aside plain-list">
      <li>
        <a [routerLink]="forgotPasswordLink">{{ 'login.forgotPassword' | transloco }}</a>
      </li>
      <li>
        {{ 'login.noAccount' | transloco }}
        <a [routerLink]="registerLink">{{ 'login.registerLink' | transloco }}</a>
      </li>
    </ul>
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthState);
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly forgotPasswordLink = linkTo('forgotPassword');
  protected readonly registerLink = linkTo('register');
  protected readonly labels = { email: 'login.email', password: 'login.password' };
  protected readonly returnUrl = signal(
    safeReturnUrl(inject(ActivatedRoute).snapshot.queryParamMap.get(returnUrlParam)),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly notVerified = signal(false);
  protected readonly resendState = signal<ResendState>('idle');
  protected readonly resentTo = signal('');

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.apiError.set(null);
    this.resendState.set('idle');
    const { email, password } = this.form.getRawValue();
    try {
      await this.auth.login(email.trim(), password);
      await this.router.navigateByUrl(this.returnUrl() ?? linkTo('account'));
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      this.notVerified.set(hasMessageKey(apiError, emailNotVerifiedKey));
      this.form.controls.password.reset();
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async resend(): Promise<void> {
    const email = this.form.controls.email.value.trim();
    this.resendState.set('sending');
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ResendVerificationDocument,
          variables: { input: { email } },
        }),
      );
      this.resentTo.set(email);
      this.resendState.set('sent');
    } catch {
      this.resendState.set('failed');
    }
  }
}
