import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { provideApollo } from 'apollo-angular';
import { InMemoryCache, ApolloLink } from '@apollo/client';
import { translocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { TranslatedTitleStrategy } from './translated-title.strategy';

describe(TranslatedTitleStrategy.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(appRoutes),
        { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
        // The home route queries the API; nothing answers here.
        provideApollo(() => ({
          link: ApolloLink.empty(),
          cache: new InMemoryCache(),
        })),
      ],
    });
  });

  it('should set the translated route title and follow language changes', async () => {
    await TestBed.inject(Router).navigateByUrl('/toegankelijkheid');
    const title = TestBed.inject(Title);

    expect(title.getTitle()).toBe('Toegankelijkheidsverklaring – Knooppunt');

    TestBed.inject(TranslocoService).setActiveLang('en');

    expect(title.getTitle()).toBe('Accessibility statement – Knooppunt');
  });

  it('should title unknown routes as not found', async () => {
    await TestBed.inject(Router).navigateByUrl('/bestaat-niet');

    expect(TestBed.inject(Title).getTitle()).toBe('Pagina niet gevonden – Knooppunt');
  });
});
