import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthState } from '../auth/auth-state.service';
import { PasswordField } from '../auth/password-field';
import { DeleteMyAccountDocument } from '../generated/graphql';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';

/** Delete my account, confirmed with the password, after saying what happens. */
@Component({
  selector: 'app-delete-account-section',
  imports: [ReactiveFormsModule, TranslocoPipe, FormError, PasswordField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="delete-account-heading" class="danger-zone">
      <h2 id="delete-account-heading">{{ 'account.delete.heading' | transloco }}</h2>
      <p>{{ 'account.delete.intro' | transloco }}</p>
      <ul>
        <li>{{ 'account.delete.account' | transloco }}</li>
        <li>{{ 'account.delete.memberships' | transloco }}</li>
        <li>{{ 'account.delete.content' | transloco }}</li>
        <li>{{ 'account.delete.audit' | transloco }}</li>
      </ul>
      <p>
        <strong>{{ 'account.delete.final' | transloco }}</strong>
      </p>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <app-password-field
          [control]="form.controls.password"
          name="password"
          fieldId="delete-password"
          label="account.delete.password"
          autocomplete="current-password"
        />
        <button
          type="submit"
          class="button button--danger"
          [attr.aria-busy]="submission.submitting()"
        >
          {{ 'account.delete.submit' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class DeleteAccountSection {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  readonly deleted = output();
  protected readonly labels = { password: 'account.delete.password' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected submit(): Promise<void> {
    return this.submission.run(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: DeleteMyAccountDocument,
          variables: { input: { password: this.form.controls.password.value } },
        }),
      );
      this.deleted.emit();
      await this.auth.sessionChanged();
    });
  }
}
