import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AcceptPartnershipDocument,
  DeclinePartnershipDocument,
  PartnershipFieldsFragment,
  PartnershipStatus,
  WithdrawPartnershipDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';
import { challengeLink, minorLink } from './partner-links';
import { partnerRoleLabelKeys, partnershipKindLabelKeys } from './partner-labels';
import { PartnershipStatusBadge } from './partnership-status-badge';

/** What the user's organisation can do with a partnership. */
export type PartnershipSide = 'incoming' | 'outgoing' | 'accepted';

type Action = 'accept' | 'decline' | 'withdraw' | 'end';

/** The outcome of an action, for the inbox to announce. */
export interface PartnershipOutcome {
  readonly action: Action;
  readonly title: string;
}

/**
 * One partnership in the inbox: what it is about, who proposed it to whom, the messages, and
 * the user's steps: accept or decline (incoming), withdraw (outgoing), end (accepted; after an
 * inline confirmation), each with an optional message to the other organisation.
 */
@Component({
  selector: 'app-partnership-card',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    TextField,
    PartnershipStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = partnership();
    <article class="card" [attr.aria-labelledby]="'partnership-' + p.id">
      <h4 class="card__title" [id]="'partnership-' + p.id">{{ title() }}</h4>
      <p>
        <app-partnership-status-badge [status]="p.status" />
        {{ kindLabelKeys[p.kind] | transloco }}
      </p>
      <dl class="card__facts">
        <dt>{{ 'partners.inbox.minor' | transloco }}</dt>
        <dd>
          <a [routerLink]="minorLink(p.minor.id)">{{ p.minor.title }}</a>
        </dd>
        @if (p.challenge; as challenge) {
          <dt>{{ 'partners.inbox.challenge' | transloco }}</dt>
          <dd>
            <a [routerLink]="challengeLink(challenge.id)">{{ challenge.title }}</a>
          </dd>
        }
        <dt>{{ 'partners.inbox.proposer' | transloco }}</dt>
        <dd>{{ p.proposer.name }}</dd>
        <dt>{{ 'partners.inbox.recipient' | transloco }}</dt>
        <dd>{{ p.recipient.name }}</dd>
        <dt>{{ 'partners.inbox.proposedAt' | transloco }}</dt>
        <dd>{{ p.createdAt | appDateTime }}</dd>
        <dt>{{ 'partners.inbox.message' | transloco }}</dt>
        <dd class="pre-line">{{ p.message || ('partners.inbox.noMessage' | transloco) }}</dd>
        @if (p.responseMessage) {
          <dt>{{ 'partners.inbox.response' | transloco }}</dt>
          <dd class="pre-line">{{ p.responseMessage }}</dd>
        }
        @if (p.respondedAt) {
          <dt>{{ 'partners.inbox.respondedAt' | transloco }}</dt>
          <dd>{{ p.respondedAt | appDateTime }}</dd>
        }
      </dl>
      <div role="alert">
        @if (error(); as error) {
          <p class="state state--error" tabindex="-1" #errorBox>
            {{ keys.forError(error) | transloco }}
          </p>
        }
      </div>
      @if (side() === 'accepted' && !confirming()) {
        <div class="actions">
          <button #endButton type="button" class="button button--secondary" (click)="startEnding()">
            {{ 'partners.inbox.action.end' | transloco }}
            <span class="visually-hidden">{{ title() }}</span>
          </button>
        </div>
      } @else {
        <div
          class="stack"
          role="group"
          [attr.aria-labelledby]="confirming() ? 'end-confirm-' + p.id : 'partnership-' + p.id"
        >
          @if (confirming()) {
            <p [id]="'end-confirm-' + p.id">
              {{ 'partners.inbox.endConfirm' | transloco: { title: title() } }}
            </p>
          }
          <app-text-field
            [control]="message"
            name="message"
            [fieldId]="'partnership-message-' + p.id"
            label="partners.inbox.responseLabel"
            [multiline]="true"
            [optional]="true"
          />
          <div class="actions">
            @switch (side()) {
              @case ('incoming') {
                <button
                  type="button"
                  class="button"
                  [attr.aria-busy]="busy()"
                  (click)="run('accept')"
                >
                  {{ 'partners.inbox.action.accept' | transloco }}
                  <span class="visually-hidden">{{ title() }}</span>
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  [attr.aria-busy]="busy()"
                  (click)="run('decline')"
                >
                  {{ 'partners.inbox.action.decline' | transloco }}
                  <span class="visually-hidden">{{ title() }}</span>
                </button>
              }
              @case ('outgoing') {
                <button
                  type="button"
                  class="button button--secondary"
                  [attr.aria-busy]="busy()"
                  (click)="run('withdraw')"
                >
                  {{ 'partners.inbox.action.withdraw' | transloco }}
                  <span class="visually-hidden">{{ title() }}</span>
                </button>
              }
              @default {
                <button
                  #confirmButton
                  type="button"
                  class="button button--danger"
                  [attr.aria-busy]="busy()"
                  (click)="run('end')"
                >
                  {{ 'partners.inbox.action.confirmEnd' | transloco }}
                </button>
                <button type="button" class="button button--secondary" (click)="cancel()">
                  {{ 'common.cancel' | transloco }}
                </button>
              }
            }
          </div>
        </div>
      }
    </article>
  `,
})
export class PartnershipCard {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  protected readonly keys = inject(MessageKeys);

  readonly partnership = input.required<PartnershipFieldsFragment>();
  readonly side = input.required<PartnershipSide>();
  /** The API took the step; the inbox refreshes and announces it. */
  readonly done = output<PartnershipOutcome>();

  protected readonly kindLabelKeys = partnershipKindLabelKeys;
  protected readonly minorLink = minorLink;
  protected readonly challengeLink = challengeLink;
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly message = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(2000),
  });
  private readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');
  private readonly endButton = viewChild<ElementRef<HTMLElement>>('endButton');

  /** "Bedrijfsbezoek voor Masterclass kasautomatisering", or the challenge and the minor. */
  protected readonly title = computed(() => {
    this.lang();
    const p = this.partnership();
    return p.kind === 'PARTNER_SLOT' && p.slot
      ? this.transloco.translate('partners.inbox.slotTitle', {
          role: this.transloco.translate(partnerRoleLabelKeys[p.slot.role]),
          minor: p.minor.title,
        })
      : this.transloco.translate('partners.inbox.adoptionTitle', {
          challenge: p.challenge?.title ?? '',
          minor: p.minor.title,
        });
  });

  protected startEnding(): void {
    this.confirming.set(true);
    this.focusAfterRender(() => this.confirmButton());
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusAfterRender(() => this.endButton());
  }

  protected async run(action: Action): Promise<void> {
    if (this.busy()) return;
    if (this.message.invalid) {
      this.message.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const variables = {
      input: { id: this.partnership().id, message: this.message.value.trim() || null },
    };
    try {
      switch (action) {
        case 'accept':
          await firstValueFrom(
            this.apollo.mutate({ mutation: AcceptPartnershipDocument, variables }),
          );
          break;
        case 'decline':
          await firstValueFrom(
            this.apollo.mutate({ mutation: DeclinePartnershipDocument, variables }),
          );
          break;
        default:
          await firstValueFrom(
            this.apollo.mutate({ mutation: WithdrawPartnershipDocument, variables }),
          );
      }
      this.done.emit({ action, title: this.title() });
    } catch (error) {
      this.error.set(toApiError(error));
      this.focusAfterRender(() => this.errorBox());
    } finally {
      this.busy.set(false);
    }
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** The statuses a side lists. */
export const sideStatus: Readonly<Record<PartnershipSide, PartnershipStatus>> = {
  incoming: 'PROPOSED',
  outgoing: 'PROPOSED',
  accepted: 'ACCEPTED',
};
