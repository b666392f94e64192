import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { ResetPasswordDocument } from '../generated/graphql';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { passwordValidators, samePassword } from './password';
import { PasswordField } from './password-field';

/** Wachtwoord herstellen: the link from the reset mail (?token=…) lands here. */
@Component({
  selector: 'app-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FormError, PasswordField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'resetPassword.heading' | transloco }}</h1>
    @if (!token) {
      <p class="state state--error" role="alert">{{ 'resetPassword.missing' | transloco }}</p>
      <p>
        <a [routerLink]="forgotPasswordLink">{{ 'resetPassword.requestNew' | transloco }}</a>
      </p>
    } @else if (done()) {
      <div class="state" role="status">
        <p>{{ 'resetPassword.done' | transloco }}</p>
      </div>
      <p>
        <a class="button" [routerLink]="loginLink">{{ 'resetPassword.login' | transloco }}</a>
      </p>
    } @else {
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels">
          @if (linkProblem()) {
            <p>
              <a [routerLink]="forgotPasswordLink">{{ 'resetPassword.requestNew' | transloco }}</a>
            </p>
          }
        </app-form-error>
        <app-password-field
          [control]="form.controls.password"
          name="password"
          fieldId="reset-password"
          label="resetPassword.password"
          autocomplete="new-password"
          [strength]="true"
        />
        <app-password-field
          [control]="form.controls.repeat"
          name="repeat"
          fieldId="reset-repeat"
          label="resetPassword.repeat"
          autocomplete="new-password"
        />
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
          {{ 'resetPassword.submit' | transloco }}
        </button>
      </form>
    }
  `,
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);

  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
  protected readonly loginLink = linkTo('login');
  protected readonly forgotPasswordLink = linkTo('forgotPassword');
  protected readonly labels = { password: 'resetPassword.password' };
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', passwordValidators],
      repeat: ['', Validators.required],
    },
    { validators: samePassword },
  );
  protected readonly submission = new FormSubmission(this.form);
  protected readonly done = signal(false);
  /** The error is about the link (token), not about the new password. */
  protected readonly linkProblem = computed(
    () => !(this.submission.apiError()?.fields ?? []).some((field) => field.field === 'password'),
  );

  protected async submit(): Promise<void> {
    const token = this.token;
    if (!token) return;
    await this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ResetPasswordDocument,
          variables: { input: { token, password: this.form.controls.password.value } },
        }),
      );
      this.done.set(true);
    });
  }
}
