import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { RequestPasswordResetDocument } from '../generated/graphql';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { TextField } from '../shared/text-field';

/**
 * Wachtwoord vergeten: ask for a reset link. The confirmation is the same whether or not
 * the address has an account, so the page does not reveal who is registered.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FormError, TextField],
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
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-text-field
          [control]="form.controls.email"
          name="email"
          fieldId="forgot-email"
          label="forgotPassword.email"
          type="email"
          autocomplete="email"
          [spellcheck]="false"
        />
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
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

  protected readonly loginLink = linkTo('login');
  protected readonly labels = { email: 'forgotPassword.email' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sent = signal(false);

  protected submit(): Promise<void> {
    return this.submission.run(async () => {
      const email = this.form.controls.email.value.trim();
      await firstValueFrom(
        this.apollo.mutate({
          mutation: RequestPasswordResetDocument,
          variables: { input: { email } },
        }),
      );
      this.sent.set(true);
    });
  }
}
