import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '../testing/transloco-testing';
import { App } from './app';

const focusableSelector =
  'a[href], button:not([disabled]), input, select, [tabindex]:not([tabindex="-1"])';

describe(App.name, () => {
  async function render() {
    await TestBed.configureTestingModule({
      // The header asks the API who is signed in; nothing answers here.
      imports: [App, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('should render the skip link as the first focusable element, targeting main', async () => {
    const root = await render();

    const first = root.querySelector<HTMLAnchorElement>(focusableSelector);
    expect(first?.classList).toContain('skip-link');
    expect(first?.textContent?.trim()).toBe('Naar de inhoud');
    expect(first?.getAttribute('href')).toBe('#main-content');
  });

  it('should render the header, labelled navigation, main and footer landmarks', async () => {
    const root = await render();

    expect(root.querySelector('header')?.textContent).toContain('Knooppunt');
    expect(root.querySelector('header nav')?.getAttribute('aria-label')).toBe('Hoofdmenu');
    const main = root.querySelector('main');
    expect(main?.id).toBe('main-content');
    expect(main?.getAttribute('tabindex')).toBe('-1');
    const statementLink = root.querySelector<HTMLAnchorElement>('footer a');
    expect(statementLink?.getAttribute('href')).toBe('/toegankelijkheid');
    expect(statementLink?.textContent?.trim()).toBe('Toegankelijkheid');
  });

  it('should move focus to main when the skip link is activated', async () => {
    const root = await render();
    const skipLink = root.querySelector<HTMLAnchorElement>('.skip-link');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    skipLink?.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('main'));
  });
});
