import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { DateTimePipe } from '../shared/date-time.pipe';
import { FieldError } from '../shared/field-error';
import { focusFirstInvalid } from '../shared/form-errors';
import { TextField } from '../shared/text-field';
import { actionItemStatusLabelKeys } from './answer-labels';
import { ActionItemStatus, ActionItemView } from './conversation-types';

export interface NewActionItem {
  readonly description: string;
  readonly ownerOrganisationId: string;
  readonly dueDate: string;
}

export interface OrganisationOption {
  readonly id: string;
  readonly name: string;
}

/**
 * The action items of a conversation: what, which organisation owns it, by when, open or
 * done. Coordinators mark them done (or open again) and add new ones.
 */
@Component({
  selector: 'app-action-items',
  imports: [ReactiveFormsModule, TranslocoPipe, DateTimePipe, TextField, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length === 0) {
      <p class="state">{{ 'conversations.actionItems.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            {{
              'conversations.actionItems.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'conversations.actionItems.description' | transloco }}</th>
              <th scope="col">{{ 'conversations.actionItems.owner' | transloco }}</th>
              <th scope="col">{{ 'conversations.actionItems.dueDate' | transloco }}</th>
              <th scope="col">{{ 'conversations.actionItems.statusLabel' | transloco }}</th>
              @if (canEdit()) {
                <th scope="col">
                  <span class="visually-hidden">{{
                    'conversations.actionItems.actions' | transloco
                  }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.id) {
              <tr [attr.data-item]="item.id">
                <th scope="row">{{ item.description }}</th>
                <td>{{ item.ownerOrganisation?.name ?? '–' }}</td>
                <td>{{ item.dueDate | appDateTime: 'date' }}</td>
                <td>
                  <span
                    class="badge"
                    [class.badge--active]="item.status === 'DONE'"
                    [class.badge--pending]="item.status === 'OPEN'"
                    >{{ statusLabelKeys[item.status] | transloco }}</span
                  >
                </td>
                @if (canEdit()) {
                  <td>
                    <button
                      type="button"
                      class="button button--secondary"
                      [disabled]="busy()"
                      (click)="toggle(item)"
                    >
                      {{
                        (item.status === 'OPEN'
                          ? 'conversations.actionItems.markDone'
                          : 'conversations.actionItems.reopen'
                        ) | transloco: { description: item.description }
                      }}
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    @if (canEdit()) {
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <h3>{{ 'conversations.actionItems.add' | transloco }}</h3>
        <app-text-field
          [control]="form.controls.description"
          name="description"
          fieldId="action-description"
          label="conversations.actionItems.description"
        />
        <div class="form-field">
          <label for="action-owner">{{ 'conversations.actionItems.owner' | transloco }}</label>
          <select
            id="action-owner"
            formControlName="ownerOrganisationId"
            appAriaInvalid
            aria-describedby="action-owner-error"
          >
            <option value="">{{ 'conversations.actionItems.chooseOwner' | transloco }}</option>
            @for (organisation of organisations(); track organisation.id) {
              <option [value]="organisation.id">{{ organisation.name }}</option>
            }
          </select>
          <app-field-error
            [control]="form.controls.ownerOrganisationId"
            label="conversations.actionItems.owner"
            fieldId="action-owner"
          />
        </div>
        <div class="form-field">
          <label for="action-due">{{ 'conversations.actionItems.dueDate' | transloco }}</label>
          <input
            id="action-due"
            type="date"
            formControlName="dueDate"
            appAriaInvalid
            aria-describedby="action-due-error"
          />
          <app-field-error
            [control]="form.controls.dueDate"
            label="conversations.actionItems.dueDate"
            fieldId="action-due"
          />
        </div>
        <button type="submit" class="button" [disabled]="busy()" [attr.aria-busy]="busy()">
          {{ 'conversations.actionItems.submit' | transloco }}
        </button>
      </form>
    }
  `,
})
export class ActionItems {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly items = input.required<readonly ActionItemView[]>();
  readonly organisations = input<readonly OrganisationOption[]>([]);
  readonly canEdit = input(false);
  readonly busy = input(false);
  readonly created = output<NewActionItem>();
  readonly statusChange = output<{ readonly id: string; readonly status: ActionItemStatus }>();

  protected readonly statusLabelKeys = actionItemStatusLabelKeys;
  protected readonly form = inject(NonNullableFormBuilder).group({
    description: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(1000)]],
    ownerOrganisationId: ['', Validators.required],
    dueDate: ['', Validators.required],
  });

  protected toggle(item: ActionItemView): void {
    this.statusChange.emit({ id: item.id, status: item.status === 'OPEN' ? 'DONE' : 'OPEN' });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.form, this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.created.emit({ ...value, description: value.description.trim() });
  }

  /** Clears the form after the page saved the item. */
  reset(): void {
    this.form.reset();
  }
}
