import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HomeReferenceDataQuery } from '../generated/graphql';
import { skillCategoryLabelKeys } from './reference-labels';

@Component({
  selector: 'app-skill-categories-table',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (categories().length === 0) {
      <p class="state">{{ 'home.skills.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll" role="region" aria-labelledby="skills-caption" tabindex="0">
        <table>
          <caption id="skills-caption">
            {{
              'home.skills.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'home.skills.category' | transloco }}</th>
              <th scope="col" class="numeric">
                {{ 'home.skills.count' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (summary of categories(); track summary.category) {
              <tr>
                <th scope="row">
                  {{ skillCategoryLabelKeys[summary.category] | transloco }}
                </th>
                <td class="numeric">{{ summary.skillCount }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'home.skills.total' | transloco }}</th>
              <td class="numeric">{{ total() }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    }
  `,
})
export class SkillCategoriesTable {
  readonly categories = input.required<HomeReferenceDataQuery['skillCategories']>();
  protected readonly skillCategoryLabelKeys = skillCategoryLabelKeys;
  protected readonly total = computed(() =>
    this.categories().reduce((sum, summary) => sum + summary.skillCount, 0),
  );
}
