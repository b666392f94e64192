import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage, appLanguages } from '../i18n/i18n.config';
import { LanguageService } from '../i18n/language.service';

/** Toggle buttons for the UI language, grouped under a visible label. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './language-switch.css',
  template: `
    <div class="language-switch" role="group" aria-labelledby="language-switch-label">
      <span id="language-switch-label" class="language-switch__label">{{
        'language.label' | transloco
      }}</span>
      @for (language of languages; track language) {
        <button
          type="button"
          class="language-switch__option"
          [attr.lang]="language"
          [attr.aria-pressed]="current() === language"
          (click)="choose(language)"
        >
          {{ 'language.' + language | transloco }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitch {
  private readonly languageService = inject(LanguageService);
  protected readonly languages = appLanguages;
  protected readonly current = this.languageService.current;

  protected choose(language: AppLanguage): void {
    this.languageService.use(language);
  }
}
