import {
  ChangeDetectionStrategy,
  Component,
  computed,
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
import type {
  Ecosystem,
  EducationLevel,
  Helix,
  MinorKind,
  PartnerRole,
  Theme,
} from '../generated/graphql';
import { educationLevelLabelKeys, educationLevels } from '../marketplace/marketplace-labels';
import { MarketplaceOptions } from '../marketplace/marketplace-options';
import { ChosenSkill, SkillPicker } from '../marketplace/skill-picker';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { focusFirstInvalid } from '../shared/form-errors';
import {
  ecosystemLabelKeys,
  ecosystems,
  helixLabelKeys,
  themeLabelKeys,
  themes,
} from '../shared/labels';
import {
  challengeHelixes,
  PartnerListFilters,
  PartnerListKind,
  PartnerListParams,
} from './partner-filters';
import {
  challengeSortLabelKeys,
  challengeSorts,
  minorKindLabelKeys,
  minorKinds,
  minorSortLabelKeys,
  minorSorts,
  partnerRoleLabelKeys,
  partnerRoles,
} from './partner-labels';

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
 * Search, kind, level, partner role, "still wants partners" (minors) or helix (challenges),
 * municipality, ecosystem, theme, period, order and skills; submitting emits them (the page
 * puts them in the URL).
 */
@Component({
  selector: 'app-partner-filter-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, FieldError, SkillPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .partner-filters__wide {
      flex: 1 1 100%;
    }
  `,
  template: `
    <form
      class="filters"
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
      @if (isMinor()) {
        <div class="form-field">
          <label for="filter-kind">{{ 'partners.filters.kind' | transloco }}</label>
          <select id="filter-kind" formControlName="kind">
            <option value="">{{ 'partners.filters.allKinds' | transloco }}</option>
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ kindLabelKeys[kind] | transloco }}</option>
            }
          </select>
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
          <label for="filter-role">{{ 'partners.filters.role' | transloco }}</label>
          <select id="filter-role" formControlName="role">
            <option value="">{{ 'partners.filters.allRoles' | transloco }}</option>
            @for (role of roles; track role) {
              <option [value]="role">{{ roleLabelKeys[role] | transloco }}</option>
            }
          </select>
        </div>
      } @else {
        <div class="form-field">
          <label for="filter-helix">{{ 'partners.filters.helix' | transloco }}</label>
          <select id="filter-helix" formControlName="helix">
            <option value="">{{ 'partners.filters.allHelixes' | transloco }}</option>
            @for (helix of helixes; track helix) {
              <option [value]="helix">{{ helixLabelKeys[helix] | transloco }}</option>
            }
          </select>
        </div>
      }
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
      <div class="form-field">
        <label for="filter-theme">{{ 'marketplace.filters.theme' | transloco }}</label>
        <select id="filter-theme" formControlName="theme">
          <option value="">{{ 'marketplace.filters.allThemes' | transloco }}</option>
          @for (theme of themeList; track theme) {
            <option [value]="theme">{{ themeLabelKeys[theme] | transloco }}</option>
          }
        </select>
      </div>
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
      @if (isMinor()) {
        <div class="checkbox partner-filters__wide">
          <input id="filter-open" type="checkbox" formControlName="openOnly" />
          <label for="filter-open">{{ 'partners.filters.openOnly' | transloco }}</label>
        </div>
      }
      <div class="partner-filters__wide">
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
export class PartnerFilterForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly kind = input.required<PartnerListKind>();
  readonly params = input.required<PartnerListParams<string>>();
  readonly options = input.required<MarketplaceOptions>();
  readonly filtersChange = output<PartnerListFilters<string>>();

  protected readonly isMinor = computed(() => this.kind() === 'minor');
  protected readonly sorts = computed((): readonly string[] =>
    this.isMinor() ? minorSorts : challengeSorts,
  );
  protected readonly sortLabelKeys = computed(
    (): Readonly<Record<string, string>> =>
      this.isMinor() ? minorSortLabelKeys : challengeSortLabelKeys,
  );
  protected readonly kinds = minorKinds;
  protected readonly kindLabelKeys = minorKindLabelKeys;
  protected readonly levels = educationLevels;
  protected readonly levelLabelKeys = educationLevelLabelKeys;
  protected readonly roles = partnerRoles;
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
  protected readonly helixes = challengeHelixes;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      search: '',
      skills: [[] as ChosenSkill[]],
      kind: '' as MinorKind | '',
      level: '' as EducationLevel | '',
      helix: '' as Helix | '',
      municipality: '',
      ecosystem: '' as Ecosystem | '',
      theme: '' as Theme | '',
      role: '' as PartnerRole | '',
      openOnly: false,
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
        kind: p.kind ?? '',
        level: p.level ?? '',
        helix: p.helix ?? '',
        municipality: p.municipality,
        ecosystem: p.ecosystem ?? '',
        theme: p.theme ?? '',
        role: p.role ?? '',
        openOnly: p.openOnly,
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
    const minor = this.isMinor();
    this.filtersChange.emit({
      search: value.search.trim(),
      skills: value.skills.map((skill) => skill.skillId),
      kind: minor ? value.kind || null : null,
      level: minor ? value.level || null : null,
      helix: minor ? null : value.helix || null,
      municipality: value.municipality,
      ecosystem: value.ecosystem || null,
      theme: value.theme || null,
      role: minor ? value.role || null : null,
      openOnly: minor && value.openOnly,
      from: value.from,
      to: value.to,
      sort: value.sort || null,
    });
  }
}
