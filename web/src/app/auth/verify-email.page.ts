import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo } from '../app.paths';
import { VerifyEmailDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';

type VerifyState =
  | { readonly status: 'missing' | 'verifying' | 'verified' }
  | { readonly status: 'failed'; readonly error: ApiError };

/** Verifieer e-mail: the link from the registration mail (?token=…) lands here. */
@Component({
  selector: 'app-verify-email-page',
  imports: [RouterLink, TranslocoPipe, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'verifyEmail.heading' | transloco }}</h1>
    @switch (state().status) {
      @case ('verifying') {
        <p class="state" role="status">{{ 'verifyEmail.verifying' | transloco }}</p>
      }
      @case ('verified') {
        <div class="state" role="status">
          <p>{{ 'verifyEmail.verified' | transloco }}</p>
        </div>
        <p>
          <a class="button" [routerLink]="loginLink">{{ 'verifyEmail.login' | transloco }}</a>
        </p>
      }
      @case ('missing') {
        <p class="state state--error" role="alert">{{ 'verifyEmail.missing' | transloco }}</p>
      }
      @case ('failed') {
        <app-form-error [error]="error()" />
        <p>{{ 'verifyEmail.failedHelp' | transloco }}</p>
        <p>
          <a [routerLink]="loginLink">{{ 'verifyEmail.loginToResend' | transloco }}</a>
        </p>
      }
    }
  `,
})
export class VerifyEmailPage {
  private readonly apollo = inject(Apollo);
  protected readonly loginLink = linkTo('login');
  protected readonly state = signal<VerifyState>({ status: 'verifying' });

  constructor() {
    const token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
    if (token) {
      void this.verify(token);
    } else {
      this.state.set({ status: 'missing' });
    }
  }

  protected error(): ApiError | null {
    const state = this.state();
    return state.status === 'failed' ? state.error : null;
  }

  private async verify(token: string): Promise<void> {
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: VerifyEmailDocument, variables: { input: { token } } }),
      );
      this.state.set({ status: 'verified' });
    } catch (error) {
      this.state.set({ status: 'failed', error: toApiError(error) });
    }
  }
}
