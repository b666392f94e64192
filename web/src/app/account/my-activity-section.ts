import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { combineLatest, map } from 'rxjs';
import { linkTo } from '../app.paths';
import { AuditTable } from '../coordination/audit-table';
import { AuditLogDocument } from '../generated/graphql';
import { Pagination } from '../shared/pagination';
import { queryState, Reload, requireData } from '../shared/query-state';

const pageSize = 10;

/** "Mijn activiteit": the user's own audit-log entries. */
@Component({
  selector: 'app-my-activity-section',
  imports: [RouterLink, TranslocoPipe, AuditTable, Pagination],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">{{ 'account.activity.heading' | transloco }}</h2>
      <p>{{ 'account.activity.intro' | transloco }}</p>
      @if (canCoordinate()) {
        <p>
          <a [routerLink]="auditLogLink">{{ 'account.activity.fullLog' | transloco }}</a>
        </p>
      }
      @switch (activity()?.status) {
        @case ('error') {
          <div class="state state--error" role="alert">
            <p>{{ 'account.activity.error' | transloco }}</p>
            <button type="button" class="button" (click)="reload.retry()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        }
        @case ('ready') {
          @if (page(); as page) {
            @if (page.totalCount === 0) {
              <p class="state">{{ 'account.activity.empty' | transloco }}</p>
            } @else {
              <app-audit-table
                [entries]="page.items"
                [showActor]="false"
                caption="account.activity.caption"
                captionId="activity-caption"
              />
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
    </section>
  `,
})
export class MyActivitySection {
  private readonly apollo = inject(Apollo);
  readonly userId = input.required<string>();
  readonly canCoordinate = input(false);

  protected readonly auditLogLink = linkTo('auditLog');
  protected readonly take = pageSize;
  protected readonly skip = signal(0);
  protected readonly reload = new Reload();
  protected readonly activity = toSignal(
    queryState(
      combineLatest([toObservable(this.userId), toObservable(this.skip)]),
      ([actorId, skip]) =>
        this.apollo
          .query({
            query: AuditLogDocument,
            variables: {
              filter: {
                actorId,
                action: null,
                entityType: null,
                entityId: null,
                from: null,
                to: null,
              },
              skip,
              take: pageSize,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).auditLog)),
      this.reload,
    ),
  );

  protected page() {
    const activity = this.activity();
    return activity?.status === 'ready' ? activity.data : null;
  }
}
