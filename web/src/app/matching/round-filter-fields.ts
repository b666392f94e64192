import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { educationLevelLabelKeys, educationLevels } from '../marketplace/marketplace-labels';
import { MunicipalityOption } from '../marketplace/marketplace-options';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { ecosystemLabelKeys, ecosystems, themeLabelKeys, themes } from '../shared/labels';
import { FilterGroup } from './round-form-model';

export interface OrganisationOption {
  readonly id: string;
  readonly name: string;
}

/**
 * Which open needs (or cohorts) a round takes: the marketplace filters the API accepts,
 * as one fieldset. Empty fields do not filter.
 */
@Component({
  selector: 'app-round-filter-fields',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .round-filter {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
    }
    .round-filter .form-field {
      flex: 1 1 14rem;
    }
  `,
  template: `
    <fieldset [formGroup]="group()">
      <legend>{{ legend() | transloco }}</legend>
      <p class="hint">{{ 'rounds.form.filterHint' | transloco }}</p>
      <div class="round-filter">
        <div class="form-field">
          <label [for]="prefix() + '-search'">{{ 'rounds.form.search' | transloco }}</label>
          <input
            [id]="prefix() + '-search'"
            type="search"
            formControlName="search"
            appAriaInvalid
            [attr.aria-describedby]="prefix() + '-search-error'"
          />
          <app-field-error
            [control]="group().controls.search"
            label="rounds.form.search"
            [fieldId]="prefix() + '-search'"
          />
        </div>
        <div class="form-field">
          <label [for]="prefix() + '-organisation'">{{ organisationLabel() | transloco }}</label>
          <select [id]="prefix() + '-organisation'" formControlName="organisationId">
            <option value="">{{ 'rounds.form.allOrganisations' | transloco }}</option>
            @for (organisation of organisations(); track organisation.id) {
              <option [value]="organisation.id">{{ organisation.name }}</option>
            }
          </select>
        </div>
        <div class="form-field">
          <label [for]="prefix() + '-level'">{{ 'marketplace.filters.level' | transloco }}</label>
          <select [id]="prefix() + '-level'" formControlName="level">
            <option value="">{{ 'marketplace.filters.allLevels' | transloco }}</option>
            @for (level of levels; track level) {
              <option [value]="level">{{ levelLabelKeys[level] | transloco }}</option>
            }
          </select>
        </div>
        <div class="form-field">
          <label [for]="prefix() + '-municipality'">{{
            'marketplace.filters.municipality' | transloco
          }}</label>
          <select [id]="prefix() + '-municipality'" formControlName="municipalityCode">
            <option value="">{{ 'marketplace.filters.allMunicipalities' | transloco }}</option>
            @for (municipality of municipalities(); track municipality.code) {
              <option [value]="municipality.code">{{ municipality.name }}</option>
            }
          </select>
        </div>
        <div class="form-field">
          <label [for]="prefix() + '-ecosystem'">{{
            'marketplace.filters.ecosystem' | transloco
          }}</label>
          <select [id]="prefix() + '-ecosystem'" formControlName="ecosystem">
            <option value="">{{ 'marketplace.filters.allEcosystems' | transloco }}</option>
            @for (ecosystem of ecosystemList; track ecosystem) {
              <option [value]="ecosystem">{{ ecosystemLabelKeys[ecosystem] | transloco }}</option>
            }
          </select>
        </div>
        @if (withTheme()) {
          <div class="form-field">
            <label [for]="prefix() + '-theme'">{{ 'marketplace.filters.theme' | transloco }}</label>
            <select [id]="prefix() + '-theme'" formControlName="theme">
              <option value="">{{ 'marketplace.filters.allThemes' | transloco }}</option>
              @for (theme of themeList; track theme) {
                <option [value]="theme">{{ themeLabelKeys[theme] | transloco }}</option>
              }
            </select>
          </div>
        }
        <div class="form-field">
          <label [for]="prefix() + '-from'">{{ 'marketplace.filters.from' | transloco }}</label>
          <input [id]="prefix() + '-from'" type="date" formControlName="from" />
        </div>
        <div class="form-field">
          <label [for]="prefix() + '-to'">{{ 'marketplace.filters.to' | transloco }}</label>
          <input
            [id]="prefix() + '-to'"
            type="date"
            formControlName="to"
            appAriaInvalid
            [attr.aria-describedby]="prefix() + '-to-error'"
          />
          <app-field-error
            [control]="group().controls.to"
            label="marketplace.filters.to"
            [fieldId]="prefix() + '-to'"
          />
        </div>
      </div>
    </fieldset>
  `,
})
export class RoundFilterFields {
  readonly group = input.required<FilterGroup>();
  /** Prefix of the field ids: 'need' or 'cohort'. */
  readonly prefix = input.required<string>();
  /** Translation keys. */
  readonly legend = input.required<string>();
  readonly organisationLabel = input.required<string>();
  readonly organisations = input.required<readonly OrganisationOption[]>();
  readonly municipalities = input.required<readonly MunicipalityOption[]>();
  /** Needs have themes; cohorts do not. */
  readonly withTheme = input(false);

  protected readonly levels = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
}
