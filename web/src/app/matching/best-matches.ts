import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import { organisationLink } from '../app.paths';
import { AuthState } from '../auth/auth-state.service';
import {
  RecommendedChallengesForMinorDocument,
  RecommendedCohortsDocument,
  RecommendedCompaniesForMinorDocument,
  RecommendedMinorsForChallengeDocument,
  RecommendedNeedsDocument,
} from '../generated/graphql';
import { cohortLink, internshipNeedLink } from '../marketplace/marketplace-links';
import { challengeLink, minorLink } from '../partners/partner-links';
import { queryState, Reload, requireData } from '../shared/query-state';
import { Explanation, fromMatchExplanation, percent } from './explanation';
import { MatchExplanation } from './match-explanation';

/** Which recommendation a detail page shows: the source listing and what is recommended. */
export type BestMatchesKind =
  | 'cohortsForNeed'
  | 'needsForCohort'
  | 'companiesForMinor'
  | 'challengesForMinor'
  | 'minorsForChallenge';

/** One recommended listing or company, as the list shows it. */
export interface MatchItem {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  readonly organisation: { readonly id: string; readonly name: string } | null;
  readonly score: number;
  readonly explanation: Explanation;
}

/** The top 10, as product.md §5 and the issue ask. */
export const bestMatchesTake = 10;

const keys: Readonly<Record<BestMatchesKind, { heading: string; empty: string }>> = {
  cohortsForNeed: { heading: 'matching.best.cohorts', empty: 'matching.best.emptyCohorts' },
  needsForCohort: { heading: 'matching.best.needs', empty: 'matching.best.emptyNeeds' },
  companiesForMinor: { heading: 'matching.best.companies', empty: 'matching.best.emptyCompanies' },
  challengesForMinor: {
    heading: 'matching.best.challenges',
    empty: 'matching.best.emptyChallenges',
  },
  minorsForChallenge: { heading: 'matching.best.minors', empty: 'matching.best.emptyMinors' },
};

// Answers that mean "you may not ask for this one": the section disappears instead of erring.
const hiddenCodes = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/**
 * "Best matches" on a detail page: the top 10 with their score and, folded open on request,
 * why each matches. Only for signed-in users (the API's rule); hidden when the API refuses.
 */
@Component({
  selector: 'app-best-matches',
  imports: [RouterLink, TranslocoPipe, MatchExplanation],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .best-matches__list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .best-matches__list > li + li {
      margin-top: 0.75rem;
    }
    summary {
      cursor: pointer;
      margin-top: 0.5rem;
      color: var(--color-link);
      text-decoration: underline;
    }
    details[open] summary {
      margin-bottom: 0.75rem;
    }
  `,
  template: `
    @if (visible()) {
      <section [attr.aria-labelledby]="headingId()" class="best-matches">
        <h2 [id]="headingId()">{{ texts().heading | transloco }}</h2>
        <p class="hint">{{ 'matching.best.intro' | transloco }}</p>
        @switch (result()?.status) {
          @case ('error') {
            <div class="state state--error" role="alert">
              <p>{{ 'matching.best.error' | transloco }}</p>
              <button type="button" class="button" (click)="reload.retry()">
                {{ 'common.retry' | transloco }}
              </button>
            </div>
          }
          @case ('ready') {
            @if (items().length === 0) {
              <p class="state">{{ texts().empty | transloco }}</p>
            } @else {
              <ol class="best-matches__list">
                @for (item of items(); track item.id; let i = $index) {
                  <li>
                    <article class="card" [attr.aria-labelledby]="headingId() + '-' + i">
                      <h3 class="card__title" [id]="headingId() + '-' + i">
                        <a [routerLink]="item.link">{{ item.title }}</a>
                      </h3>
                      <p>
                        @if (item.organisation; as organisation) {
                          <a [routerLink]="organisationLink(organisation.id)">{{
                            organisation.name
                          }}</a>
                          ·
                        }
                        {{ 'matching.best.score' | transloco: { score: scorePercent(item) } }}
                      </p>
                      <details>
                        <summary>
                          {{ 'matching.best.why' | transloco }}
                          <span class="visually-hidden">{{ item.title }}</span>
                        </summary>
                        <app-match-explanation [explanation]="item.explanation" />
                      </details>
                    </article>
                  </li>
                }
              </ol>
            }
          }
          @default {
            <p class="state" role="status">{{ 'matching.best.loading' | transloco }}</p>
          }
        }
      </section>
    }
  `,
})
export class BestMatches {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthState);

  readonly kind = input.required<BestMatchesKind>();
  /** The id of the need, cohort, minor or challenge on the page. */
  readonly sourceId = input.required<string>();

  protected readonly organisationLink = organisationLink;
  protected readonly reload = new Reload();
  protected readonly texts = computed(() => keys[this.kind()]);
  protected readonly headingId = computed(() => `best-${this.kind()}`);
  protected readonly result = toSignal(
    queryState(
      toObservable(computed(() => ({ kind: this.kind(), id: this.sourceId() }))),
      ({ kind, id }) => this.fetch(kind, id),
      this.reload,
    ),
  );
  protected readonly items = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.data : [];
  });
  protected readonly visible = computed(() => {
    const result = this.result();
    if (!this.auth.signedIn()) return false;
    return !(result?.status === 'error' && hiddenCodes.includes(result.error.code));
  });

  protected scorePercent(item: MatchItem): number {
    return percent(item.score);
  }

  private fetch(kind: BestMatchesKind, id: string): Observable<MatchItem[]> {
    const take = bestMatchesTake;
    const fetchPolicy = 'network-only' as const;
    switch (kind) {
      case 'cohortsForNeed':
        return this.apollo
          .query({
            query: RecommendedCohortsDocument,
            variables: { needId: id, take },
            fetchPolicy,
          })
          .pipe(
            map((r) =>
              requireData(r).recommendedCohorts.map((m) => ({
                id: m.cohort.id,
                title: m.cohort.programmeName,
                link: cohortLink(m.cohort.id),
                organisation: m.cohort.organisation,
                score: m.score,
                explanation: fromMatchExplanation(m.explanation),
              })),
            ),
          );
      case 'needsForCohort':
        return this.apollo
          .query({
            query: RecommendedNeedsDocument,
            variables: { cohortId: id, take },
            fetchPolicy,
          })
          .pipe(
            map((r) =>
              requireData(r).recommendedNeeds.map((m) => ({
                id: m.internshipNeed.id,
                title: m.internshipNeed.title,
                link: internshipNeedLink(m.internshipNeed.id),
                organisation: m.internshipNeed.organisation,
                score: m.score,
                explanation: fromMatchExplanation(m.explanation),
              })),
            ),
          );
      case 'companiesForMinor':
        return this.apollo
          .query({
            query: RecommendedCompaniesForMinorDocument,
            variables: { minorId: id, take },
            fetchPolicy,
          })
          .pipe(
            map((r) =>
              requireData(r).recommendedCompaniesForMinor.map((m) => ({
                id: m.organisation.id,
                title: m.organisation.name,
                link: organisationLink(m.organisation.id),
                organisation: null,
                score: m.score,
                explanation: fromMatchExplanation(m.explanation),
              })),
            ),
          );
      case 'challengesForMinor':
        return this.apollo
          .query({
            query: RecommendedChallengesForMinorDocument,
            variables: { minorId: id, take },
            fetchPolicy,
          })
          .pipe(
            map((r) =>
              requireData(r).recommendedChallengesForMinor.map((m) => ({
                id: m.challenge.id,
                title: m.challenge.title,
                link: challengeLink(m.challenge.id),
                organisation: m.challenge.organisation,
                score: m.score,
                explanation: fromMatchExplanation(m.explanation),
              })),
            ),
          );
      case 'minorsForChallenge':
        return this.apollo
          .query({
            query: RecommendedMinorsForChallengeDocument,
            variables: { challengeId: id, take },
            fetchPolicy,
          })
          .pipe(
            map((r) =>
              requireData(r).recommendedMinorsForChallenge.map((m) => ({
                id: m.minor.id,
                title: m.minor.title,
                link: minorLink(m.minor.id),
                organisation: m.minor.organisation,
                score: m.score,
                explanation: fromMatchExplanation(m.explanation),
              })),
            ),
          );
    }
  }
}
