import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, map, of } from 'rxjs';
import {
  MatchingRoundDetailFragment,
  MatchingRoundOrganisationsDocument,
} from '../generated/graphql';
import { educationLevelLabelKeys } from '../marketplace/marketplace-labels';
import { marketplaceOptions } from '../marketplace/marketplace-options';
import { DateTimePipe } from '../shared/date-time.pipe';
import { ecosystemLabelKeys, themeLabelKeys } from '../shared/labels';
import { Reload } from '../shared/query-state';
import { componentNames, percent } from './explanation';
import { componentLabelKeys, policyLabelKeys } from './matching-labels';

/** One condition of a round's filter, ready to show: a label key and a value (key or text). */
interface FilterEntry {
  readonly label: string;
  readonly value: string;
  readonly translate: boolean;
}

const filterLabels: Readonly<Record<string, string>> = {
  search: 'rounds.form.search',
  organisationId: 'rounds.form.organisation',
  level: 'marketplace.filters.level',
  municipalityCode: 'marketplace.filters.municipality',
  ecosystem: 'marketplace.filters.ecosystem',
  theme: 'marketplace.filters.theme',
  periodFrom: 'marketplace.filters.from',
  periodTo: 'marketplace.filters.to',
};

const enumLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  level: educationLevelLabelKeys,
  ecosystem: ecosystemLabelKeys,
  theme: themeLabelKeys,
};

/** A round's filter as a list; "all open ones" when it has no conditions. */
@Component({
  selector: 'app-filter-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      {{ 'rounds.detail.allOpen' | transloco }}
    } @else {
      <ul class="plain-list">
        @for (entry of entries(); track entry.label) {
          <li>
            {{ entry.label | transloco }}:
            {{ entry.translate ? (entry.value | transloco) : entry.value }}
          </li>
        }
      </ul>
    }
  `,
})
export class FilterSummary {
  readonly entries = input.required<readonly FilterEntry[]>();
}

/** The set-up of a round (policy, weights, filters) and the figures of its last run. */
@Component({
  selector: 'app-round-settings',
  imports: [TranslocoPipe, DateTimePipe, FilterSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = round();
    <section aria-labelledby="round-settings-heading">
      <h2 id="round-settings-heading">{{ 'rounds.detail.settings' | transloco }}</h2>
      <dl class="details">
        <dt>{{ 'rounds.fields.policy' | transloco }}</dt>
        <dd>{{ policyLabelKeys[r.policy] | transloco }}</dd>
        <dt>{{ 'rounds.form.weights' | transloco }}</dt>
        <dd>
          <ul class="plain-list">
            @for (w of weights(); track w.name) {
              <li>{{ w.label | transloco }}: {{ w.value }}%</li>
            }
          </ul>
        </dd>
        <dt>{{ 'rounds.form.needs' | transloco }}</dt>
        <dd>
          <app-filter-summary [entries]="needFilter()" />
        </dd>
        <dt>{{ 'rounds.form.cohorts' | transloco }}</dt>
        <dd>
          <app-filter-summary [entries]="cohortFilter()" />
        </dd>
        @if (r.runCount > 0) {
          <dt>{{ 'rounds.fields.lastRun' | transloco }}</dt>
          <dd>
            {{ r.startedAt | appDateTime }}
            @if (r.finishedAt) {
              – {{ r.finishedAt | appDateTime }}
            }
          </dd>
          @if (r.needCount !== null) {
            <dt>{{ 'rounds.fields.figures' | transloco }}</dt>
            <dd>
              {{
                'rounds.detail.figures'
                  | transloco
                    : {
                        needs: r.needCount,
                        cohorts: r.cohortCount ?? 0,
                        pairs: r.pairCount ?? 0,
                        assigned: r.assignedCount ?? 0,
                      }
              }}
            </dd>
          }
          @if (r.totalScore !== null) {
            <dt>{{ 'rounds.fields.totalScore' | transloco }}</dt>
            <dd>{{ r.totalScore.toFixed(2) }}</dd>
          }
        }
        @if (r.publishedAt) {
          <dt>{{ 'rounds.fields.publishedAt' | transloco }}</dt>
          <dd>{{ r.publishedAt | appDateTime }}</dd>
        }
      </dl>
    </section>
  `,
})
export class RoundSettings {
  private readonly apollo = inject(Apollo);
  readonly round = input.required<MatchingRoundDetailFragment>();

  protected readonly policyLabelKeys = policyLabelKeys;
  protected readonly weights = computed(() =>
    componentNames.map((name) => ({
      name,
      label: componentLabelKeys[name],
      value: percent(this.round().weights[name]),
    })),
  );

  private readonly options = marketplaceOptions(new Reload());
  private readonly organisationNames = toSignal(
    combineLatest(
      (['BUSINESS', 'EDUCATION'] as const).map((helix) =>
        this.apollo.query({ query: MatchingRoundOrganisationsDocument, variables: { helix } }).pipe(
          map((r) => r.data?.organisations.items ?? []),
          catchError(() => of([])),
        ),
      ),
    ).pipe(map((lists) => new Map(lists.flat().map((o) => [o.id, o.name])))),
    { initialValue: new Map<string, string>() },
  );
  protected readonly needFilter = computed(() => this.entries(this.round().needFilter));
  protected readonly cohortFilter = computed(() => this.entries(this.round().cohortFilter));

  private entries(json: unknown): FilterEntry[] {
    if (typeof json !== 'object' || json === null) return [];
    const options = this.options();
    const municipalities = options?.status === 'ready' ? options.data.municipalities : [];
    return Object.entries(json as Record<string, unknown>).flatMap(
      ([key, value]): FilterEntry[] => {
        const label = filterLabels[key];
        if (!label || typeof value !== 'string' || value === '') return [];
        if (enumLabels[key]?.[value]) {
          return [{ label, value: enumLabels[key][value], translate: true }];
        }
        const shown =
          key === 'organisationId'
            ? (this.organisationNames().get(value) ?? value)
            : key === 'municipalityCode'
              ? (municipalities.find((m) => m.code === value)?.name ?? value)
              : value;
        return [{ label, value: shown, translate: false }];
      },
    );
  }
}
