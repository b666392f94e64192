import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';
import { SlotPipe } from './amsterdam-time.pipe';
import { answerIcons, answerLabelKeys } from './answer-labels';
import { Answer, answers, CellView, SlotView } from './conversation-types';

export interface SlotAnswer {
  readonly slotId: string;
  readonly answer: Answer;
  readonly comment: string | null;
}

/**
 * One invitee's answers to the availability poll: per slot yes / if need be / no (a radio
 * group with large targets, stacked on a phone) and an optional comment.
 */
@Component({
  selector: 'app-poll-form',
  imports: [ReactiveFormsModule, TranslocoPipe, SlotPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .poll__slot {
      border: 1px solid var(--color-border);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem 1rem;
      margin: 0 0 1rem;
    }
    .poll__slot legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .poll__choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
    .poll__choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      padding: 0.5rem 1rem;
      border: 2px solid var(--color-border);
      border-radius: 0.5rem;
      cursor: pointer;
      flex: 1 1 8rem;
    }
    .poll__choice:has(input:checked) {
      border-color: currentcolor;
      font-weight: 700;
    }
    .poll__choice input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
    }
    .poll__comment textarea {
      width: 100%;
    }
    @media (max-width: 40rem) {
      .poll__choices {
        flex-direction: column;
      }
      .poll__choice {
        flex-basis: auto;
      }
    }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="poll">
      @for (slot of slots(); track slot.id; let i = $index) {
        @if (group(i); as g) {
          <fieldset
            class="poll__slot"
            [attr.aria-describedby]="errorId(i)"
            [attr.data-slot]="slot.id"
          >
            <legend>{{ slot | appSlot }}</legend>
            <div class="poll__choices">
              @for (answer of answerList; track answer) {
                <label class="poll__choice">
                  <input
                    type="radio"
                    [formControl]="g.controls.answer"
                    [name]="'poll-' + slot.id"
                    [attr.name]="'poll-' + slot.id"
                    [value]="answer"
                    [attr.data-answer]="answer"
                  />
                  <span aria-hidden="true">{{ icons[answer] }}</span>
                  {{ answerLabelKeys[answer] | transloco }}
                </label>
              }
            </div>
            <div class="field-error" [id]="errorId(i)" role="alert">
              @if (showErrors() && missing(i)) {
                <p>{{ 'conversations.poll.answerRequired' | transloco }}</p>
              }
            </div>
            <div class="form-field poll__comment">
              <label [for]="'poll-comment-' + slot.id">
                {{ 'conversations.poll.comment' | transloco }}
                <span class="optional">({{ 'common.optional' | transloco }})</span>
              </label>
              <textarea
                [id]="'poll-comment-' + slot.id"
                rows="2"
                [formControl]="g.controls.comment"
                maxlength="500"
              ></textarea>
            </div>
          </fieldset>
        }
      }
      <button type="submit" class="button" [disabled]="disabled()" [attr.aria-busy]="saving()">
        {{ 'conversations.poll.submit' | transloco }}
      </button>
    </form>
  `,
})
export class PollForm {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly slots = input.required<readonly SlotView[]>();
  /** The invitee's answers so far. */
  readonly initial = input<readonly CellView[]>([]);
  readonly saving = input(false);
  readonly disabled = input(false);
  readonly submitted = output<readonly SlotAnswer[]>();

  protected readonly answerList = answers;
  protected readonly answerLabelKeys = answerLabelKeys;
  protected readonly icons = answerIcons;
  protected readonly showErrors = signal(false);
  protected readonly form = this.fb.group({
    slots: this.fb.array<ReturnType<PollForm['slotGroup']>>([]),
  });
  // Re-render on every change of the form (OnPush with reactive forms).
  private readonly changes = toSignal(this.form.valueChanges.pipe(startWith(null)));

  constructor() {
    effect(() => {
      const initial = this.initial();
      const groups = this.slots().map((slot) => {
        const cell = initial.find((c) => c.slotId === slot.id);
        return this.slotGroup(slot.id, cell?.answer ?? '', cell?.comment ?? '');
      });
      this.form.setControl('slots', this.fb.array(groups));
      this.showErrors.set(false);
    });
    effect(() => {
      if (this.disabled()) this.form.disable();
      else this.form.enable();
    });
  }

  private slotGroup(slotId: string, answer: Answer | '', comment: string) {
    return this.fb.group({
      slotId: [slotId],
      answer: [answer, Validators.required],
      comment: [comment, Validators.maxLength(500)],
    });
  }

  private get slotArray(): FormArray<ReturnType<PollForm['slotGroup']>> {
    return this.form.controls.slots;
  }

  protected group(index: number) {
    this.changes();
    return this.slotArray.at(index) ?? null;
  }

  protected errorId(index: number): string {
    return `poll-error-${this.slots()[index]?.id ?? index}`;
  }

  protected missing(index: number): boolean {
    this.changes();
    return this.slotArray.at(index)?.controls.answer.value === '';
  }

  protected submit(): void {
    if (this.disabled()) return;
    if (this.form.invalid) {
      this.showErrors.set(true);
      const first = this.slotArray.controls.findIndex((group) => group.invalid);
      const slot = this.slots()[first];
      this.host.nativeElement
        .querySelector<HTMLInputElement>(`fieldset[data-slot="${slot?.id}"] input`)
        ?.focus();
      return;
    }
    this.submitted.emit(
      this.slotArray.getRawValue().map((value) => ({
        slotId: value.slotId,
        answer: value.answer as Answer,
        comment: value.comment.trim() || null,
      })),
    );
  }
}
