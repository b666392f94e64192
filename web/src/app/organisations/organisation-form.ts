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
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Ecosystem, OrganisationKind, Theme } from '../generated/graphql';
import { ApiError } from '../shared/api-error';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import {
  ecosystemLabelKeys,
  ecosystems,
  helixLabelKeys,
  organisationKindLabelKeys,
  organisationKinds,
  themeLabelKeys,
  themes,
} from '../shared/labels';
import { MessageKeys } from '../shared/message-keys';
import { TextField } from '../shared/text-field';
import {
  brinCodeValidator,
  helixOfKind,
  kvkNumberValidator,
  mayHaveBrinCode,
  needsBrinCode,
  needsKvkNumber,
  normaliseWebsite,
  websiteValidator,
} from './organisation-kind';

/** What the form produces, ready for CreateOrganisationInput / UpdateOrganisationInput. */
export interface OrganisationFormValue {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly municipalityCode: string;
  readonly ecosystem: Ecosystem | null;
  readonly themes: Theme[];
  readonly address: string | null;
  readonly website: string | null;
  readonly description: string | null;
  readonly kvkNumber: string | null;
  readonly brinCode: string | null;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export const organisationFieldLabels: Readonly<Record<string, string>> = {
  name: 'organisations.fields.name',
  kind: 'organisations.fields.kind',
  municipalityCode: 'organisations.fields.municipality',
  ecosystem: 'organisations.fields.ecosystem',
  themes: 'organisations.fields.themes',
  address: 'organisations.fields.address',
  website: 'organisations.fields.website',
  description: 'organisations.fields.description',
  kvkNumber: 'organisations.fields.kvkNumber',
  brinCode: 'organisations.fields.brinCode',
};

const optional = (value: string) => value.trim() || null;

/** Create or edit an organisation. In edit mode the kind (and so the helix) is fixed. */
@Component({
  selector: 'app-organisation-form',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError, FormError, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-form.html',
})
export class OrganisationForm {
  private readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly initial = input<OrganisationFormValue | null>(null);
  readonly editing = input(false);
  readonly municipalities = input.required<readonly SelectOption[]>();
  readonly submitting = input(false);
  readonly apiError = input<ApiError | null>(null);
  readonly submitLabel = input.required<string>();
  readonly save = output<OrganisationFormValue>();

  protected readonly labels = organisationFieldLabels;
  protected readonly kinds = organisationKinds;
  protected readonly kindLabelKeys = organisationKindLabelKeys;
  protected readonly helixLabelKeys = helixLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    kind: this.fb.control<OrganisationKind | ''>('', Validators.required),
    municipalityCode: ['', Validators.required],
    ecosystem: this.fb.control<Ecosystem | ''>(''),
    themes: this.fb.group(
      Object.fromEntries(themes.map((theme) => [theme, false])) as Record<Theme, boolean>,
    ),
    address: ['', Validators.maxLength(300)],
    website: ['', [websiteValidator, Validators.maxLength(300)]],
    description: ['', Validators.maxLength(2000)],
    kvkNumber: ['', kvkNumberValidator],
    brinCode: ['', brinCodeValidator],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: '' });
  protected readonly helix = computed(() => {
    const kind = this.kind();
    return kind ? helixOfKind[kind] : null;
  });
  protected readonly showKvk = computed(() => needsKvkNumber(this.kind()));
  protected readonly showBrin = computed(() => mayHaveBrinCode(this.kind()));
  protected readonly brinRequired = computed(() => needsBrinCode(this.kind()));

  constructor() {
    effect(() => {
      const initial = this.initial();
      if (initial) this.fill(initial);
    });
    // KvK is required for companies, BRIN for schools; hidden fields do not validate.
    effect(() => {
      const { kvkNumber, brinCode } = this.form.controls;
      kvkNumber.setValidators(
        this.showKvk() ? [Validators.required, kvkNumberValidator] : kvkNumberValidator,
      );
      brinCode.setValidators(
        this.brinRequired() ? [Validators.required, brinCodeValidator] : brinCodeValidator,
      );
      if (!this.showKvk()) kvkNumber.setValue('');
      if (!this.showBrin()) brinCode.setValue('');
      kvkNumber.updateValueAndValidity();
      brinCode.updateValueAndValidity();
    });
    effect(() => {
      const error = this.apiError();
      if (error) applyServerErrors(this.form, error, this.keys);
    });
  }

  protected text(name: 'name' | 'address' | 'website' | 'description' | 'kvkNumber' | 'brinCode') {
    return this.form.controls[name] as FormControl<string>;
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    if (!value.kind) return;
    this.save.emit({
      name: value.name.trim(),
      kind: value.kind,
      municipalityCode: value.municipalityCode,
      ecosystem: value.ecosystem || null,
      themes: themes.filter((theme) => value.themes[theme]),
      address: optional(value.address),
      website: normaliseWebsite(value.website),
      description: optional(value.description),
      kvkNumber: this.showKvk() ? optional(value.kvkNumber) : null,
      brinCode: this.showBrin() ? (optional(value.brinCode)?.toUpperCase() ?? null) : null,
    });
  }

  private fill(value: OrganisationFormValue): void {
    this.form.setValue({
      name: value.name,
      kind: value.kind,
      municipalityCode: value.municipalityCode,
      ecosystem: value.ecosystem ?? '',
      themes: Object.fromEntries(
        themes.map((theme) => [theme, value.themes.includes(theme)]),
      ) as Record<Theme, boolean>,
      address: value.address ?? '',
      website: value.website ?? '',
      description: value.description ?? '',
      kvkNumber: value.kvkNumber ?? '',
      brinCode: value.brinCode ?? '',
    });
    if (this.editing()) this.form.controls.kind.disable();
  }
}
