import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, of, switchMap } from 'rxjs';

/**
 * Route titles are translation keys; the document title is the translated page
 * title plus the app name, and follows language changes.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly titleKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    combineLatest([this.titleKey, this.transloco.langChanges$])
      .pipe(
        switchMap(([key, lang]) =>
          this.transloco
            .selectTranslate(key ?? 'app.name', {}, lang)
            .pipe(
              switchMap((page: string) =>
                key
                  ? this.transloco.selectTranslate('app.documentTitle', { page }, lang)
                  : of(page),
              ),
            ),
        ),
      )
      .subscribe((title: string) => this.title.setTitle(title));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey.next(this.buildTitle(snapshot));
  }
}
