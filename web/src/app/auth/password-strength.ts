import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { passwordMinLength, passwordStrength } from './password';

const meterWidth = { tooShort: 15, weak: 35, fair: 65, strong: 100 } as const;

/** The password rule as a hint (id <fieldId>-hint) and a live strength estimate. */
@Component({
  selector: 'app-password-strength',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint" [id]="fieldId() + '-hint'">
      {{ 'password.hint' | transloco: { min: minLength } }}
    </p>
    <p class="strength" aria-live="polite">
      @if (password()) {
        <span class="strength__meter" aria-hidden="true">
          <span
            [class]="'strength__bar strength__bar--' + level()"
            [style.width.%]="width()"
          ></span>
        </span>
        {{ 'password.strength.' + level() | transloco }}
      }
    </p>
  `,
})
export class PasswordStrength {
  readonly password = input.required<string>();
  readonly fieldId = input.required<string>();

  protected readonly minLength = passwordMinLength;
  protected readonly level = computed(() => passwordStrength(this.password()));
  protected readonly width = computed(() => meterWidth[this.level()]);
}
