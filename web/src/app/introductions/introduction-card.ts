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
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AcceptIntroductionDocument,
  DeclineIntroductionDocument,
  IntroductionFieldsFragment,
} from '../generated/graphql';
import { cohortLink, internshipNeedLink } from '../marketplace/marketplace-links';
import { fromEngineExplanation, percent, SkillLabel } from '../matching/explanation';
import { MatchExplanation } from '../matching/match-explanation';
import { answerLabelKeys, introductionStatusLabelKeys } from '../matching/matching-labels';
import { ApiError, toApiError } from '../shared/api-error';
import { DateTimePipe } from '../shared/date-time.pipe';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';

export type IntroductionAction = 'accept' | 'decline';

/** What an answer did, for the inbox to announce. */
export interface IntroductionOutcome {
  readonly action: IntroductionAction;
  readonly title: string;
  readonly introduction: IntroductionFieldsFragment;
}

const statusBadge = {
  PROPOSED: 'badge--pending',
  ACCEPTED: 'badge--active',
  DECLINED: 'badge--rejected',
} as const;

/**
 * One introduction as an organisation sees it: the need and the cohort, the other side, both
 * answers with their messages, the placement once both accepted, why the pair matched, and
 * (while the own side has not answered) accept or decline with an optional message.
 */
@Component({
  selector: 'app-introduction-card',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    TextField,
    MatchExplanation,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let i = introduction();
    <article class="card" [attr.aria-labelledby]="'introduction-' + i.id">
      <h3 class="card__title" [id]="'introduction-' + i.id">{{ title() }}</h3>
      <p>
        <span class="badge" [class]="badgeClass[i.status]">{{
          statusKeys[i.status] | transloco
        }}</span>
        {{ 'introductions.students' | transloco: { count: i.count } }} ·
        {{ 'introductions.score' | transloco: { score: scorePercent() } }}
      </p>
      <dl class="card__facts">
        <dt>{{ 'introductions.need' | transloco }}</dt>
        <dd>
          <a [routerLink]="needLink(i.need.id)">{{ i.need.title }}</a> ({{ i.company.name }})
        </dd>
        <dt>{{ 'introductions.cohort' | transloco }}</dt>
        <dd>
          <a [routerLink]="cohortLink(i.cohort.id)">{{ i.cohort.programmeName }}</a>
          ({{ i.school.name }})
        </dd>
        <dt>{{ 'introductions.proposedAt' | transloco }}</dt>
        <dd>{{ i.createdAt | appDateTime }}</dd>
        <dt>{{ 'introductions.companyAnswer' | transloco: { name: i.company.name } }}</dt>
        <dd>
          {{ answerKeys[i.companyAnswer] | transloco }}
          @if (i.companyAnsweredAt) {
            ({{ i.companyAnsweredAt | appDateTime }})
          }
          @if (i.companyMessage) {
            <span class="pre-line">— {{ i.companyMessage }}</span>
          }
        </dd>
        <dt>{{ 'introductions.schoolAnswer' | transloco: { name: i.school.name } }}</dt>
        <dd>
          {{ answerKeys[i.schoolAnswer] | transloco }}
          @if (i.schoolAnsweredAt) {
            ({{ i.schoolAnsweredAt | appDateTime }})
          }
          @if (i.schoolMessage) {
            <span class="pre-line">— {{ i.schoolMessage }}</span>
          }
        </dd>
        @if (i.placement; as placement) {
          <dt>{{ 'introductions.placement' | transloco }}</dt>
          <dd>
            {{
              'introductions.placed'
                | transloco: { count: placement.count, date: (placement.createdAt | appDateTime) }
            }}
          </dd>
        }
      </dl>
      @if (explanation(); as explanation) {
        <details>
          <summary>
            {{ 'matching.best.why' | transloco }}
            <span class="visually-hidden">{{ title() }}</span>
          </summary>
          <app-match-explanation [explanation]="explanation" />
        </details>
      }
      <div role="alert">
        @if (error(); as error) {
          <p class="state state--error" tabindex="-1" #errorBox>
            {{ keys.forError(error) | transloco }}
          </p>
        }
      </div>
      @if (canAnswer()) {
        <div class="stack" role="group" [attr.aria-labelledby]="'introduction-' + i.id">
          <app-text-field
            [control]="message"
            name="message"
            [fieldId]="'introduction-message-' + i.id"
            label="introductions.messageLabel"
            [multiline]="true"
            [optional]="true"
          />
          <div class="actions">
            <button
              type="button"
              class="button"
              [attr.aria-busy]="busy()"
              (click)="answer('accept')"
            >
              {{ 'introductions.accept' | transloco }}
              <span class="visually-hidden">{{ title() }}</span>
            </button>
            <button
              type="button"
              class="button button--secondary"
              [attr.aria-busy]="busy()"
              (click)="answer('decline')"
            >
              {{ 'introductions.decline' | transloco }}
              <span class="visually-hidden">{{ title() }}</span>
            </button>
          </div>
        </div>
      }
    </article>
  `,
})
export class IntroductionCard {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  protected readonly keys = inject(MessageKeys);

  readonly introduction = input.required<IntroductionFieldsFragment>();
  /** The organisation whose inbox shows it: its side answers. */
  readonly organisationId = input.required<string>();
  readonly skills = input.required<ReadonlyMap<string, SkillLabel>>();
  readonly done = output<IntroductionOutcome>();

  protected readonly statusKeys = introductionStatusLabelKeys;
  protected readonly answerKeys = answerLabelKeys;
  protected readonly badgeClass = statusBadge;
  protected readonly needLink = internshipNeedLink;
  protected readonly cohortLink = cohortLink;
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly message = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(2000),
  });
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly title = computed(
    () => `${this.introduction().need.title} – ${this.introduction().cohort.programmeName}`,
  );
  protected readonly scorePercent = computed(() => percent(this.introduction().score));
  protected readonly explanation = computed(() =>
    fromEngineExplanation(this.introduction().explanation, this.skills()),
  );
  /** The inbox's side has not answered and the introduction is still open. */
  protected readonly canAnswer = computed(() => {
    const i = this.introduction();
    if (i.status !== 'PROPOSED') return false;
    const org = this.organisationId();
    return (
      (i.company.id === org && i.companyAnswer === 'PENDING') ||
      (i.school.id === org && i.schoolAnswer === 'PENDING')
    );
  });

  protected async answer(action: IntroductionAction): Promise<void> {
    if (this.busy()) return;
    if (this.message.invalid) {
      this.message.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const variables = {
      input: { id: this.introduction().id, message: this.message.value.trim() || null },
    };
    try {
      const introduction =
        action === 'accept'
          ? (
              await firstValueFrom(
                this.apollo.mutate({ mutation: AcceptIntroductionDocument, variables }),
              )
            ).data?.acceptIntroduction
          : (
              await firstValueFrom(
                this.apollo.mutate({ mutation: DeclineIntroductionDocument, variables }),
              )
            ).data?.declineIntroduction;
      if (introduction) this.done.emit({ action, title: this.title(), introduction });
    } catch (error) {
      this.error.set(toApiError(error));
      afterNextRender(() => this.errorBox()?.nativeElement.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
