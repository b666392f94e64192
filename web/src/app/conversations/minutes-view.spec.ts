import { TestBed } from '@angular/core/testing';
import { DomSanitizer } from '@angular/platform-browser';
import { MinutesView, renderMarkdown } from './minutes-view';

describe(MinutesView.name, () => {
  async function render(markdown: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MinutesView);
    fixture.componentRef.setInput('markdown', markdown);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    // Angular warns in the console when it strips content: expected here.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('should render Markdown headings, lists, emphasis and links', async () => {
    const root = await render(
      '## Besluiten\n\n- Pilot **starten** in *maart*\n- Zie https://example.org/verslag',
    );

    expect(root.querySelector('h2')?.textContent).toBe('Besluiten');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Pilot starten in maart',
      'Zie https://example.org/verslag',
    ]);
    expect(root.querySelector('strong')?.textContent).toBe('starten');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.org/verslag');
  });

  it('should strip scripts and event handlers when the minutes contain HTML', async () => {
    const root = await render(
      'Notulen\n\n<script>window.hacked = true</script>\n\n<img src="x" onerror="window.hacked = true"> <a href="javascript:alert(1)">klik</a>',
    );

    expect(root.querySelector('script')).toBeNull();
    expect(root.innerHTML).not.toContain('hacked');
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).not.toMatch(/^javascript:/);
    expect(root.textContent).toContain('Notulen');
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('should return sanitised HTML from renderMarkdown', () => {
    const html = renderMarkdown('<p onclick="steal()">Tekst</p>', TestBed.inject(DomSanitizer));

    expect(html).toBe('<p>Tekst</p>');
  });
});
