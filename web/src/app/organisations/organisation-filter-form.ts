import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Helix } from '../generated/graphql';
import { helixes, helixLabelKeys } from '../shared/labels';
import { OrganisationListParams } from './organisation-filters';

export interface MunicipalityOption {
  readonly code: string;
  readonly name: string;
}

/** Search, helix and municipality; submitting emits them (the page puts them in the URL). */
@Component({
  selector: 'app-organisation-filter-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'organisations.list.filters.label' | transloco"
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <div class="form-field">
        <label for="filter-search">{{ 'organisations.list.filters.search' | transloco }}</label>
        <input id="filter-search" type="search" formControlName="search" />
      </div>
      <div class="form-field">
        <label for="filter-helix">{{ 'organisations.list.filters.helix' | transloco }}</label>
        <select id="filter-helix" formControlName="helix">
          <option value="">{{ 'organisations.list.filters.allHelixes' | transloco }}</option>
          @for (helix of helixes; track helix) {
            <option [value]="helix">{{ helixLabelKeys[helix] | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="filter-municipality">
          {{ 'organisations.list.filters.municipality' | transloco }}
        </label>
        <select id="filter-municipality" formControlName="municipality">
          <option value="">{{ 'organisations.list.filters.allMunicipalities' | transloco }}</option>
          @for (municipality of municipalities(); track municipality.code) {
            <option [value]="municipality.code">{{ municipality.name }}</option>
          }
        </select>
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
        <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
      </div>
    </form>
  `,
})
export class OrganisationFilterForm {
  readonly params = input.required<OrganisationListParams>();
  readonly municipalities = input.required<readonly MunicipalityOption[]>();
  readonly filtersChange = output<Omit<OrganisationListParams, 'page'>>();

  protected readonly helixes = helixes;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly form = inject(NonNullableFormBuilder).group({
    search: '',
    helix: '' as Helix | '',
    municipality: '',
  });

  constructor() {
    // The URL is the truth: show what it filters on (also after back/forward).
    effect(() => {
      const { search, helix, municipality } = this.params();
      this.form.setValue({ search, helix: helix ?? '', municipality });
    });
  }

  protected submit(): void {
    const { search, helix, municipality } = this.form.getRawValue();
    this.filtersChange.emit({ search: search.trim(), helix: helix || null, municipality });
  }
}
