import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OutboxQuery } from '../generated/graphql';
import { DateTimePipe } from '../shared/date-time.pipe';
import { mailStatusLabelKeys } from '../shared/labels';

export type OutboxMail = OutboxQuery['outbox']['items'][number];

interface BodyPart {
  readonly text: string;
  readonly href: string | null;
}

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** The body as text with its http(s) links clickable (nothing else is interpreted). */
export function linkify(body: string): BodyPart[] {
  return body
    .split(urlPattern)
    .filter((text) => text !== '')
    .map((text) => ({ text, href: /^https?:\/\//.test(text) ? text : null }));
}

/** One mail of the outbox: to, subject, status and times; the body behind a disclosure. */
@Component({
  selector: 'app-outbox-mail',
  imports: [TranslocoPipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.aria-labelledby]="'mail-' + mail().id">
      <h2 class="card__title" [id]="'mail-' + mail().id">{{ mail().subject }}</h2>
      <dl class="card__facts">
        <dt>{{ 'outbox.to' | transloco }}</dt>
        <dd>{{ mail().to }}</dd>
        <dt>{{ 'outbox.status' | transloco }}</dt>
        <dd>
          <span class="badge" [class]="'badge--mail-' + mail().status.toLowerCase()">
            {{ statusLabelKeys[mail().status] | transloco }}
          </span>
        </dd>
        <dt>{{ 'outbox.createdAt' | transloco }}</dt>
        <dd>{{ mail().createdAt | appDateTime }}</dd>
        @if (mail().sentAt; as sentAt) {
          <dt>{{ 'outbox.sentAt' | transloco }}</dt>
          <dd>{{ sentAt | appDateTime }}</dd>
        }
      </dl>
      <details>
        <summary>{{ 'outbox.body' | transloco }}</summary>
        <!-- One line: whitespace in this element is shown (pre-wrap). -->
        <!-- prettier-ignore -->
        <div class="mail-body">@for (part of body(); track $index) {@if (part.href) {<a [href]="part.href">{{ part.text }}</a>} @else {<span>{{ part.text }}</span>}}</div>
      </details>
    </article>
  `,
})
export class OutboxMailItem {
  readonly mail = input.required<OutboxMail>();
  protected readonly statusLabelKeys = mailStatusLabelKeys;
  protected readonly body = computed(() => linkify(this.mail().body));
}
