import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConversationStatus } from './conversation-types';

export const conversationStatusLabelKeys: Readonly<Record<ConversationStatus, string>> = {
  DRAFT: 'conversations.status.DRAFT',
  POLLING: 'conversations.status.POLLING',
  CONFIRMED: 'conversations.status.CONFIRMED',
  CANCELLED: 'conversations.status.CANCELLED',
};

const badgeClass: Readonly<Record<ConversationStatus, string>> = {
  DRAFT: 'badge badge--pending',
  POLLING: 'badge badge--mail-pending',
  CONFIRMED: 'badge badge--active',
  CANCELLED: 'badge badge--rejected',
};

/** The status of a conversation, as text (colour only supports it). */
@Component({
  selector: 'app-conversation-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="badgeClass[status()]">{{ labelKeys[status()] | transloco }}</span>`,
})
export class ConversationStatusBadge {
  readonly status = input.required<ConversationStatus>();
  protected readonly labelKeys = conversationStatusLabelKeys;
  protected readonly badgeClass = badgeClass;
}
