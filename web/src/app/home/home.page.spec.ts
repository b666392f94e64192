import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '../../testing/transloco-testing';
import { HomeReferenceDataDocument, HomeReferenceDataQuery } from '../generated/graphql';
import { HomePage } from './home.page';

function referenceData(overrides: Partial<HomeReferenceDataQuery> = {}): HomeReferenceDataQuery {
  return {
    municipalities: [
      {
        __typename: 'Municipality',
        code: 'GM0358',
        name: 'Aalsmeer',
        transitModes: ['BUS'],
        stations: [],
      },
      {
        __typename: 'Municipality',
        code: 'GM0394',
        name: 'Haarlemmermeer',
        transitModes: ['BUS', 'TRAIN', 'INTERCITY'],
        stations: ['Hoofddorp', 'Schiphol'],
      },
    ],
    skillCategories: [
      {
        __typename: 'SkillCategorySummary',
        category: 'DIGITAL',
        skillCount: 12,
      },
      {
        __typename: 'SkillCategorySummary',
        category: 'SUSTAINABLE',
        skillCount: 7,
      },
    ],
    ...overrides,
  };
}

describe(HomePage.name, () => {
  let fixture: ComponentFixture<HomePage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [HomePage, ApolloTestingModule, translocoTesting()],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HomePage);
    await settle();
  });

  afterEach(() => controller.verify());

  // Apollo delivers results asynchronously; let them arrive and the view update.
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  const root = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    [...root().querySelectorAll(selector)].map((el) => el.textContent?.trim().replace(/\s+/g, ' '));

  // Cell texts per row; list items inside a cell joined with ', '.
  const cells = (rowSelector: string) =>
    [...root().querySelectorAll(rowSelector)].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => {
        const items = [...cell.querySelectorAll('li')];
        return items.length
          ? items.map((li) => li.textContent?.trim()).join(', ')
          : cell.textContent?.trim();
      }),
    );

  it('should show a loading status until the data arrives', () => {
    expect(root().querySelector('[role="status"]')?.textContent).toContain(
      'Gegevens worden geladen',
    );
    expect(root().querySelector('table')).toBeNull();
    controller.expectOne(HomeReferenceDataDocument);
  });

  it('should render the municipalities with code, translated transit modes and stations', async () => {
    controller.expectOne(HomeReferenceDataDocument).flushData(referenceData());
    await settle();

    expect(cells('app-municipalities-table tbody tr')).toEqual([
      ['Aalsmeer', 'GM0358', 'Bus', 'Geen station'],
      ['Haarlemmermeer', 'GM0394', 'Bus, Trein, Intercity', 'Hoofddorp, Schiphol'],
    ]);
    expect(text('app-municipalities-table th[scope="row"]')).toEqual([
      'Aalsmeer',
      'Haarlemmermeer',
    ]);
    expect(root().querySelector('[role="status"]')).toBeNull();
  });

  it('should render the skill categories translated, with counts and a total', async () => {
    controller.expectOne(HomeReferenceDataDocument).flushData(referenceData());
    await settle();

    expect(cells('app-skill-categories-table tbody tr')).toEqual([
      ['Digitaal', '12'],
      ['Duurzaam', '7'],
    ]);
    expect(cells('app-skill-categories-table tfoot tr')).toEqual([['Totaal', '19']]);
  });

  it('should translate the reference data when the language changes to English', async () => {
    controller.expectOne(HomeReferenceDataDocument).flushData(referenceData());
    await settle();

    TestBed.inject(TranslocoService).setActiveLang('en');
    await settle();

    expect(text('app-skill-categories-table tbody th')).toEqual(['Digital', 'Sustainable']);
    expect(root().querySelector('app-municipalities-table tbody')?.textContent).toContain('Train');
  });

  it('should show empty states when the region has no data yet', async () => {
    controller
      .expectOne(HomeReferenceDataDocument)
      .flushData(referenceData({ municipalities: [], skillCategories: [] }));
    await settle();

    expect(root().querySelector('table')).toBeNull();
    expect(root().textContent).toContain('Er zijn nog geen gemeenten beschikbaar.');
    expect(root().textContent).toContain('De vaardighedentaxonomie is nog leeg.');
  });

  it('should show the error state on a GraphQL error and load again on retry', async () => {
    controller
      .expectOne(HomeReferenceDataDocument)
      .graphqlErrors([{ message: 'Internal server error' }]);
    await settle();

    const alert = root().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('De gegevens konden niet worden geladen.');
    expect(root().querySelector('table')).toBeNull();

    alert?.querySelector('button')?.click();
    await settle();

    expect(root().querySelector('[role="alert"]')).toBeNull();
    expect(root().querySelector('[role="status"]')).not.toBeNull();
    controller.expectOne(HomeReferenceDataDocument).flushData(referenceData());
    await settle();

    expect(text('app-municipalities-table th[scope="row"]')).toEqual([
      'Aalsmeer',
      'Haarlemmermeer',
    ]);
  });

  it('should show the error state on a network error', async () => {
    controller.expectOne(HomeReferenceDataDocument).networkError(new Error('offline'));
    await settle();

    expect(root().querySelector('[role="alert"] button')?.textContent?.trim()).toBe(
      'Opnieuw proberen',
    );
  });
});
