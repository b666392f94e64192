import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from './api-error';
import { MessageKeys } from './message-keys';

/**
 * The API's answer to a failed form submission, announced as an alert: the translated
 * message key (or a text for the error code) and every field error it named.
 * Extra content (e.g. a "send the mail again" button) goes inside.
 * A new error takes the focus, so keyboard and screen-reader users land on it
 * (WCAG 3.3.1) and can read it again; Tab continues into the form.
 */
@Component({
  selector: 'app-form-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert">
      @if (error(); as error) {
        <div class="state state--error form-error" tabindex="-1" #box>
          <p>{{ mainKey() | transloco }}</p>
          @if (fields().length > 0) {
            <ul>
              @for (field of fields(); track $index) {
                <li>
                  {{
                    field.key
                      | transloco: { field: field.label ? (field.label | transloco) : field.name }
                  }}
                </li>
              }
            </ul>
          }
          <ng-content />
        </div>
      }
    </div>
  `,
})
export class FormError {
  private readonly keys = inject(MessageKeys);

  readonly error = input.required<ApiError | null>();
  /** Translation keys of the labels of the form's fields, by input field name. */
  readonly labels = input<Readonly<Record<string, string>>>({});

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    effect(() => {
      const box = this.box();
      if (this.error() && box) box.nativeElement.focus();
    });
  }

  protected readonly mainKey = computed(() => {
    const error = this.error();
    return error ? this.keys.forError(error) : '';
  });
  // A single-field error often carries the same key as the error itself: say it once.
  protected readonly fields = computed(() =>
    (this.error()?.fields ?? [])
      .map((field) => ({
        name: field.field,
        label: this.labels()[field.field] ?? null,
        key: this.keys.forField(field),
      }))
      .filter((field) => field.key !== this.mainKey()),
  );
}
