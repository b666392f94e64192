import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchingAssignmentFieldsFragment } from '../generated/graphql';
import { cohortLink, internshipNeedLink } from '../marketplace/marketplace-links';
import { fromEngineExplanation, percent, SkillLabel } from './explanation';
import { MatchExplanation } from './match-explanation';

/** The title of a pair, as buttons and headings name it. */
export function pairTitle(pair: {
  readonly need: { readonly title: string };
  readonly cohort: { readonly programmeName: string };
}): string {
  return `${pair.need.title} – ${pair.cohort.programmeName}`;
}

/** One pair of a round's draft: who, how many, the score and why; pin or forbid it. */
@Component({
  selector: 'app-round-assignment',
  imports: [RouterLink, TranslocoPipe, MatchExplanation],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = assignment();
    <article class="card" [attr.aria-labelledby]="headingId()">
      <h4 class="card__title" [id]="headingId()">
        <a [routerLink]="needLink(a.need.id)">{{ a.need.title }}</a>
        –
        <a [routerLink]="cohortLink(a.cohort.id)">{{ a.cohort.programmeName }}</a>
      </h4>
      <dl class="card__facts">
        <dt>{{ 'rounds.fields.company' | transloco }}</dt>
        <dd>{{ a.company.name }}</dd>
        <dt>{{ 'rounds.fields.school' | transloco }}</dt>
        <dd>{{ a.school.name }}</dd>
        <dt>{{ 'rounds.fields.students' | transloco }}</dt>
        <dd>
          {{ a.count }}
          @if (a.pinnedCount > 0) {
            ({{ 'rounds.review.pinnedCount' | transloco: { count: a.pinnedCount } }})
          }
        </dd>
        <dt>{{ 'rounds.fields.score' | transloco }}</dt>
        <dd>{{ scorePercent() }}%</dd>
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
      @if (editable()) {
        <div class="actions">
          @if (a.pinnedCount === 0) {
            <button
              type="button"
              class="button button--secondary"
              [attr.aria-busy]="busy()"
              (click)="pin.emit()"
            >
              {{ 'rounds.review.pin' | transloco: { count: a.count } }}
              <span class="visually-hidden">{{ title() }}</span>
            </button>
          }
          <button
            type="button"
            class="button button--secondary"
            [attr.aria-busy]="busy()"
            (click)="forbid.emit()"
          >
            {{ 'rounds.review.forbid' | transloco }}
            <span class="visually-hidden">{{ title() }}</span>
          </button>
        </div>
      }
    </article>
  `,
})
export class RoundAssignment {
  readonly assignment = input.required<MatchingAssignmentFieldsFragment>();
  readonly skills = input.required<ReadonlyMap<string, SkillLabel>>();
  readonly editable = input(false);
  readonly busy = input(false);
  readonly pin = output();
  readonly forbid = output();

  protected readonly needLink = internshipNeedLink;
  protected readonly cohortLink = cohortLink;
  protected readonly title = computed(() => pairTitle(this.assignment()));
  protected readonly headingId = computed(
    () => `pair-${this.assignment().need.id}-${this.assignment().cohort.id}`,
  );
  protected readonly scorePercent = computed(() => percent(this.assignment().score));
  protected readonly explanation = computed(() =>
    fromEngineExplanation(this.assignment().explanation, this.skills()),
  );
}
