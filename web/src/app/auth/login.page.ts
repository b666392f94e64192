import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { ResendVerificationDocument } from '../generated/graphql';
import { hasMessageKey } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { TextField } from '../shared/text-field';
import { AuthState } from './auth-state.service';
import { returnUrlParam, safeReturnUrl } from './auth.guards';
import { PasswordField } from './password-field';

/** The API's key for a login with a correct password but an unconfirmed address. */
export const emailNotVerifiedKey = 'errors.auth.emailNotVerified';

type ResendState = 'idle' | 'sending' | 'sent' | 'failed';

/** Inloggen: sign in and return to the page that asked for it. */
@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FormError, PasswordField, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'login.heading' | transloco }}</h1>
    @if (returnUrl()) {
      <p class="lead">{{ 'login.needed' | transloco }}</p>
    }
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-form-error [error]="submission.apiError()" [labels]="labels">
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

      <app-text-field
        [control]="form.controls.email"
        name="email"
        fieldId="login-email"
        label="login.email"
        type="email"
        autocomplete="username"
        [spellcheck]="false"
      />
      <app-password-field
        [control]="form.controls.password"
        name="password"
        fieldId="login-password"
        label="login.password"
        autocomplete="current-password"
      />
      <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
        {{ (submission.submitting() ? 'login.submitting' : 'login.submit') | transloco }}
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
  protected readonly submission = new FormSubmission(this.form);
  protected readonly notVerified = signal(false);
  protected readonly resendState = signal<ResendState>('idle');
  protected readonly resentTo = signal('');

  protected submit(): Promise<void> {
    return this.submission.run(
      async () => {
        this.resendState.set('idle');
        const { email, password } = this.form.getRawValue();
        await this.auth.login(email.trim(), password);
        await this.router.navigateByUrl(this.returnUrl() ?? linkTo('account'));
      },
      (apiError) => {
        this.notVerified.set(hasMessageKey(apiError, emailNotVerifiedKey));
        this.form.controls.password.reset();
      },
    );
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
