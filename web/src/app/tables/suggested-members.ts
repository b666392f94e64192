import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import type { Helix } from '../generated/graphql';
import { AddTableMembersDocument, SuggestedTableMembersDocument } from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { FormError } from '../shared/form-error';
import { helixLabelKeys } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';

const reasonCodes = ['HELIX_MISSING', 'HELIX_THIN', 'THEME', 'ECOSYSTEM', 'NEW_MUNICIPALITY'];

/**
 * Organisations to invite to a table, with why (the helix they restore first); a
 * coordinator adds one of their people to the table.
 */
@Component({
  selector: 'app-suggested-members',
  imports: [FormsModule, TranslocoPipe, QueryStatus, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'tables.detail.suggestionsIntro' | transloco }}</p>
    <app-query-status
      [state]="result()"
      [error]="'tables.detail.suggestionsError' | transloco"
      (retry)="reload.retry()"
    />
    <div role="status">
      @if (added(); as name) {
        <p class="state">{{ 'tables.detail.added' | transloco: { name } }}</p>
      }
    </div>
    <app-form-error [error]="error()" />
    @if (suggestions(); as list) {
      @if (list.length === 0) {
        <p class="state">{{ 'tables.detail.noSuggestions' | transloco }}</p>
      } @else {
        <ul class="stack plain-list">
          @for (s of list; track s.organisation.id) {
            <li class="card" [attr.data-organisation]="s.organisation.id">
              <h3 class="card__title">
                {{ s.organisation.name }}
                <span class="badge">{{ helixLabelKeys[s.helix] | transloco }}</span>
              </h3>
              <ul>
                @for (reason of s.reasons; track $index) {
                  <li>{{ reasonText(reason) }}</li>
                }
              </ul>
              @if ((s.organisation.members ?? []).length > 0) {
                <div class="form-field">
                  <label [for]="'add-' + s.organisation.id">
                    {{
                      'tables.detail.addPerson' | transloco: { organisation: s.organisation.name }
                    }}
                  </label>
                  <select [id]="'add-' + s.organisation.id" [(ngModel)]="chosen[s.organisation.id]">
                    <option value="">{{ 'tables.detail.choosePerson' | transloco }}</option>
                    @for (m of s.organisation.members ?? []; track m.id) {
                      <option [value]="m.user.id">{{ m.user.displayName }}</option>
                    }
                  </select>
                </div>
                <button
                  type="button"
                  class="button button--secondary"
                  [disabled]="busy() || !chosen[s.organisation.id]"
                  (click)="add(s.organisation.id, s.organisation.members ?? [])"
                >
                  {{ 'tables.detail.add' | transloco }}
                </button>
              } @else {
                <p class="hint">{{ 'tables.detail.noPeople' | transloco }}</p>
              }
            </li>
          }
        </ul>
      }
    }
  `,
})
export class SuggestedMembers {
  private readonly apollo = inject(Apollo);
  private readonly transloco = inject(TranslocoService);

  readonly tableId = input.required<string>();
  readonly memberAdded = output<void>();

  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      toObservable(this.tableId),
      (tableId) =>
        this.apollo
          .query({
            query: SuggestedTableMembersDocument,
            variables: { tableId },
            fetchPolicy: 'network-only',
          })
          .pipe(map((r) => requireData(r).suggestedTableMembers)),
      this.reload,
    ),
  );
  protected readonly suggestions = readyData(this.result);
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly chosen: Record<string, string> = {};
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly added = signal<string | null>(null);
  // Re-translate reasons when the language changes.
  private readonly lang = toSignal(this.transloco.langChanges$);

  protected reasonText(reason: {
    readonly code: string;
    readonly message: string;
    readonly params: unknown;
  }): string {
    this.lang();
    if (!reasonCodes.includes(reason.code)) return reason.message;
    const params = (
      typeof reason.params === 'object' && reason.params !== null ? reason.params : {}
    ) as Record<string, unknown>;
    const helix = typeof params['helix'] === 'string' ? (params['helix'] as Helix) : null;
    return this.transloco.translate(`tables.reason.${reason.code}`, {
      helix:
        helix && helix in helixLabelKeys ? this.transloco.translate(helixLabelKeys[helix]) : '',
    });
  }

  protected async add(
    organisationId: string,
    members: readonly { readonly user: { readonly id: string; readonly displayName: string } }[],
  ): Promise<void> {
    const userId = this.chosen[organisationId];
    if (!userId || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.added.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: AddTableMembersDocument,
          variables: { input: { tableId: this.tableId(), members: [{ userId, organisationId }] } },
        }),
      );
      this.added.set(members.find((m) => m.user.id === userId)?.user.displayName ?? '');
      this.chosen[organisationId] = '';
      this.memberAdded.emit();
      this.reload.refresh();
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
