import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { ResetPasswordDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';
import { passwordValidators, samePassword } from './password';
import { PasswordStrength } from './password-strength';

/** Wachtwoord herstellen: the link from the reset mail (?token=…) lands here. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    AriaInvalid,
    FieldError,
    FormError,
    PasswordStrength,
  ],
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
        <app-form-error [error]="apiError()" [labels]="labels">
          @if (linkProblem()) {
            <p>
              <a [routerLink]="forgotPasswordLink">{{ 'resetPassword.requestNew' | transloco }}</a>
            </p>
          }
        </app-form-error>
        <div class="form-field">
          <label for="reset-password">{{ 'resetPassword.password' | transloco }}</label>
          <app-password-strength [password]="password()" fieldId="reset-password" />
          <input
            id="reset-password"
            type="password"
            formControlName="password"
            autocomplete="new-password"
            appAriaInvalid
            aria-describedby="reset-password-hint reset-password-error"
          />
          <app-field-error
            [control]="form.controls.password"
            label="resetPassword.password"
            fieldId="reset-password"
          />
        </div>
        <div class="form-field">
          <label for="reset-repeat">{{ 'resetPassword.repeat' | transloco }}</label>
          <input
            id="reset-repeat"
            type="password"
            formControlName="repeat"
            autocomplete="new-password"
            appAriaInvalid
            aria-describedby="reset-repeat-error"
          />
          <app-field-error
            [control]="form.controls.repeat"
            label="resetPassword.repeat"
            fieldId="reset-repeat"
          />
        </div>
        <button type="submit" class="button" [attr.aria-busy]="submitting()">
          {{ 'resetPassword.submit' | transloco }}
        </button>
      </form>
    }
  `,
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

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
  protected readonly password = toSignal(this.form.controls.password.valueChanges, {
    initialValue: '',
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly done = signal(false);
  /** The error is about the link (token), not about the new password. */
  protected readonly linkProblem = computed(
    () => !(this.apiError()?.fields ?? []).some((field) => field.field === 'password'),
  );

  protected async submit(): Promise<void> {
    if (this.submitting() || !this.token) return;
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
          mutation: ResetPasswordDocument,
          variables: { input: { token: this.token, password: this.form.controls.password.value } },
        }),
      );
      this.done.set(true);
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
