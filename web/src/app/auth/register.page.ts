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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { RegisterDocument } from '../generated/graphql';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { TextField } from '../shared/text-field';
import { passwordValidators } from './password';
import { PasswordField } from './password-field';

/** Registreren: create an account, then confirm the address from the mail. */
@Component({
  selector: 'app-register-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, FormError, PasswordField, TextField],
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
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-text-field
          [control]="form.controls.displayName"
          name="displayName"
          fieldId="register-displayName"
          label="register.displayName"
          autocomplete="name"
        />
        <app-text-field
          [control]="form.controls.email"
          name="email"
          fieldId="register-email"
          label="register.email"
          type="email"
          autocomplete="email"
          [spellcheck]="false"
        />
        <app-password-field
          [control]="form.controls.password"
          name="password"
          fieldId="register-password"
          label="register.password"
          autocomplete="new-password"
          [strength]="true"
        />

        <p class="hint">
          {{ 'register.privacy' | transloco }}
          <a [routerLink]="privacyLink">{{ 'register.privacyLink' | transloco }}</a>
        </p>
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
          {{ (submission.submitting() ? 'register.submitting' : 'register.submit') | transloco }}
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
  protected readonly submission = new FormSubmission(this.form);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): Promise<void> {
    return this.submission.run(async () => {
      const { displayName, email, password } = this.form.getRawValue();
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
    });
  }
}
