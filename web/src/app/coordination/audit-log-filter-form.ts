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
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { focusFirstInvalid } from '../shared/form-errors';
import { MessageKeys } from '../shared/message-keys';
import { auditActionKey, entityTypeKey, knownAuditActions, knownEntityTypes } from './audit-labels';
import { AuditLogParams } from './audit-log-filters';

function toNotBeforeFrom(group: AbstractControl): ValidationErrors | null {
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

/** Filters of the audit log; submitting emits them (the page puts them in the URL). */
@Component({
  selector: 'app-audit-log-filter-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AriaInvalid, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="form-field">
        <label for="audit-action">{{ 'auditLog.filters.action' | transloco }}</label>
        <input id="audit-action" type="text" formControlName="action" list="audit-actions" />
        <datalist id="audit-actions">
          @for (action of actions; track action) {
            <option [value]="action">
              {{ keys.has(actionKey(action)) ? (actionKey(action) | transloco) : action }}
            </option>
          }
        </datalist>
      </div>
      <div class="form-field">
        <label for="audit-type">{{ 'auditLog.filters.entityType' | transloco }}</label>
        <select id="audit-type" formControlName="entityType">
          <option value="">{{ 'auditLog.filters.allTypes' | transloco }}</option>
          @for (type of entityTypes; track type) {
            <option [value]="type">{{ typeKey(type) | transloco }}</option>
          }
        </select>
      </div>
      <div class="form-field">
        <label for="audit-from">{{ 'auditLog.filters.from' | transloco }}</label>
        <input id="audit-from" type="date" formControlName="from" />
      </div>
      <div class="form-field">
        <label for="audit-to">{{ 'auditLog.filters.to' | transloco }}</label>
        <input
          id="audit-to"
          type="date"
          formControlName="to"
          appAriaInvalid
          aria-describedby="audit-to-error"
        />
        <app-field-error
          [control]="form.controls.to"
          label="auditLog.filters.to"
          fieldId="audit-to"
        />
      </div>
      <div class="filters__actions">
        <button type="submit" class="button">{{ 'common.filter' | transloco }}</button>
        <a [routerLink]="[]">{{ 'common.clearFilters' | transloco }}</a>
      </div>
    </form>
  `,
})
export class AuditLogFilterForm {
  protected readonly keys = inject(MessageKeys);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly params = input.required<AuditLogParams>();
  readonly filtersChange = output<Omit<AuditLogParams, 'page'>>();

  protected readonly actions = knownAuditActions;
  protected readonly entityTypes = knownEntityTypes;
  protected readonly actionKey = auditActionKey;
  protected readonly typeKey = entityTypeKey;
  protected readonly form = inject(NonNullableFormBuilder).group(
    { action: '', entityType: '', from: '', to: '' },
    { validators: toNotBeforeFrom },
  );

  constructor() {
    // The URL is the truth: show what it filters on (also after back/forward).
    effect(() => {
      const { action, entityType, from, to } = this.params();
      this.form.setValue({ action, entityType, from, to });
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const { action, entityType, from, to } = this.form.getRawValue();
    this.filtersChange.emit({ action: action.trim(), entityType, from, to });
  }
}
