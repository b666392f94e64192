import { DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AppLanguage, defaultLanguage, isAppLanguage, languageStorageKey } from './i18n.config';

/** The UI language: chosen by the user, remembered in localStorage, mirrored in <html lang>. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly currentLanguage = signal<AppLanguage>(defaultLanguage);

  readonly current = this.currentLanguage.asReadonly();

  /** Applies the remembered language (or Dutch) and resolves once its texts are loaded. */
  async init(): Promise<void> {
    const language = this.readStoredLanguage() ?? defaultLanguage;
    this.apply(language);
    try {
      await firstValueFrom(this.transloco.load(language));
    } catch {
      // The app still renders (with keys) when the translation file cannot be fetched.
    }
  }

  /** Switches the UI to `language` and remembers the choice. */
  use(language: AppLanguage): void {
    this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(languageStorageKey, language);
    } catch {
      // Storage can be disabled (private mode, policy); the choice then lasts this visit only.
    }
  }

  private apply(language: AppLanguage): void {
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    this.currentLanguage.set(language);
  }

  private readStoredLanguage(): AppLanguage | undefined {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(languageStorageKey);
      return isAppLanguage(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  }
}
