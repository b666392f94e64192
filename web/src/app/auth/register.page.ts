import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { RegisterDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';
import { passwordValidators } from './password';
import { PasswordStrength } from './password-strength';

/** Registreren: create an account, then confirm the address from the mail. */
@Component({
  selector: 'app-register-page',
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
    <h1>{{ 'register.heading' | transloco }}</h1>
    @if (sentTo(); as email) {
      <div class="state" role="status" tabindex="-1" #sent>
        <h2>{{ 'register.sent.heading' | transloco }}</h2>
        <p>{{ 'register.sent.body' | transloco: { email } }}</p>
        <p>{{ 'register.sent.spam' | transloco }}</p>
      </div>
      <p>
        <a [routerLink]="loginLink">{{ 'register.sent.login' | transloco }}</a>
      </p>
    } @else {
      <p class="lead">{{ 'register.intro' | transloco }}</p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="apiError()" [labels]="labels" />

        <div class="form-field">
          <label for="register-displayName">{{ 'register.displayName' | transloco }}</label>
          <input
            id="register-displayName"
            type="text"
            formControlName="displayName"
            autocomplete="name"
            appAriaInvalid
            aria-describedby="register-displayName-error"
          />
          <app-field-error
            [control]="form.controls.displayName"
            label="register.displayName"
            fieldId="register-displayName"
          />
        </div>

        <div class="form-field">
          <label for="register-email">{{ 'register.email' | transloco }}</label>
          <input
            id="register-email"
            type="email"
            formControlName="email"
            autocomplete="email"
            spellcheck="false"
            appAriaInvalid
            aria-describedby="register-email-error"
          />
          <app-field-error
            [control]="form.controls.email"
            label="register.email"
            fieldId="register-email"
          />
        </div>

        <div class="form-field">
          <label for="register-password">{{ 'register.password' | transloco }}</label>
          <app-password-strength [password]="password()" fieldId="register-password" />
          <input
            id="register-password"
            type="password"
            formControlName="password"
            autocomplete="new-password"
            appAriaInvalid
            aria-describedby="register-password-hint register-password-error"
          />
          <app-field-error
            [control]="form.controls.password"
            label="register.password"
            fieldId="register-password"
          />
        </div>

        <p class="hint">
          {{ 'register.privacy' | transloco }}
          <a [routerLink]="privacyLink">{{ 'register.privacyLink' | transloco }}</a>
        </p>
        <button type="submit" class="button" [attr.aria-busy]="submitting()">
          {{ (submitting() ? 'register.submitting' : 'register.submit') | transloco }}
        </button>
      </form>
      <p class="form-aside">
        {{ 'register.haveAccount' | transloco }}
        <a [routerLink]="loginLink">{{ 'register.loginLink' | transloco }}</a>
      </p>
    }
  `,
})
export class RegisterPage {
  private readonly apollo = inject(Apollo);
  private readonly transloco = inject(TranslocoService);
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly sent = viewChild<ElementRef<HTMLElement>>('sent');

  protected readonly loginLink = linkTo('login');
  protected readonly privacyLink = linkTo('privacy');
  protected readonly labels = {
    displayName: 'register.displayName',
    email: 'register.email',
    password: 'register.password',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', passwordValidators],
  });
  protected readonly password = toSignal(this.form.controls.password.valueChanges, {
    initialValue: '',
  });
  protected readonly submitting = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.apiError.set(null);
    const { displayName, email, password } = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RegisterDocument,
          variables: {
            input: {
              displayName: displayName.trim(),
              email: email.trim(),
              password,
              locale: this.transloco.getActiveLang(),
            },
          },
        }),
      );
      this.sentTo.set(result.data?.register.email ?? email.trim());
      afterNextRender(() => this.sent()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      const apiError = toApiError(error);
      this.apiError.set(apiError);
      applyServerErrors(this.form, apiError, this.keys);
    } finally {
      this.submitting.set(false);
    }
  }
}
