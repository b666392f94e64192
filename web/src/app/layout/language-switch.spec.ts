import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingModule } from 'apollo-angular/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../testing/transloco-testing';
import { App } from '../app';
import { languageStorageKey } from '../i18n/i18n.config';
import { LanguageService } from '../i18n/language.service';

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    localStorage.clear();
    document.documentElement.lang = 'nl';
    await TestBed.configureTestingModule({
      // The header asks the API who is signed in; nothing answers here.
      imports: [App, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  function languageButton(root: HTMLElement, lang: string): HTMLButtonElement {
    const button = root.querySelector<HTMLButtonElement>(`.language-switch button[lang="${lang}"]`);
    if (!button) throw new Error(`no language button for ${lang}`);
    return button;
  }

  it('should label the switch and mark Dutch as the current language by default', async () => {
    const { root } = await render();

    const group = root.querySelector('[role="group"]');
    const labelId = group?.getAttribute('aria-labelledby') ?? '';
    expect(root.querySelector(`#${labelId}`)?.textContent?.trim()).toBe('Taal');
    expect(languageButton(root, 'nl').getAttribute('aria-pressed')).toBe('true');
    expect(languageButton(root, 'en').getAttribute('aria-pressed')).toBe('false');
  });

  it('should switch to English, remember it and set html lang when English is chosen', async () => {
    const { fixture, root } = await render();

    languageButton(root, 'en').click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(root.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(root.querySelector('header nav')?.getAttribute('aria-label')).toBe('Main menu');
    expect(languageButton(root, 'en').getAttribute('aria-pressed')).toBe('true');
  });

  it('should restore the remembered language on start', async () => {
    localStorage.setItem(languageStorageKey, 'en');

    await TestBed.inject(LanguageService).init();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('should fall back to Dutch when the remembered value is not a supported language', async () => {
    localStorage.setItem(languageStorageKey, 'fr');
    TestBed.inject(TranslocoService).setActiveLang('en');

    await TestBed.inject(LanguageService).init();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });
});
