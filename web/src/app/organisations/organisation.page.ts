import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import { OrganisationDocument } from '../generated/graphql';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { StatusBadge } from '../shared/status-badge';
import { EditOrganisationSection } from './edit-organisation-section';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { OrganisationProfile } from './organisation-profile';

/** One organisation: profile, status, members and (for its admins) management. */
@Component({
  selector: 'app-organisation-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    StatusBadge,
    OrganisationProfile,
    EditOrganisationSection,
    MembersSection,
    InvitationsSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'organisations.detail.back' | transloco }}</a>
    </p>
    @switch (result()?.status) {
      @case ('error') {
        @if (notFound()) {
          <h1>{{ 'organisations.detail.notFound' | transloco }}</h1>
          <p>{{ 'organisations.detail.notFoundBody' | transloco }}</p>
        } @else {
          <h1>{{ 'organisations.detail.title' | transloco }}</h1>
          <div class="state state--error" role="alert">
            <p>{{ 'organisations.detail.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
      }
      @case ('ready') {
        @if (organisation(); as organisation) {
          <h1>
            {{ organisation.name }}
            <app-status-badge [status]="organisation.status" />
          </h1>
          @switch (organisation.status) {
            @case ('PENDING') {
              <p class="state">{{ 'organisations.detail.pending' | transloco }}</p>
            }
            @case ('REJECTED') {
              <div class="state state--error">
                <p>{{ 'organisations.detail.rejected' | transloco }}</p>
                @if (organisation.rejectionReason; as reason) {
                  <p>
                    <strong>{{ 'organisations.detail.reason' | transloco }}</strong>
                    <span class="pre-line">{{ reason }}</span>
                  </p>
                }
              </div>
            }
          }
          <app-organisation-profile [organisation]="organisation" />
          @if (isOrganisationAdmin()) {
            <app-edit-organisation-section
              [organisation]="organisation"
              (changed)="reload.refresh()"
            />
          }
          @if (organisation.members; as members) {
            <app-members-section
              [members]="members"
              [manage]="isOrganisationAdmin()"
              [myMembershipId]="organisation.myMembership?.id ?? null"
              (changed)="reload.refresh()"
              (left)="onLeft()"
            />
          }
          @if (isOrganisationAdmin() && organisation.invitations; as invitations) {
            <app-invitations-section
              [organisationId]="organisation.id"
              [invitations]="invitations"
              (changed)="reload.refresh()"
            />
          }
        }
      }
      @default {
        <h1>{{ 'organisations.detail.title' | transloco }}</h1>
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class OrganisationPage {
  private readonly apollo = inject(Apollo);
  protected readonly listLink = linkTo('organisations');
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
      (id) =>
        this.apollo
          .query({ query: OrganisationDocument, variables: { id }, fetchPolicy: 'network-only' })
          .pipe(map((result) => requireData(result).organisation)),
      this.reload,
    ),
  );
  protected readonly organisation = readyData(this.result);
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result?.status === 'error' && result.error.code === 'NOT_FOUND';
  });
  private readonly auth = inject(AuthState);

  protected onLeft(): void {
    // My account and the header list the user's organisations.
    void this.auth.refresh();
  }

  protected readonly isOrganisationAdmin = computed(
    () => this.organisation()?.myMembership?.role === 'ORGANISATION_ADMIN',
  );
}
