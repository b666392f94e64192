import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of } from 'rxjs';
import type { Ecosystem, TableKind, TableStatus, Theme } from '../generated/graphql';
import {
  CreateTransitionTableDocument,
  TransitionTableDocument,
  UpdateTransitionTableDocument,
} from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { FormError } from '../shared/form-error';
import { FormSubmission } from '../shared/form-submission';
import { ecosystemLabelKeys, ecosystems, themeLabelKeys, themes } from '../shared/labels';
import { queryState, readyData, Reload, requireData } from '../shared/query-state';
import { QueryStatus } from '../shared/query-status';
import { TextField } from '../shared/text-field';
import {
  tableKindLabelKeys,
  tableKinds,
  tableStatusLabelKeys,
  tableStatuses,
} from './table-labels';
import { tableLink } from './table-links';
import { wholeNumberIn } from './number-validators';

const labels: Readonly<Record<string, string>> = {
  kind: 'tables.form.kind',
  name: 'tables.form.name',
  theme: 'tables.form.theme',
  ecosystem: 'tables.form.ecosystem',
  description: 'tables.form.description',
  goals: 'tables.form.goals',
  status: 'tables.form.status',
  quorum: 'tables.form.quorumLegend',
};

const quorumValidators = [wholeNumberIn(0, 50, 'tables.form.quorumRange')];

/** A new transition table, or changes to one (coordinators). */
@Component({
  selector: 'app-table-form-page',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    TextField,
    FieldError,
    FormError,
    AriaInvalid,
    QueryStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (editing ? 'tables.form.editHeading' : 'tables.form.createHeading') | transloco }}</h1>
    <app-query-status
      [state]="result()"
      [error]="'tables.form.error' | transloco"
      (retry)="reload.retry()"
    />
    @if (result()?.status === 'ready') {
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <app-form-error [error]="submission.apiError()" [labels]="labels" />
        <div class="form-field">
          <label for="table-kind">{{ 'tables.form.kind' | transloco }}</label>
          <select id="table-kind" formControlName="kind">
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ kindLabelKeys[kind] | transloco }}</option>
            }
          </select>
        </div>
        <app-text-field
          [control]="form.controls.name"
          name="name"
          fieldId="table-name"
          label="tables.form.name"
        />
        <div class="form-field">
          <label for="table-theme">{{ 'tables.form.theme' | transloco }}</label>
          <select id="table-theme" formControlName="theme">
            @for (theme of themeList; track theme) {
              <option [value]="theme">{{ themeLabelKeys[theme] | transloco }}</option>
            }
          </select>
        </div>
        <div class="form-field">
          <label for="table-ecosystem">{{ 'tables.form.ecosystem' | transloco }}</label>
          <select id="table-ecosystem" formControlName="ecosystem">
            @for (ecosystem of ecosystemList; track ecosystem) {
              <option [value]="ecosystem">{{ ecosystemLabelKeys[ecosystem] | transloco }}</option>
            }
          </select>
        </div>
        @if (editing) {
          <div class="form-field">
            <label for="table-status">{{ 'tables.form.status' | transloco }}</label>
            <select id="table-status" formControlName="status">
              @for (status of statuses; track status) {
                <option [value]="status">{{ statusLabelKeys[status] | transloco }}</option>
              }
            </select>
          </div>
        }
        <app-text-field
          [control]="form.controls.description"
          name="description"
          fieldId="table-description"
          label="tables.form.description"
          [multiline]="true"
          [optional]="true"
        />
        <app-text-field
          [control]="form.controls.goals"
          name="goals"
          fieldId="table-goals"
          label="tables.form.goals"
          [multiline]="true"
          [optional]="true"
        />
        <fieldset formGroupName="quorum">
          <legend>{{ 'tables.form.quorumLegend' | transloco }}</legend>
          @for (q of quorumFields; track q.name) {
            <div class="form-field">
              <label [for]="'quorum-' + q.name">{{ q.label | transloco }}</label>
              <input
                [id]="'quorum-' + q.name"
                type="number"
                min="0"
                max="50"
                [formControlName]="q.name"
                appAriaInvalid
                [attr.aria-describedby]="'quorum-' + q.name + '-error'"
              />
              <app-field-error
                [control]="form.controls.quorum.controls[q.name]"
                [label]="q.label"
                [fieldId]="'quorum-' + q.name"
              />
            </div>
          }
        </fieldset>
        <button type="submit" class="button" [disabled]="submission.submitting()">
          {{ (editing ? 'tables.form.submitEdit' : 'tables.form.submitCreate') | transloco }}
        </button>
      </form>
    }
  `,
})
export class TableFormPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id');

  protected readonly editing = this.id !== null;
  protected readonly labels = labels;
  protected readonly kinds = tableKinds;
  protected readonly kindLabelKeys = tableKindLabelKeys;
  protected readonly statuses = tableStatuses;
  protected readonly statusLabelKeys = tableStatusLabelKeys;
  protected readonly themeList = themes;
  protected readonly themeLabelKeys = themeLabelKeys;
  protected readonly ecosystemList = ecosystems;
  protected readonly ecosystemLabelKeys = ecosystemLabelKeys;
  protected readonly quorumFields = [
    { name: 'business', label: 'tables.form.quorumBusiness' },
    { name: 'education', label: 'tables.form.quorumEducation' },
    { name: 'government', label: 'tables.form.quorumGovernment' },
  ] as const;
  protected readonly form = this.fb.group({
    kind: 'TRANSITION_TABLE' as TableKind,
    name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    theme: 'SUSTAINABILITY' as Theme,
    ecosystem: 'LOGISTICS_TRADE' as Ecosystem,
    status: 'ACTIVE' as TableStatus,
    description: ['', Validators.maxLength(5000)],
    goals: ['', Validators.maxLength(5000)],
    quorum: this.fb.group({
      business: [1, quorumValidators],
      education: [1, quorumValidators],
      government: [1, quorumValidators],
    }),
  });
  protected readonly submission = new FormSubmission(this.form);
  protected readonly reload = new Reload();
  protected readonly result = toSignal(
    queryState(
      of(this.id),
      (id) =>
        id
          ? this.apollo
              .query({
                query: TransitionTableDocument,
                variables: { id },
                fetchPolicy: 'network-only',
              })
              .pipe(map((r) => requireData(r).transitionTable))
          : of(null),
      this.reload,
    ),
  );
  private readonly table = readyData(this.result);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      const t = this.table();
      if (!t) return;
      this.form.setValue({
        kind: t.kind,
        name: t.name,
        theme: t.theme,
        ecosystem: t.ecosystem,
        status: t.status,
        description: t.description,
        goals: t.goals,
        quorum: {
          business: t.quorum.business,
          education: t.quorum.education,
          government: t.quorum.government,
        },
      });
    });
  }

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      const v = this.form.getRawValue();
      const fields = {
        kind: v.kind,
        name: v.name.trim(),
        theme: v.theme,
        ecosystem: v.ecosystem,
        description: v.description,
        goals: v.goals,
        quorum: {
          business: Number(v.quorum.business),
          education: Number(v.quorum.education),
          government: Number(v.quorum.government),
        },
        coordinatorIds: null,
      };
      let id: string | undefined;
      if (this.id) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateTransitionTableDocument,
            variables: { input: { id: this.id, status: v.status, ...fields } },
          }),
        );
        id = result.data?.updateTransitionTable.id;
      } else {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: CreateTransitionTableDocument,
            variables: { input: fields },
          }),
        );
        id = result.data?.createTransitionTable.id;
      }
      if (id) await this.router.navigateByUrl(tableLink(id));
    });
  }
}
