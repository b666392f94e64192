import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map, of } from 'rxjs';
import { linkTo } from '../app.paths';
import {
  IntroductionStatus,
  MyIntroductionsDocument,
  MyMarketplaceOrganisationsDocument,
} from '../generated/graphql';
import { marketplaceOptions, skillsById } from '../marketplace/marketplace-options';
import { MyOrganisation } from '../marketplace/my-organisations';
import { SkillLabel } from '../matching/explanation';
import { introductionStatuses, introductionStatusLabelKeys } from '../matching/matching-labels';
import { pagedList } from '../shared/paged-list';
import { Pagination } from '../shared/pagination';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { IntroductionCard, IntroductionOutcome } from './introduction-card';

export const introductionsPageSize = 10;

/** The introductions of one of the user's organisations, in the status the URL names. */
@Component({
  selector: 'app-organisation-introductions',
  imports: [TranslocoPipe, Pagination, QueryStatus, IntroductionCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-labelledby]="'introductions-' + organisation().id">
      <h2 [id]="'introductions-' + organisation().id">{{ organisation().name }}</h2>
      <div role="status">
        @if (outcome(); as outcome) {
          <p class="state" tabindex="-1" #outcomeBox>
            {{ outcomeKey(outcome) | transloco: { title: outcome.title } }}
          </p>
        }
      </div>
      <app-query-status
        [state]="list.result()"
        [error]="'introductions.error' | transloco"
        (retry)="list.reload.retry()"
      />
      @if (list.page(); as page) {
        <p>{{ 'introductions.count' | transloco: { count: page.totalCount } }}</p>
        @if (page.items.length === 0) {
          <p class="state">{{ 'introductions.empty' | transloco }}</p>
        } @else {
          <ul class="plain-list stack">
            @for (introduction of page.items; track introduction.id) {
              <li>
                <app-introduction-card
                  [introduction]="introduction"
                  [organisationId]="organisation().id"
                  [skills]="skills()"
                  (done)="answered($event)"
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
    </section>
  `,
})
export class OrganisationIntroductions {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);

  readonly organisation = input.required<MyOrganisation>();
  readonly status = input.required<IntroductionStatus | null>();
  readonly skills = input.required<ReadonlyMap<string, SkillLabel>>();

  protected readonly outcome = signal<IntroductionOutcome | null>(null);
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');
  protected readonly list = pagedList(
    introductionsPageSize,
    ({ skip, take }, [organisationId, status]) =>
      this.apollo
        .query({
          query: MyIntroductionsDocument,
          variables: { organisationId, status, skip, take },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => requireData(result).myIntroductions)),
    toObservable(computed(() => [this.organisation().id, this.status()] as const)),
  );

  protected outcomeKey(outcome: IntroductionOutcome): string {
    if (outcome.action === 'decline') return 'introductions.done.declined';
    return outcome.introduction.status === 'ACCEPTED'
      ? 'introductions.done.placed'
      : 'introductions.done.accepted';
  }

  protected answered(outcome: IntroductionOutcome): void {
    this.outcome.set(outcome);
    this.list.reload.refresh();
    // The buttons pressed are gone: the message takes the focus.
    afterNextRender(() => this.outcomeBox()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** Introducties: what published matching rounds proposed to the user's companies and schools. */
@Component({
  selector: 'app-introductions-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, QueryStatus, OrganisationIntroductions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'introductions.heading' | transloco }}</h1>
    <p class="lead">{{ 'introductions.intro' | transloco }}</p>
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'introductions.filterLabel' | transloco"
      [formGroup]="filterForm"
      (ngSubmit)="filter()"
    >
      <div class="form-field">
        <label for="introductions-status">{{ 'introductions.statusFilter' | transloco }}</label>
        <select id="introductions-status" formControlName="status">
          <option value="">{{ 'introductions.allStatuses' | transloco }}</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ statusKeys[status] | transloco }}</option>
          }
        </select>
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
      </div>
    </form>
    <app-query-status
      [state]="result()"
      [error]="'marketplace.mine.organisationsError' | transloco"
      (retry)="reload.retry()"
    />
    @if (organisations(); as organisations) {
      @for (organisation of organisations; track organisation.id) {
        <app-organisation-introductions
          [organisation]="organisation"
          [status]="status()"
          [skills]="skills()"
        />
      } @empty {
        <div class="state">
          <p>{{ 'introductions.noOrganisation' | transloco }}</p>
          <a [routerLink]="newOrganisationLink">{{ 'marketplace.mine.register' | transloco }}</a>
        </div>
      }
    }
  `,
})
export class IntroductionsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly newOrganisationLink = linkTo('newOrganisation');
  protected readonly statuses = introductionStatuses;
  protected readonly statusKeys = introductionStatusLabelKeys;
  protected readonly statusControl = new FormControl<IntroductionStatus | ''>('', {
    nonNullable: true,
  });
  protected readonly filterForm = new FormGroup({ status: this.statusControl });
  /** ?status=PROPOSED; none: every status. */
  protected readonly status = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => introductionStatuses.find((s) => s === params.get('status')) ?? null),
    ),
    { initialValue: null },
  );
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      of(null),
      () =>
        this.apollo
          .query({ query: MyMarketplaceOrganisationsDocument, fetchPolicy: 'network-only' })
          .pipe(
            map((result) =>
              (requireData(result).me?.memberships ?? [])
                .map((membership) => membership.organisation)
                // Introductions go to companies and schools only.
                .filter((o) => o.helix === 'BUSINESS' || o.helix === 'EDUCATION')
                .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
            ),
          ),
      this.reload,
    ),
  );
  protected readonly organisations = readyData(this.result);
  private readonly options = marketplaceOptions(new Reload());
  protected readonly skills = computed(() => {
    const options = this.options();
    return skillsById(options?.status === 'ready' ? options.data.skillGroups : []);
  });

  constructor() {
    effect(() => this.statusControl.setValue(this.status() ?? ''));
  }

  protected filter(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { status: this.statusControl.value || null },
    });
  }
}
