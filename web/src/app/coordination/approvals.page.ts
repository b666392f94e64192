import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
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
import { Pagination } from '../shared/pagination';
import { queryState, Reload, requireData } from '../shared/query-state';
import { ApprovalCard, PendingOrganisation } from './approval-card';

const pageSize = 10;

/** Goedkeuringen (coordinators, admins): approve or reject new organisations. */
@Component({
  selector: 'app-approvals-page',
  imports: [TranslocoPipe, ApprovalCard, FormError, Pagination],
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
    @switch (result()?.status) {
      @case ('error') {
        <div class="state state--error" role="alert">
          <p>{{ 'approvals.error' | transloco }}</p>
          <button type="button" class="button" (click)="reload.retry()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @case ('ready') {
        @if (page(); as page) {
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
              [skip]="skip()"
              [take]="take"
              (skipChange)="skip.set($event)"
            />
          }
        }
      }
      @default {
        <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
      }
    }
  `,
})
export class ApprovalsPage {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly take = pageSize;
  protected readonly skip = signal(0);
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.skip),
      (skip) =>
        this.apollo
          .query({
            query: PendingOrganisationsDocument,
            variables: { skip, take: pageSize },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).organisations)),
      this.reload,
    ),
  );
  protected readonly page = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.data : null;
  });
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
      const lastOnPage = this.page()?.items.length === 1 && this.skip() > 0;
      if (lastOnPage) this.skip.update((skip) => Math.max(0, skip - pageSize));
      else this.reload.refresh();
    } catch (error) {
      this.apiError.set(toApiError(error));
    } finally {
      this.busyId.set(null);
    }
  }
}
