import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SkillLabelPipe } from '../marketplace/skill-label.pipe';
import { componentNames, Explanation, ExplanationSkill, percent } from './explanation';
import { barrierLabelKeys, componentLabelKeys } from './matching-labels';

let nextId = 0;

const importanceKeys = {
  MUST_HAVE: 'matching.explanation.mustHave',
  NICE_TO_HAVE: 'matching.explanation.niceToHave',
} as const;

/** Skills of an explanation, each with must-have / nice-to-have where known. */
@Component({
  selector: 'app-skill-list',
  imports: [TranslocoPipe, SkillLabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (skills().length === 0) {
      {{ 'matching.explanation.none' | transloco }}
    } @else {
      <ul class="plain-list">
        @for (skill of skills(); track skill.id) {
          <li>
            @if (skill.label) {
              {{ skill.label | appSkillLabel }}
            } @else {
              {{ skill.id }}
            }
            @if (skill.importance) {
              ({{ importanceKeys[skill.importance] | transloco }})
            }
          </li>
        }
      </ul>
    }
  `,
})
export class SkillList {
  readonly skills = input.required<readonly ExplanationSkill[]>();
  protected readonly importanceKeys = importanceKeys;
}

/**
 * "Why this match": the component scores as a table with a bar and a number each (the bar
 * only supports the number), the weights, the matched, partly matched and missing skills
 * (must-have or nice-to-have where the listing ranks them) and the barriers as text.
 */
@Component({
  selector: 'app-match-explanation',
  imports: [TranslocoPipe, SkillList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .explanation__table {
      border-collapse: collapse;
      margin-bottom: 1rem;
    }
    .explanation__table th,
    .explanation__table td {
      padding: 0.25rem 0.75rem 0.25rem 0;
      text-align: left;
      vertical-align: middle;
    }
    .explanation__table caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    meter {
      width: 8rem;
      height: 1rem;
      margin-right: 0.5rem;
      vertical-align: middle;
    }
  `,
  template: `
    @let e = explanation();
    <table class="explanation__table">
      <caption>
        {{
          'matching.explanation.caption' | transloco
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'matching.explanation.component' | transloco }}</th>
          <th scope="col">{{ 'matching.explanation.score' | transloco }}</th>
          <th scope="col">{{ 'matching.explanation.weight' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.name) {
          <tr [attr.data-component]="row.name">
            <th scope="row" [id]="id + '-' + row.name">{{ row.label | transloco }}</th>
            <td>
              @if (row.value !== null) {
                <meter
                  min="0"
                  max="1"
                  low="0.34"
                  high="0.67"
                  optimum="1"
                  [value]="row.value"
                  [attr.aria-labelledby]="id + '-' + row.name"
                ></meter>
                <span class="numeric">{{ row.percent }}%</span>
              } @else {
                {{ 'matching.explanation.notApplicable' | transloco }}
              }
            </td>
            <td class="numeric">{{ row.weight }}%</td>
          </tr>
        }
      </tbody>
    </table>
    <dl class="details details--stacked">
      <dt>{{ 'matching.explanation.matched' | transloco }}</dt>
      <dd data-skills="matched">
        <app-skill-list [skills]="e.matched" />
      </dd>
      @if (e.partial.length > 0) {
        <dt>{{ 'matching.explanation.partial' | transloco }}</dt>
        <dd data-skills="partial">
          <app-skill-list [skills]="e.partial" />
        </dd>
      }
      <dt>{{ 'matching.explanation.missing' | transloco }}</dt>
      <dd data-skills="missing">
        <app-skill-list [skills]="e.missing" />
      </dd>
      <dt>{{ 'matching.explanation.barriers' | transloco }}</dt>
      <dd data-barriers>
        @if (e.barriers.length === 0) {
          {{ 'matching.explanation.noBarriers' | transloco }}
        } @else {
          <ul class="plain-list">
            @for (barrier of e.barriers; track $index) {
              <li>{{ barrierKeys[barrier.code] | transloco: barrier.params }}</li>
            }
          </ul>
        }
      </dd>
      @if (e.travelMinutes !== null || e.bikeMinutes !== null) {
        <dt>{{ 'matching.explanation.travel' | transloco }}</dt>
        <dd>
          @if (e.travelMinutes !== null) {
            {{ 'matching.explanation.publicTransport' | transloco: { minutes: e.travelMinutes } }}
          }
          @if (e.bikeMinutes !== null) {
            {{ 'matching.explanation.bike' | transloco: { minutes: e.bikeMinutes } }}
          }
        </dd>
      }
      @if (e.overlapDays !== null) {
        <dt>{{ 'matching.explanation.overlap' | transloco }}</dt>
        <dd>{{ 'matching.explanation.overlapDays' | transloco: { days: e.overlapDays } }}</dd>
      }
    </dl>
  `,
})
export class MatchExplanation {
  readonly explanation = input.required<Explanation>();

  protected readonly id = `explanation-${++nextId}`;
  protected readonly barrierKeys = barrierLabelKeys;
  protected readonly rows = computed(() => {
    const e = this.explanation();
    return componentNames.map((name) => {
      const value = e.components[name];
      return {
        name,
        label: componentLabelKeys[name],
        value,
        percent: value === null ? null : percent(value),
        weight: percent(e.weights[name]),
      };
    });
  });
}
