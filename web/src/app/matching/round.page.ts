import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, Subscription, switchMap, timer } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  CancelMatchingRoundDocument,
  MatchingRoundDetailFragment,
  MatchingRoundDocumentDocument,
  MatchingRoundProgressDocument,
  PublishMatchingRoundDocument,
  RunMatchingRoundDocument,
} from '../generated/graphql';
import { ApiError, toApiError } from '../shared/api-error';
import { MessageKeys } from '../shared/message-keys';
import { requireData } from '../shared/query-state';
import { downloadJson, roundFilename } from './json-file';
import { stageLabelKeys } from './matching-labels';
import { ROUND_POLL_INTERVAL_MS } from './round-poll';
import { RoundReview, RuleChange } from './round-review';
import { RoundSettings } from './round-settings';
import { RoundStatusBadge } from './round-status-badge';

type Confirming = 'publish' | 'cancel' | null;

/** Statuses in which the set-up, pins and forbids may change and the round may run. */
const editable = ['DRAFT', 'REVIEW', 'FAILED'];

/**
 * One matching round: its set-up, run (with progress, polled about every second while the job
 * runs, and only then), the draft per organisation with pins and forbids, publish and cancel
 * (each after a confirmation), and the JSON export of the last run.
 */
@Component({
  selector: 'app-round-page',
  imports: [RouterLink, TranslocoPipe, RoundReview, RoundSettings, RoundStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    progress {
      width: 100%;
      max-width: 24rem;
      height: 1rem;
    }
  `,
  template: `
    <p class="breadcrumb">
      <a [routerLink]="listLink">{{ 'rounds.detail.back' | transloco }}</a>
    </p>
    @if (loadError(); as error) {
      @if (error.code === 'NOT_FOUND') {
        <h1>{{ 'rounds.detail.notFound' | transloco }}</h1>
      } @else {
        <h1>{{ 'rounds.detail.title' | transloco }}</h1>
        <div class="state state--error" role="alert">
          <p>{{ 'rounds.detail.error' | transloco }}</p>
          <button type="button" class="button" (click)="load(false)">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
    } @else if (round(); as round) {
      <h1>
        {{ round.name }}
        <app-round-status-badge [status]="round.status" />
      </h1>
      <app-round-settings [round]="round" />

      <section aria-labelledby="round-run-heading">
        <h2 id="round-run-heading">{{ 'rounds.detail.runHeading' | transloco }}</h2>
        <div role="status" class="round-progress" tabindex="-1" #statusBox>
          @if (round.status === 'RUNNING') {
            <p id="round-progress-text">
              {{
                'rounds.detail.running'
                  | transloco
                    : { stage: (stageKey(round.stage) | transloco), progress: round.progress }
              }}
            </p>
            <progress
              max="100"
              [value]="round.progress"
              aria-labelledby="round-progress-text"
            ></progress>
          } @else if (notice(); as notice) {
            <p class="state">{{ notice | transloco: noticeParams() }}</p>
          }
        </div>
        @if (round.status === 'FAILED') {
          <div class="state state--error">
            <p>{{ 'rounds.detail.failed' | transloco }}</p>
            @if (round.error) {
              <p class="pre-line">{{ round.error }}</p>
            }
          </div>
        }
        @if (round.stale && canEdit()) {
          <p class="state">{{ 'rounds.detail.stale' | transloco }}</p>
        }
        <div role="alert">
          @if (actionError(); as error) {
            <p class="state state--error" tabindex="-1" #errorBox>
              {{ keys.forError(error) | transloco }}
            </p>
          }
        </div>
        @if (confirming(); as confirming) {
          <div class="stack" role="group" aria-labelledby="round-confirm-text">
            <p id="round-confirm-text">
              {{
                (confirming === 'publish'
                  ? 'rounds.detail.publishConfirm'
                  : 'rounds.detail.cancelConfirm'
                ) | transloco: { name: round.name, count: round.assignedCount ?? 0 }
              }}
            </p>
            <div class="actions">
              <button
                #confirmButton
                type="button"
                class="button"
                [class.button--danger]="confirming === 'cancel'"
                [attr.aria-busy]="busy()"
                (click)="confirming === 'publish' ? publish() : cancelRound()"
              >
                {{
                  (confirming === 'publish'
                    ? 'rounds.detail.confirmPublish'
                    : 'rounds.detail.confirmCancel'
                  ) | transloco
                }}
              </button>
              <button type="button" class="button button--secondary" (click)="confirm(null)">
                {{ 'rounds.detail.back' | transloco }}
              </button>
            </div>
          </div>
        } @else {
          <div class="actions">
            @if (canEdit()) {
              <button type="button" class="button" [attr.aria-busy]="busy()" (click)="run()">
                {{ (round.runCount > 0 ? 'rounds.detail.rerun' : 'rounds.detail.run') | transloco }}
              </button>
            }
            @if (round.status === 'REVIEW' && !round.stale) {
              <button type="button" class="button" (click)="confirm('publish')">
                {{ 'rounds.detail.publish' | transloco }}
              </button>
            }
            @if (round.runCount > 0 && round.status !== 'RUNNING') {
              <button
                type="button"
                class="button button--secondary"
                [attr.aria-busy]="busy()"
                (click)="exportDocument()"
              >
                {{ 'rounds.detail.export' | transloco }}
              </button>
            }
            @if (round.status !== 'PUBLISHED' && round.status !== 'CANCELLED') {
              <button type="button" class="button button--secondary" (click)="confirm('cancel')">
                {{ 'rounds.detail.cancel' | transloco }}
              </button>
            }
          </div>
        }
      </section>

      @if (round.runCount > 0 || round.status === 'DRAFT') {
        <app-round-review
          [round]="round"
          [editable]="canEdit()"
          [version]="reviewVersion()"
          (changed)="ruleChanged($event)"
        />
      }
    } @else {
      <h1>{{ 'rounds.detail.title' | transloco }}</h1>
      <p class="state" role="status">{{ 'common.loading' | transloco }}</p>
    }
  `,
})
export class RoundPage {
  private readonly apollo = inject(Apollo);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly pollMs = inject(ROUND_POLL_INTERVAL_MS);
  protected readonly keys = inject(MessageKeys);

  protected readonly listLink = linkTo('matchingRounds');
  protected readonly round = signal<MatchingRoundDetailFragment | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal<Confirming>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly noticeParams = signal<Record<string, unknown>>({});
  /** A new value makes the review ask again (after a run, a pin, a forbid). */
  protected readonly reviewVersion = signal(0);
  protected readonly canEdit = computed(() => editable.includes(this.round()?.status ?? ''));

  private id = '';
  private request: Subscription | null = null;
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');
  private readonly confirmButton = viewChild<ElementRef<HTMLElement>>('confirmButton');

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((id) => {
        this.id = id;
        this.round.set(null);
        this.load(false);
      });
    // Leaving the page stops the polling.
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected stageKey(stage: string | null): string {
    return stageLabelKeys[stage ?? ''] ?? 'rounds.stage.BUSY';
  }

  /** Asks for the round now (`poll`: after the interval, while it runs). */
  load(poll: boolean): void {
    this.stop();
    if (!poll) this.loadError.set(null);
    this.request = timer(poll ? this.pollMs : 0)
      .pipe(
        switchMap(() =>
          this.apollo.query({
            query: MatchingRoundProgressDocument,
            variables: { id: this.id },
            fetchPolicy: 'network-only',
          }),
        ),
      )
      .subscribe({
        next: (result) => this.apply(requireData(result).matchingRound),
        error: (error: unknown) => {
          // A failed poll (a busy server) tries again; a failed first load shows the error.
          if (poll && this.round()?.status === 'RUNNING') this.load(true);
          else this.loadError.set(toApiError(error));
        },
      });
  }

  protected confirm(step: Confirming): void {
    this.confirming.set(step);
    this.actionError.set(null);
    if (step) this.focusAfterRender(() => this.confirmButton());
  }

  protected run(): Promise<void> {
    return this.act(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: RunMatchingRoundDocument, variables: this.input() }),
      );
      return result.data?.runMatchingRound;
    }, 'rounds.notice.queued');
  }

  protected publish(): Promise<void> {
    return this.act(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: PublishMatchingRoundDocument, variables: this.input() }),
      );
      return result.data?.publishMatchingRound;
    }, 'rounds.notice.published');
  }

  protected cancelRound(): Promise<void> {
    return this.act(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CancelMatchingRoundDocument, variables: this.input() }),
      );
      return result.data?.cancelMatchingRound;
    }, 'rounds.notice.cancelled');
  }

  private input() {
    return { input: { id: this.id } };
  }

  protected async exportDocument(): Promise<void> {
    const round = this.round();
    if (!round || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: MatchingRoundDocumentDocument,
          variables: { id: round.id },
          fetchPolicy: 'network-only',
        }),
      );
      downloadJson(
        roundFilename(round.name),
        requireData(result).matchingRoundDocument,
        this.document,
      );
      this.announce('rounds.notice.exported', {});
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected ruleChanged(change: RuleChange): void {
    this.round.set(change.round);
    this.announce(`rounds.notice.${change.action}`, {});
    this.reviewVersion.update((v) => v + 1);
  }

  private async act(
    send: () => Promise<MatchingRoundDetailFragment | undefined>,
    notice: string,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const round = await send();
      this.confirming.set(null);
      if (round) this.apply(round);
      this.announce(notice, { name: round?.name ?? '' });
      if (round?.status !== 'RUNNING') this.reviewVersion.update((v) => v + 1);
      // The pressed button may be gone: the status region takes the focus.
      this.focusAfterRender(() => this.statusBox());
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private apply(round: MatchingRoundDetailFragment): void {
    const previous = this.round();
    this.round.set(round);
    this.loadError.set(null);
    if (round.status === 'RUNNING') {
      this.load(true);
    } else if (previous?.status === 'RUNNING') {
      this.announce(round.status === 'FAILED' ? 'rounds.notice.failed' : 'rounds.notice.done', {
        count: round.assignedCount ?? 0,
      });
      this.reviewVersion.update((v) => v + 1);
    }
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.noticeParams.set(params);
    this.notice.set(key);
  }

  private fail(error: unknown): void {
    this.actionError.set(toApiError(error));
    this.focusAfterRender(() => this.errorBox());
  }

  private stop(): void {
    this.request?.unsubscribe();
    this.request = null;
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
