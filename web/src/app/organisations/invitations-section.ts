import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  InviteMemberDocument,
  MembershipRole,
  RevokeInvitationDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { membershipRoleLabelKeys, membershipRoles } from '../shared/labels';
import { TextField } from '../shared/text-field';
import type { OrganisationDetail } from './organisation-profile';

export type Invitation = NonNullable<OrganisationDetail['invitations']>[number];

/** Open invitations of an organisation (revocable) and the form to invite someone. */
@Component({
  selector: 'app-invitations-section',
  imports: [ReactiveFormsModule, TranslocoPipe, DateTimePipe, FormError, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" tabindex="-1">
        {{ 'organisations.invitations.heading' | transloco }}
      </h2>
      <div role="status">
        @if (message(); as message) {
          <p class="state">{{ message.key | transloco: { email: message.email } }}</p>
        }
      </div>
      <app-form-error [error]="revokeError()" />
      @if (invitations().length === 0) {
        <p>{{ 'organisations.invitations.empty' | transloco }}</p>
      } @else {
        <ul class="plain-list stack">
          @for (invitation of invitations(); track invitation.id) {
            <li class="row">
              <span>
                <strong>{{ invitation.email }}</strong>
                — {{ roleLabelKeys[invitation.role] | transloco }},
                {{
                  'organisations.invitations.expires'
                    | transloco: { date: (invitation.expiresAt | appDateTime) }
                }}
              </span>
              <button type="button" class="button button--secondary" (click)="revoke(invitation)">
                {{ 'organisations.invitations.revoke' | transloco }}
                <span class="visually-hidden">{{ invitation.email }}</span>
              </button>
            </li>
          }
        </ul>
      }

      <h3>{{ 'organisations.invitations.inviteHeading' | transloco }}</h3>
      <form class="form" [formGroup]="form" (ngSubmit)="invite()" novalidate>
        <app-form-error [error]="invitation.apiError()" [labels]="labels" />
        <app-text-field
          [control]="form.controls.email"
          name="email"
          fieldId="invite-email"
          label="organisations.invitations.email"
          type="email"
          autocomplete="off"
          [spellcheck]="false"
        />
        <div class="form-field">
          <label for="invite-role">{{ 'organisations.invitations.role' | transloco }}</label>
          <select id="invite-role" formControlName="role">
            @for (role of roles; track role) {
              <option [value]="role">{{ roleLabelKeys[role] | transloco }}</option>
            }
          </select>
        </div>
        <button type="submit" class="button" [attr.aria-busy]="invitation.submitting()">
          {{ 'organisations.invitations.submit' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class InvitationsSection {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly organisationId = input.required<string>();
  readonly invitations = input.required<readonly Invitation[]>();
  /** Something changed: the page loads the organisation again. */
  readonly changed = output();

  protected readonly roles = membershipRoles;
  protected readonly roleLabelKeys = membershipRoleLabelKeys;
  protected readonly labels = {
    email: 'organisations.invitations.email',
    role: 'organisations.invitations.role',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as MembershipRole],
  });
  protected readonly invitation = new FormSubmission(this.form);
  protected readonly message = signal<{ key: string; email: string } | null>(null);
  protected readonly revokeError = signal<ApiError | null>(null);

  protected invite(): Promise<void> {
    return this.invitation.run(async () => {
      this.message.set(null);
      const email = this.form.controls.email.value.trim();
      await firstValueFrom(
        this.apollo.mutate({
          mutation: InviteMemberDocument,
          variables: {
            input: {
              organisationId: this.organisationId(),
              email,
              role: this.form.controls.role.value,
            },
          },
        }),
      );
      this.form.reset();
      this.message.set({ key: 'organisations.invitations.sent', email });
      this.changed.emit();
    });
  }

  protected async revoke(invitation: Invitation): Promise<void> {
    this.revokeError.set(null);
    this.message.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: RevokeInvitationDocument,
          variables: { input: { id: invitation.id } },
        }),
      );
      this.message.set({ key: 'organisations.invitations.revoked', email: invitation.email });
      this.changed.emit();
      // The button is gone with the invitation; keep focus in the section.
      this.host.nativeElement.querySelector<HTMLElement>('#invitations-heading')?.focus();
    } catch (error) {
      this.revokeError.set(toApiError(error));
    }
  }
}
