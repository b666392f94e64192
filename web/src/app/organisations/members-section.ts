import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, Observable } from 'rxjs';
import { ChangeMemberRoleDocument, RemoveMemberDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FormError } from '../shared/form-error';
import { membershipRoleLabelKeys, membershipRoles } from '../shared/labels';
import type { OrganisationDetail } from './organisation-profile';
import { ConfirmButton } from '../shared/confirm-button';

export type Member = NonNullable<OrganisationDetail['members']>[number];

/** The members of an organisation; its admins change roles and remove members here. */
@Component({
  selector: 'app-members-section',
  imports: [TranslocoPipe, DateTimePipe, FormError, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" tabindex="-1">{{ 'organisations.members.heading' | transloco }}</h2>
      <div role="status">
        @if (message(); as message) {
          <p class="state">{{ message.key | transloco: { name: message.name } }}</p>
        }
      </div>
      <app-form-error [error]="apiError()" />
      @if (members().length === 0) {
        <p class="state">{{ 'organisations.members.empty' | transloco }}</p>
      } @else {
        <div class="table-scroll" role="region" aria-labelledby="members-caption" tabindex="0">
          <table>
            <caption id="members-caption">
              {{
                'organisations.members.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'organisations.members.name' | transloco }}</th>
                <th scope="col">{{ 'organisations.members.email' | transloco }}</th>
                <th scope="col">{{ 'organisations.members.role' | transloco }}</th>
                <th scope="col">{{ 'organisations.members.since' | transloco }}</th>
                @if (hasActions()) {
                  <th scope="col">{{ 'organisations.members.actions' | transloco }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (member of members(); track member.id) {
                <tr>
                  <th scope="row">{{ member.user.displayName }}</th>
                  <td>{{ member.user.email }}</td>
                  <td>
                    @if (manage()) {
                      <label class="visually-hidden" [for]="'role-' + member.id">
                        {{
                          'organisations.members.roleOf'
                            | transloco: { name: member.user.displayName }
                        }}
                      </label>
                      <select
                        #roleSelect
                        [id]="'role-' + member.id"
                        [value]="member.role"
                        (change)="changeRole(member, roleSelect)"
                      >
                        @for (role of roles; track role) {
                          <option [value]="role" [selected]="role === member.role">
                            {{ roleLabelKeys[role] | transloco }}
                          </option>
                        }
                      </select>
                    } @else {
                      {{ roleLabelKeys[member.role] | transloco }}
                    }
                  </td>
                  <td>{{ member.createdAt | appDateTime: 'date' }}</td>
                  @if (hasActions()) {
                    <td>
                      @if (manage() || member.id === myMembershipId()) {
                        @let own = member.id === myMembershipId();
                        <app-confirm-button
                          [id]="member.id"
                          [name]="member.user.displayName"
                          [label]="
                            own ? 'organisations.members.leave' : 'organisations.members.remove'
                          "
                          [nameInLabel]="!own"
                          [question]="
                            own
                              ? 'organisations.members.leaveConfirm'
                              : 'organisations.members.confirm'
                          "
                          [confirmLabel]="
                            own
                              ? 'organisations.members.confirmLeave'
                              : 'organisations.members.confirmRemove'
                          "
                          (confirmed)="remove(member)"
                        />
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
})
export class MembersSection {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly members = input.required<readonly Member[]>();
  /** Whether the viewer is an admin of this organisation. */
  readonly manage = input(false);
  /** The viewer's own membership, if any: they may leave. */
  readonly myMembershipId = input<string | null>(null);
  /** Something changed: the page loads the organisation again. */
  readonly changed = output();
  /** The viewer left the organisation. */
  readonly left = output();

  protected readonly roles = membershipRoles;
  protected readonly roleLabelKeys = membershipRoleLabelKeys;
  protected readonly hasActions = computed(() => this.manage() || this.myMembershipId() !== null);
  protected readonly message = signal<{ key: string; name: string } | null>(null);
  protected readonly apiError = signal<ApiError | null>(null);

  protected async changeRole(member: Member, select: HTMLSelectElement): Promise<void> {
    const role = membershipRoles.find((r) => r === select.value);
    if (!role || role === member.role) return;
    const changed = await this.run(
      this.apollo.mutate({
        mutation: ChangeMemberRoleDocument,
        variables: { input: { membershipId: member.id, role } },
      }),
      { key: 'organisations.members.roleChanged', name: member.user.displayName },
    );
    // Refused: show the role the member really has.
    if (!changed) select.value = member.role;
  }

  protected async remove(member: Member): Promise<void> {
    const own = member.id === this.myMembershipId();
    const removed = await this.run(
      this.apollo.mutate({
        mutation: RemoveMemberDocument,
        variables: { input: { id: member.id } },
      }),
      {
        key: own ? 'organisations.members.left' : 'organisations.members.removed',
        name: member.user.displayName,
      },
    );
    if (!removed) return;
    if (own) this.left.emit();
    // The row and its button are gone; keep focus in the section.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('#members-heading')?.focus(),
      { injector: this.injector },
    );
  }

  private async run(
    mutation: Observable<unknown>,
    done: { key: string; name: string },
  ): Promise<boolean> {
    this.message.set(null);
    this.apiError.set(null);
    try {
      await firstValueFrom(mutation);
      this.message.set(done);
      this.changed.emit();
      return true;
    } catch (error) {
      this.apiError.set(toApiError(error));
      return false;
    }
  }
}
