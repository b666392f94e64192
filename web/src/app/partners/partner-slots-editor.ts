import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import type { PartnerRole } from '../generated/graphql';
import { AriaInvalid } from '../shared/aria-invalid.directive';
import { FieldError } from '../shared/field-error';
import { partnerRoleLabelKeys, partnerRoles } from './partner-labels';
import { SlotArray, slotGroup } from './partner-slot-validators';

/**
 * Edits a minor's partner slots: per row a role and how many partners are wanted, rows added
 * and removed with buttons (a role that already has partners stays). Works on the form's
 * FormArray; its validator (slotRules) puts the cross-row messages on the rows.
 */
@Component({
  selector: 'app-partner-slots-editor',
  imports: [ReactiveFormsModule, TranslocoPipe, AriaInvalid, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin-inline: 0;
    }
    .slot-row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 1rem;
    }
    .slot-row .form-field {
      flex: 1 1 12rem;
    }
    .slot-row .button {
      align-self: center;
    }
  `,
  template: `
    <fieldset
      class="form-field"
      [attr.aria-describedby]="fieldId() + '-hint ' + fieldId() + '-error'"
    >
      <legend>
        {{ 'partners.slotEditor.legend' | transloco }}
        <span class="optional">({{ 'common.optional' | transloco }})</span>
      </legend>
      <p class="hint" [id]="fieldId() + '-hint'">{{ 'partners.slotEditor.hint' | transloco }}</p>
      <p class="visually-hidden" role="status">{{ announcement() }}</p>
      @if (rows().length === 0) {
        <p>{{ 'partners.slotEditor.none' | transloco }}</p>
      }
      <ul class="plain-list stack">
        @for (row of rows(); track row; let i = $index) {
          <li class="slot-row" [formGroup]="row">
            <div class="form-field">
              <label [for]="rowId(i) + '-role'">
                {{ 'partners.slotEditor.role' | transloco }} {{ i + 1 }}
              </label>
              <select
                [id]="rowId(i) + '-role'"
                formControlName="role"
                appAriaInvalid
                [attr.data-control]="row.controls.role.invalid ? name() : null"
                [attr.aria-describedby]="rowId(i) + '-role-error'"
              >
                <option value="">{{ 'partners.slotEditor.chooseRole' | transloco }}</option>
                @for (role of roles; track role) {
                  <option [value]="role">{{ roleLabelKeys[role] | transloco }}</option>
                }
              </select>
              <app-field-error
                [control]="row.controls.role"
                label="partners.slotEditor.role"
                [fieldId]="rowId(i) + '-role'"
              />
            </div>
            <div class="form-field">
              <label [for]="rowId(i) + '-wanted'">
                {{ 'partners.slotEditor.wanted' | transloco }}
              </label>
              <input
                [id]="rowId(i) + '-wanted'"
                formControlName="wanted"
                inputmode="numeric"
                appAriaInvalid
                [attr.data-control]="row.controls.wanted.invalid ? name() : null"
                [attr.aria-describedby]="rowId(i) + '-wanted-error'"
              />
              <app-field-error
                [control]="row.controls.wanted"
                label="partners.slotEditor.wanted"
                [fieldId]="rowId(i) + '-wanted'"
              />
            </div>
            @if (filledOf(row.controls.role.value); as count) {
              <p class="hint">{{ 'partners.slotEditor.filled' | transloco: { count } }}</p>
            } @else {
              <button type="button" class="button button--secondary" (click)="remove(i)">
                {{ 'partners.slotEditor.remove' | transloco }}
                <span class="visually-hidden">
                  {{ 'partners.slotEditor.role' | transloco }} {{ i + 1 }}
                </span>
              </button>
            }
          </li>
        }
      </ul>
      @if (rows().length < roles.length) {
        <button #addButton type="button" class="button button--secondary" (click)="add()">
          {{ 'partners.slotEditor.add' | transloco }}
        </button>
      }
      <app-field-error
        [control]="slots()"
        label="partners.slotEditor.legend"
        [fieldId]="fieldId()"
      />
    </fieldset>
  `,
})
export class PartnerSlotsEditor {
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly slots = input.required<SlotArray>();
  /** The array's name in its form group (used to focus the first invalid field). */
  readonly name = input.required<string>();
  readonly fieldId = input.required<string>();
  /** Partners already accepted per role (editing a minor): such a role cannot be removed. */
  readonly filled = input<ReadonlyMap<PartnerRole, number>>(new Map());

  protected readonly roles = partnerRoles;
  protected readonly roleLabelKeys = partnerRoleLabelKeys;
  protected readonly announcement = signal('');
  private readonly addButton = viewChild<ElementRef<HTMLElement>>('addButton');

  private readonly events = toSignal(
    toObservable(this.slots).pipe(switchMap((slots) => slots.events.pipe(startWith(null)))),
  );
  protected readonly rows = computed(() => {
    this.events();
    return [...this.slots().controls];
  });

  protected rowId(index: number): string {
    return `${this.fieldId()}-${index}`;
  }

  protected filledOf(role: PartnerRole | ''): number {
    return role ? (this.filled().get(role) ?? 0) : 0;
  }

  protected add(): void {
    const slots = this.slots();
    const used = new Set(slots.getRawValue().map((row) => row.role));
    const next = this.roles.find((role) => !used.has(role)) ?? '';
    slots.push(slotGroup(next));
    slots.markAsDirty();
    this.announcement.set(this.transloco.translate('partners.slotEditor.added'));
    const index = slots.length - 1;
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(`#${this.rowId(index)}-role`)?.focus(),
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    const slots = this.slots();
    slots.removeAt(index);
    slots.markAsDirty();
    this.announcement.set(this.transloco.translate('partners.slotEditor.removed'));
    // The row and its button are gone: the add button keeps the focus in the editor.
    afterNextRender(() => this.addButton()?.nativeElement.focus(), { injector: this.injector });
  }
}
