import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { passwordValidators } from '../auth/password';
import { PasswordField } from '../auth/password-field';
import { ChangePasswordDocument } from '../generated/graphql';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';

@Component({
  selector: 'app-change-password-section',
  imports: [ReactiveFormsModule, TranslocoPipe, FormError, PasswordField],
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
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-password-field
          [control]="form.controls.currentPassword"
          name="currentPassword"
          fieldId="current-password"
          label="account.password.current"
          autocomplete="current-password"
        />
        <app-password-field
          [control]="form.controls.newPassword"
          name="newPassword"
          fieldId="new-password"
          label="account.password.new"
          autocomplete="new-password"
          [strength]="true"
        />
        <button type="submit" class="button" [attr.aria-busy]="submission.submitting()">
          {{ 'account.password.submit' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class ChangePasswordSection {
  private readonly apollo = inject(Apollo);

  protected readonly labels = {
    currentPassword: 'account.password.current',
    newPassword: 'account.password.new',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', passwordValidators],
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly changed = signal(false);

  protected submit(): Promise<void> {
    if (!this.submission.submitting()) this.changed.set(false);
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ChangePasswordDocument,
          variables: { input: this.form.getRawValue() },
        }),
      );
      this.form.reset();
      this.changed.set(true);
    });
  }
}
