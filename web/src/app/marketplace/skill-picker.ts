import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import type { SkillImportance } from '../generated/graphql';
import { skillCategoryLabelKeys } from '../home/reference-labels';
import { FieldError } from '../shared/field-error';
import { skillImportanceLabelKeys, skillImportances } from './marketplace-labels';
import { SkillGroup, skillsById } from './marketplace-options';
import { SkillLabelPipe } from './skill-label.pipe';

/** A chosen skill; the importance only counts for internship needs. */
export interface ChosenSkill {
  readonly skillId: string;
  readonly importance: SkillImportance;
}

/**
 * Chooses skills of the taxonomy: a select grouped by category with an "add" button, and
 * the chosen skills as a list with (for needs) their importance and a remove button.
 * Works on a form control holding the chosen skills.
 */
@Component({
  selector: 'app-skill-picker',
  imports: [TranslocoPipe, FieldError, SkillLabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin-inline: 0;
    }
    .skill-picker__add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0 1rem;
    }
    .skill-picker__add .form-field {
      flex: 1 1 16rem;
      margin-bottom: 0.75rem;
    }
    .skill-picker__add .button {
      margin-bottom: 0.75rem;
    }
    .skill-picker__importance {
      width: auto;
    }
  `,
  template: `
    <fieldset class="form-field skill-picker">
      <legend>
        {{ label() | transloco }}
        <span class="optional">({{ 'common.optional' | transloco }})</span>
      </legend>
      <div class="skill-picker__add">
        <div class="form-field">
          <label [for]="fieldId()">{{ 'marketplace.skills.choose' | transloco }}</label>
          <select
            #choice
            [id]="fieldId()"
            [attr.data-control]="name()"
            [attr.aria-invalid]="invalid()"
            [attr.aria-describedby]="fieldId() + '-error'"
          >
            <option value="">{{ 'marketplace.skills.placeholder' | transloco }}</option>
            @for (group of groups(); track group.category) {
              <optgroup [label]="categoryLabelKeys[group.category] | transloco">
                @for (skill of group.skills; track skill.id) {
                  @if (!isChosen(skill.id)) {
                    <option [value]="skill.id">{{ skill | appSkillLabel }}</option>
                  }
                }
              </optgroup>
            }
          </select>
        </div>
        <button
          type="button"
          class="button button--secondary"
          (click)="add(choice.value); choice.value = ''"
        >
          {{ 'marketplace.skills.add' | transloco }}
        </button>
      </div>
      <p class="visually-hidden" role="status">{{ announcement() }}</p>
      @if (chosen().length > 0) {
        <ul class="plain-list stack skill-picker__chosen">
          @for (item of chosen(); track item.skillId) {
            <li class="actions">
              <span [id]="fieldId() + '-' + item.skillId">{{ skillLabel(item.skillId) }}</span>
              @if (withImportance()) {
                <label class="visually-hidden" [for]="fieldId() + '-importance-' + item.skillId">
                  {{
                    'marketplace.skills.importanceOf'
                      | transloco: { skill: skillLabel(item.skillId) }
                  }}
                </label>
                <select
                  class="skill-picker__importance"
                  [id]="fieldId() + '-importance-' + item.skillId"
                  [value]="item.importance"
                  (change)="setImportance(item.skillId, $any($event.target).value)"
                >
                  @for (importance of importances; track importance) {
                    <option [value]="importance" [selected]="importance === item.importance">
                      {{ importanceLabelKeys[importance] | transloco }}
                    </option>
                  }
                </select>
              }
              <button type="button" class="button button--secondary" (click)="remove(item.skillId)">
                {{ 'marketplace.skills.remove' | transloco }}
                <span class="visually-hidden">{{ skillLabel(item.skillId) }}</span>
              </button>
            </li>
          }
        </ul>
      } @else {
        <p class="hint">{{ 'marketplace.skills.none' | transloco }}</p>
      }
      <app-field-error [control]="control()" [label]="label()" [fieldId]="fieldId()" />
    </fieldset>
  `,
})
export class SkillPicker {
  private readonly transloco = inject(TranslocoService);
  private readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  readonly control = input.required<FormControl<ChosenSkill[]>>();
  /** The control's name in its form group (used to focus the first invalid field). */
  readonly name = input.required<string>();
  readonly fieldId = input.required<string>();
  /** Translation key of the legend. */
  readonly label = input.required<string>();
  readonly groups = input.required<readonly SkillGroup[]>();
  readonly withImportance = input(false);

  protected readonly categoryLabelKeys = skillCategoryLabelKeys;
  protected readonly importanceLabelKeys = skillImportanceLabelKeys;
  protected readonly importances = skillImportances;
  protected readonly announcement = signal('');
  private readonly choice = viewChild<ElementRef<HTMLSelectElement>>('choice');

  private readonly events = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.events.pipe(startWith(null)))),
  );
  protected readonly chosen = computed(() => {
    this.events();
    return this.control().value;
  });
  protected readonly invalid = computed(() => {
    this.events();
    const control = this.control();
    return control.invalid && (control.dirty || control.touched) ? 'true' : null;
  });
  private readonly byId = computed(() => skillsById(this.groups()));

  protected isChosen(id: string): boolean {
    return this.chosen().some((item) => item.skillId === id);
  }

  protected skillLabel(id: string): string {
    const skill = this.byId().get(id);
    if (!skill) return id;
    return this.lang() === 'en' ? skill.labelEn : skill.labelNl;
  }

  protected add(id: string): void {
    if (!id || this.isChosen(id)) return;
    this.update([...this.chosen(), { skillId: id, importance: 'MUST_HAVE' }]);
    this.announcement.set(
      this.transloco.translate('marketplace.skills.added', { skill: this.skillLabel(id) }),
    );
  }

  protected remove(id: string): void {
    // The button goes with its row: the select keeps the focus in the picker.
    this.choice()?.nativeElement.focus();
    this.announcement.set(
      this.transloco.translate('marketplace.skills.removed', { skill: this.skillLabel(id) }),
    );
    this.update(this.chosen().filter((item) => item.skillId !== id));
  }

  protected setImportance(id: string, importance: SkillImportance): void {
    this.update(
      this.chosen().map((item) => (item.skillId === id ? { ...item, importance } : item)),
    );
  }

  private update(value: ChosenSkill[]): void {
    const control = this.control();
    control.setValue(value);
    control.markAsDirty();
  }
}
