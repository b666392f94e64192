import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Ecosystem, EducationLevel, Theme } from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { focusFirstInvalid } from '../shared/form-errors';
import { ecosystemLabelKeys, ecosystems, themeLabelKeys, themes } from '../shared/labels';
import { ListingFilters, ListingParams } from './listing-filters';
import { educationLevelLabelKeys, educationLevels } from './marketplace-labels';
import { MarketplaceOptions } from './marketplace-options';
import { ChosenSkill, SkillPicker } from './skill-picker';

/** "Until" may not lie before "from" (the API would find nothing). */
function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from')?.value;
  const to = group.get('to');
  if (!to) return null;
  if (from && to.value && to.value < from) {
    to.setErrors({ range: { key: 'validation.dateRange' } });
  } else if (to.hasError('range')) {
    to.setErrors(null);
  }
  return null;
}

/**
 * Search, skills, level, municipality, (for needs) ecosystem and theme, period and order of a
 * marketplace list; submitting emits them (the page puts them in the URL).
 */
@Component({
  selector: 'app-listing-filter-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, FieldError, SkillPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .listing-filters__skills {
      flex: 1 1 100%;
    }
  `,
  template: `
    <form
      class="filters listing-filters"
      role="search"
      [attr.aria-label]="'marketplace.filters.label' | transloco"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
    >
      <div class="form-field">
        <label for="filter-search">{{ 'marketplace.filters.search' | transloco }}</label>
        <input id="filter-search" type="search" formControlName="search" />
      </div>
      <div class="form-field">
        <label for="filter-level">{{ 'marketplace.filters.level' | transloco }}</label>
        <select id="filter-level" formControlName="level">
          <option value="">{{ 'marketplace.filters.allLevels' | transloco }}</option>
          @for (level of levels; track level) {
            <option [value]="level">{{ levelLabelKeys[level] | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="filter-municipality">{{
          'marketplace.filters.municipality' | transloco
        }}</label>
        <select id="filter-municipality" formControlName="municipality">
          <option value="">{{ 'marketplace.filters.allMunicipalities' | transloco }}</option>
          @for (municipality of options().municipalities; track municipality.code) {
            <option [value]="municipality.code">{{ municipality.name }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="filter-ecosystem">{{ 'marketplace.filters.ecosystem' | transloco }}</label>
        <select id="filter-ecosystem" formControlName="ecosystem">
          <option value="">{{ 'marketplace.filters.allEcosystems' | transloco }}</option>
          @for (ecosystem of ecosystemList; track ecosystem) {
            <option [value]="ecosystem">{{ ecosystemLabelKeys[ecosystem] | transloco }}</option>
          }
        </select>
      </div>
      @if (withThemes()) {
        <div class="form-field">
          <label for="filter-theme">{{ 'marketplace.filters.theme' | transloco }}</label>
          <select id="filter-theme" formControlName="theme">
            <option value="">{{ 'marketplace.filters.allThemes' | transloco }}</option>
            @for (theme of themeList; track theme) {
              <option [value]="theme">{{ themeLabelKeys[theme] | transloco }}</option>
            }
          </select>
        </div>
      }
      <div class="form-field">
        <label for="filter-from">{{ 'marketplace.filters.from' | transloco }}</label>
        <input id="filter-from" type="date" formControlName="from" />
      </div>
      <div class="form-field">
        <label for="filter-to">{{ 'marketplace.filters.to' | transloco }}</label>
        <input
          id="filter-to"
          type="date"
          formControlName="to"
          appAriaInvalid
          aria-describedby="filter-to-error"
        />
        <app-field-error
          [control]="form.controls.to"
          label="marketplace.filters.to"
          fieldId="filter-to"
        />
      </div>
      <div class="form-field">
        <label for="filter-sort">{{ 'marketplace.filters.sort' | transloco }}</label>
        <select id="filter-sort" formControlName="sort">
          <option value="">{{ 'marketplace.filters.defaultSort' | transloco }}</option>
          @for (sort of sorts(); track sort) {
            <option [value]="sort">{{ sortLabelKeys()[sort] | transloco }}</option>
          }
        </select>
      </div>
      <div class="listing-filters__skills">
        <app-skill-picker
          [control]="form.controls.skills"
          name="skills"
          fieldId="filter-skills"
          label="marketplace.filters.skills"
          [groups]="options().skillGroups"
        />
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
        <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
      </div>
    </form>
  `,
})
export class ListingFilterForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly params = input.required<ListingParams<string>>();
  readonly options = input.required<MarketplaceOptions>();
  readonly sorts = input.required<readonly string[]>();
  readonly sortLabelKeys = input.required<Readonly<Record<string, string>>>();
  /** Theme: internship needs only (cohorts carry no themes). */
  readonly withThemes = input(false);
  readonly filtersChange = output<ListingFilters<string>>();

  protected readonly levels = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      search: '',
      skills: [[] as ChosenSkill[]],
      level: '' as EducationLevel | '',
      municipality: '',
      ecosystem: '' as Ecosystem | '',
      theme: '' as Theme | '',
      from: '',
      to: '',
      sort: '',
    },
    { validators: periodInOrder },
  );

  constructor() {
    // The URL is the truth: show what it filters on (also after back/forward).
    effect(() => {
      const p = this.params();
      this.form.setValue({
        search: p.search,
        skills: p.skills.map((skillId): ChosenSkill => ({ skillId, importance: 'MUST_HAVE' })),
        level: p.level ?? '',
        municipality: p.municipality,
        ecosystem: p.ecosystem ?? '',
        theme: p.theme ?? '',
        from: p.from,
        to: p.to,
        sort: p.sort ?? '',
      });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      search: value.search.trim(),
      skills: value.skills.map((skill) => skill.skillId),
      level: value.level || null,
      municipality: value.municipality,
      ecosystem: value.ecosystem || null,
      theme: this.withThemes() ? value.theme || null : null,
      from: value.from,
      to: value.to,
      sort: value.sort || null,
    });
  }
}
