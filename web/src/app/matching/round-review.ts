import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import {
  ClearMatchingPairDocument,
  ForbidMatchingPairDocument,
  MatchingAssignmentFieldsFragment,
  MatchingRoundDetailFragment,
  MatchingRoundReviewDocument,
  MatchingRoundReviewQuery,
  PinMatchingPairDocument,
} from '../generated/graphql';
import { cohortLink, internshipNeedLink } from '../marketplace/marketplace-links';
import { marketplaceOptions, skillsById } from '../marketplace/marketplace-options';
import { ApiError, toApiError } from '../shared/api-error';
import { MessageKeys } from '../shared/message-keys';
import { Pagination } from '../shared/pagination';
import { QueryState, queryState, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { sideLabelKeys, unassignedReasonLabelKeys } from './matching-labels';
import { pairTitle, RoundAssignment } from './round-assignment';

/** A pin, forbid or clear the API took, for the page to show and re-run. */
export interface RuleChange {
  readonly round: MatchingRoundDetailFragment;
  readonly action: 'pinned' | 'forbidden' | 'cleared';
}

export const reviewPageSize = 25;

/**
 * The draft of a round: per organisation, the pairs (pin or forbid each), the needs and cohorts
 * left unassigned with the reason, and the pins and forbids (clear each). One organisation can
 * be chosen to see only its pairs.
 */
@Component({
  selector: 'app-round-review',
  imports: [RouterLink, TranslocoPipe, Pagination, QueryStatus, RoundAssignment],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="round-review-heading">
      <h2 id="round-review-heading">{{ 'rounds.review.heading' | transloco }}</h2>
      @if (!data() || result()?.status === 'error') {
        <app-query-status
          [state]="result()"
          [error]="'rounds.review.error' | transloco"
          (retry)="reload.retry()"
        />
      }
      <div role="alert">
        @if (error(); as error) {
          <p class="state state--error">{{ keys.forError(error) | transloco }}</p>
        }
      </div>
      @if (data(); as data) {
        @if (showDraft()) {
          <h3 id="round-organisations-heading">{{ 'rounds.review.organisations' | transloco }}</h3>
          @if (data.organisations.length === 0) {
            <p>{{ 'rounds.review.noOrganisations' | transloco }}</p>
          } @else {
            <div class="table-scroll">
              <table aria-labelledby="round-organisations-heading">
                <thead>
                  <tr>
                    <th scope="col">{{ 'rounds.fields.organisation' | transloco }}</th>
                    <th scope="col">{{ 'rounds.fields.side' | transloco }}</th>
                    <th scope="col" class="numeric">{{ 'rounds.fields.pairs' | transloco }}</th>
                    <th scope="col" class="numeric">{{ 'rounds.fields.assigned' | transloco }}</th>
                    <th scope="col" class="numeric">
                      {{ 'rounds.fields.unassigned' | transloco }}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  @for (o of data.organisations; track o.organisation.id + o.side) {
                    <tr>
                      <th scope="row">{{ o.organisation.name }}</th>
                      <td>{{ sideLabelKeys[o.side] | transloco }}</td>
                      <td class="numeric">{{ o.pairs }}</td>
                      <td class="numeric">{{ o.assigned }}</td>
                      <td class="numeric">{{ o.unassigned }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <div class="form-field">
              <label for="round-organisation">{{ 'rounds.review.only' | transloco }}</label>
              <select
                id="round-organisation"
                [value]="organisationId()"
                (change)="chooseOrganisation($any($event.target).value)"
              >
                <option value="">{{ 'rounds.form.allOrganisations' | transloco }}</option>
                @for (o of data.organisations; track o.organisation.id + o.side) {
                  <option
                    [value]="o.organisation.id"
                    [selected]="o.organisation.id === organisationId()"
                  >
                    {{ o.organisation.name }}
                  </option>
                }
              </select>
            </div>
          }

          <h3 id="round-assignments-heading">
            {{ 'rounds.review.assignments' | transloco: { count: data.assignments.totalCount } }}
          </h3>
          @if (data.assignments.items.length === 0) {
            <p>{{ 'rounds.review.noAssignments' | transloco }}</p>
          } @else {
            <ul class="plain-list stack">
              @for (a of data.assignments.items; track a.need.id + a.cohort.id) {
                <li>
                  <app-round-assignment
                    [assignment]="a"
                    [skills]="skills()"
                    [editable]="editable()"
                    [busy]="busy()"
                    (pin)="pin(a)"
                    (forbid)="forbid(a)"
                  />
                </li>
              }
            </ul>
            <app-pagination
              [total]="data.assignments.totalCount"
              [skip]="assignmentsSkip()"
              [take]="take"
              (skipChange)="assignmentsSkip.set($event)"
            />
          }

          <h3 id="round-unassigned-heading">
            {{ 'rounds.review.unassigned' | transloco: { count: data.unassigned.totalCount } }}
          </h3>
          @if (data.unassigned.items.length === 0) {
            <p>{{ 'rounds.review.noUnassigned' | transloco }}</p>
          } @else {
            <div class="table-scroll">
              <table aria-labelledby="round-unassigned-heading">
                <thead>
                  <tr>
                    <th scope="col">{{ 'rounds.fields.listing' | transloco }}</th>
                    <th scope="col">{{ 'rounds.fields.organisation' | transloco }}</th>
                    <th scope="col" class="numeric">{{ 'rounds.fields.left' | transloco }}</th>
                    <th scope="col">{{ 'rounds.fields.reason' | transloco }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (u of data.unassigned.items; track $index) {
                    <tr>
                      <th scope="row">
                        @if (u.need; as need) {
                          <a [routerLink]="needLink(need.id)">{{ need.title }}</a>
                        } @else if (u.cohort; as cohort) {
                          <a [routerLink]="cohortLink(cohort.id)">{{ cohort.programmeName }}</a>
                        }
                        ({{ sideLabelKeys[u.side] | transloco }})
                      </th>
                      <td>{{ u.organisation.name }}</td>
                      <td class="numeric">{{ u.count }}</td>
                      <td>{{ reasonLabelKeys[u.reason] | transloco }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <app-pagination
              [total]="data.unassigned.totalCount"
              [skip]="unassignedSkip()"
              [take]="take"
              (skipChange)="unassignedSkip.set($event)"
            />
          }
        }

        <h3 id="round-rules-heading">{{ 'rounds.review.rules' | transloco }}</h3>
        @if (data.rules.length === 0) {
          <p>{{ 'rounds.review.noRules' | transloco }}</p>
        } @else {
          <ul class="plain-list stack" aria-labelledby="round-rules-heading">
            @for (rule of data.rules; track rule.need.id + rule.cohort.id) {
              <li>
                {{
                  (rule.kind === 'PIN' ? 'rounds.review.pinRule' : 'rounds.review.forbidRule')
                    | transloco: { pair: title(rule), count: rule.count ?? 0 }
                }}
                @if (editable()) {
                  <button
                    type="button"
                    class="button button--secondary"
                    [attr.aria-busy]="busy()"
                    (click)="clear(rule)"
                  >
                    {{ 'rounds.review.clear' | transloco }}
                    <span class="visually-hidden">{{ title(rule) }}</span>
                  </button>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
})
export class RoundReview {
  private readonly apollo = inject(Apollo);
  protected readonly keys = inject(MessageKeys);

  readonly round = input.required<MatchingRoundDetailFragment>();
  readonly editable = input(false);
  /** A new value asks again. */
  readonly version = input(0);
  readonly changed = output<RuleChange>();

  protected readonly take = reviewPageSize;
  protected readonly sideLabelKeys = sideLabelKeys;
  protected readonly reasonLabelKeys = unassignedReasonLabelKeys;
  protected readonly needLink = internshipNeedLink;
  protected readonly cohortLink = cohortLink;
  protected readonly title = pairTitle;
  protected readonly organisationId = signal('');
  protected readonly assignmentsSkip = signal(0);
  protected readonly unassignedSkip = signal(0);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly reload = new Reload();
  protected readonly showDraft = computed(() =>
    ['REVIEW', 'PUBLISHED'].includes(this.round().status),
  );

  private readonly options = marketplaceOptions(new Reload());
  protected readonly skills = computed(() => {
    const options = this.options();
    return skillsById(options?.status === 'ready' ? options.data.skillGroups : []);
  });

  protected readonly result = toSignal(
    queryState(
      toObservable(
        computed(() => ({
          id: this.round().id,
          organisationId: this.organisationId() || null,
          assignmentsSkip: this.assignmentsSkip(),
          unassignedSkip: this.unassignedSkip(),
          version: this.version(),
        })),
      ),
      ({ id, organisationId, assignmentsSkip, unassignedSkip }) =>
        this.apollo
          .query({
            query: MatchingRoundReviewDocument,
            variables: { id, organisationId, assignmentsSkip, unassignedSkip, take: this.take },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => requireData(result).matchingRound)),
      this.reload,
    ),
  );
  // The last loaded draft stays on screen while the next page or filter loads.
  protected readonly data = linkedSignal<
    QueryState<MatchingRoundReviewQuery['matchingRound']> | undefined,
    MatchingRoundReviewQuery['matchingRound'] | null
  >({
    source: this.result,
    computation: (result, previous) =>
      result?.status === 'ready' ? result.data : (previous?.value ?? null),
  });

  protected chooseOrganisation(id: string): void {
    this.organisationId.set(id);
    this.assignmentsSkip.set(0);
    this.unassignedSkip.set(0);
  }

  protected pin(a: MatchingAssignmentFieldsFragment): Promise<void> {
    return this.change(
      'pinned',
      async (pair) => {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: PinMatchingPairDocument,
            variables: { input: { ...pair, count: a.count } },
          }),
        );
        return result.data?.pinMatchingPair;
      },
      a,
    );
  }

  protected forbid(a: MatchingAssignmentFieldsFragment): Promise<void> {
    return this.change(
      'forbidden',
      async (pair) => {
        const result = await firstValueFrom(
          this.apollo.mutate({ mutation: ForbidMatchingPairDocument, variables: { input: pair } }),
        );
        return result.data?.forbidMatchingPair;
      },
      a,
    );
  }

  protected clear(rule: { need: { id: string }; cohort: { id: string } }): Promise<void> {
    return this.change(
      'cleared',
      async (pair) => {
        const result = await firstValueFrom(
          this.apollo.mutate({ mutation: ClearMatchingPairDocument, variables: { input: pair } }),
        );
        return result.data?.clearMatchingPair;
      },
      rule,
    );
  }

  private async change(
    action: RuleChange['action'],
    send: (pair: {
      roundId: string;
      needId: string;
      cohortId: string;
    }) => Promise<MatchingRoundDetailFragment | undefined>,
    target: { need: { id: string }; cohort: { id: string } },
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const round = await send({
        roundId: this.round().id,
        needId: target.need.id,
        cohortId: target.cohort.id,
      });
      if (round) this.changed.emit({ round, action });
    } catch (error) {
      this.error.set(toApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
