import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { linkTo, organisationLink } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { AcceptInvitationDocument, MembershipRole } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { membershipRoleLabelKeys } from '../shared/labels';

interface Accepted {
  readonly organisationName: string;
  readonly link: string;
  readonly role: MembershipRole;
}

/** Uitnodiging: the link from an invitation mail (?token=…); accepting needs a signed-in user. */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [RouterLink, TranslocoPipe, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'invitation.heading' | transloco }}</h1>
    @if (!token) {
      <p class="state state--error" role="alert">{{ 'invitation.missing' | transloco }}</p>
    } @else {
      <div role="status">
        @if (accepted(); as accepted) {
          <div class="state">
            <p>
              {{
                'invitation.accepted'
                  | transloco
                    : {
                        organisation: accepted.organisationName,
                        role: (roleLabelKeys[accepted.role] | transloco),
                      }
              }}
            </p>
            <p>
              <a [routerLink]="accepted.link">{{ 'invitation.toOrganisation' | transloco }}</a>
            </p>
          </div>
        }
      </div>
      @if (!accepted()) {
        <p class="lead">
          {{ 'invitation.intro' | transloco: { name: auth.user()?.displayName ?? '' } }}
        </p>
        <app-form-error [error]="apiError()" />
        <p>
          <button type="button" class="button" [attr.aria-busy]="accepting()" (click)="accept()">
            {{ 'invitation.accept' | transloco }}
          </button>
        </p>
        <p class="hint">
          {{ 'invitation.otherAccount' | transloco }}
          <a [routerLink]="accountLink">{{ 'invitation.accountLink' | transloco }}</a>
        </p>
      }
    }
  `,
})
export class AcceptInvitationPage {
  private readonly apollo = inject(Apollo);
  protected readonly auth = inject(AuthState);
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
  protected readonly accountLink = linkTo('account');
  protected readonly roleLabelKeys = membershipRoleLabelKeys;
  protected readonly accepting = signal(false);
  protected readonly accepted = signal<Accepted | null>(null);
  protected readonly apiError = signal<ApiError | null>(null);

  protected async accept(): Promise<void> {
    if (!this.token || this.accepting()) return;
    this.accepting.set(true);
    this.apiError.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: AcceptInvitationDocument,
          variables: { input: { token: this.token } },
        }),
      );
      const membership = result.data?.acceptInvitation;
      if (membership) {
        this.accepted.set({
          organisationName: membership.organisation.name,
          link: organisationLink(membership.organisation.id),
          role: membership.role,
        });
      }
      // The new membership shows in the header and on my account.
      await this.auth.refresh();
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.accepting.set(false);
    }
  }
}
