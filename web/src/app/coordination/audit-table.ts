import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditLogQuery } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { MessageKeys } from '../shared/message-keys';
import { auditActionKey, entityTypeKey, summaryLines } from './audit-labels';

export type AuditEntryRow = AuditLogQuery['auditLog']['items'][number];

/** Audit entries as a table: when, who, what, on which entity, what changed. */
@Component({
  selector: 'app-audit-table',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" role="region" [attr.aria-labelledby]="captionId()" tabindex="0">
      <table>
        <caption [id]="captionId()">
          {{
            caption() | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'auditLog.table.when' | transloco }}</th>
            @if (showActor()) {
              <th scope="col">{{ 'auditLog.table.actor' | transloco }}</th>
            }
            <th scope="col">{{ 'auditLog.table.action' | transloco }}</th>
            <th scope="col">{{ 'auditLog.table.entity' | transloco }}</th>
            <th scope="col">{{ 'auditLog.table.summary' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr>
              <td>{{ entry.createdAt | appDateTime }}</td>
              @if (showActor()) {
                <td>{{ entry.actor?.displayName ?? ('auditLog.table.noActor' | transloco) }}</td>
              }
              <th scope="row">
                @if (keys.has(actionKey(entry.action))) {
                  {{ actionKey(entry.action) | transloco }}<br />
                }
                <code>{{ entry.action }}</code>
              </th>
              <td>
                {{
                  keys.has(typeKey(entry.entityType))
                    ? (typeKey(entry.entityType) | transloco)
                    : entry.entityType
                }}
                @if (entry.entityId) {
                  <br /><code class="id">{{ entry.entityId }}</code>
                }
              </td>
              <td>
                <ul class="plain-list">
                  @for (line of lines(entry.summary); track $index) {
                    <li>{{ line }}</li>
                  }
                </ul>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class AuditTable {
  protected readonly keys = inject(MessageKeys);
  readonly entries = input.required<readonly AuditEntryRow[]>();
  readonly caption = input.required<string>();
  readonly captionId = input('audit-caption');
  readonly showActor = input(true);

  protected readonly actionKey = auditActionKey;
  protected readonly typeKey = entityTypeKey;
  protected readonly lines = summaryLines;
}
