import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import nl from '../../public/i18n/nl.json';
import { appLanguages, defaultLanguage } from '../app/i18n/i18n.config';

/** Transloco with the real translation files, Dutch active, for component tests. */
export function translocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: { nl, en },
    translocoConfig: {
      availableLangs: [...appLanguages],
      defaultLang: defaultLanguage,
      reRenderOnLangChange: true,
    },
    preloadLangs: true,
  });
}
