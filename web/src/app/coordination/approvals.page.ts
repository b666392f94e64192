import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, Observable } from 'rxjs';
import {
  ApproveOrganisationDocument,
  PendingOrganisationsDocument,
  RejectOrganisationDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { ApprovalCard, PendingOrganisation } from './approval-card';

/** Goedkeuringen (coordinators, admins): approve or reject new organisations. */
@Component({
  selector: 'app-approvals-page',
  imports: [TranslocoPipe, ApprovalCard, FormError, Pagination, QueryStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1" id="approvals-heading">{{ 'approvals.heading' | transloco }}</h1>
    <p class="lead">{{ 'approvals.intro' | transloco }}</p>
    <div role="status">
      @if (message(); as message) {
        <p class="state">{{ message.key | transloco: { name: message.name } }}</p>
      }
    </div>
    <app-form-error [error]="apiError()" />
    <app-query-status
      [state]="list.result()"
      [error]="'approvals.error' | transloco"
      (retry)="list.reload.retry()"
    />
    @if (list.page(); as page) {
      @if (page.items.length === 0) {
        <p class="state">{{ 'approvals.empty' | transloco }}</p>
      } @else {
        <p>{{ 'approvals.count' | transloco: { count: page.totalCount } }}</p>
        <ul class="plain-list stack">
          @for (organisation of page.items; track organisation.id) {
            <li>
              <app-approval-card
                [organisation]="organisation"
                [busy]="busyId() === organisation.id"
                (approve)="approve(organisation)"
                (reject)="reject(organisation, $event)"
              />
            </li>
          }
        </ul>
        <app-pagination
          [total]="page.totalCount"
          [skip]="list.skip()"
          [take]="list.take"
          (skipChange)="list.goTo($event)"
        />
      }
    }
  `,
})
export class ApprovalsPage {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly list = pagedList(10, ({ skip, take }) =>
    this.apollo
      .query({
        query: PendingOrganisationsDocument,
        variables: { skip, take },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requireData(result).organisations)),
  );
  protected readonly busyId = signal<string | null>(null);
  protected readonly message = signal<{ key: string; name: string } | null>(null);
  protected readonly apiError = signal<ApiError | null>(null);

  protected approve(organisation: PendingOrganisation): Promise<void> {
    return this.decide(
      organisation,
      this.apollo.mutate({
        mutation: ApproveOrganisationDocument,
        variables: { input: { id: organisation.id } },
      }),
      'approvals.approved',
    );
  }

  protected reject(organisation: PendingOrganisation, reason: string): Promise<void> {
    return this.decide(
      organisation,
      this.apollo.mutate({
        mutation: RejectOrganisationDocument,
        variables: { input: { id: organisation.id, reason } },
      }),
      'approvals.rejected',
    );
  }

  private async decide(
    organisation: PendingOrganisation,
    mutation: Observable<unknown>,
    doneKey: string,
  ): Promise<void> {
    this.busyId.set(organisation.id);
    this.message.set(null);
    this.apiError.set(null);
    try {
      await firstValueFrom(mutation);
      this.message.set({ key: doneKey, name: organisation.name });
      // The organisation leaves the queue; keep focus on the page, not on a removed button.
      this.host.nativeElement.querySelector<HTMLElement>('#approvals-heading')?.focus();
      const { page, skip, take, reload } = this.list;
      const lastOnPage = page()?.items.length === 1 && skip() > 0;
      if (lastOnPage) skip.update((current) => Math.max(0, current - take));
      else reload.refresh();
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.busyId.set(null);
    }
  }
}
