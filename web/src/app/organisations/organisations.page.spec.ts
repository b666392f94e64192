import { TestBed } from '@angular/core/testing';
import { convertToParamMap, provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { select, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  OrganisationFormOptionsDocument,
  OrganisationsDocument,
  OrganisationsQuery,
  OrganisationSummaryFragment,
} from '../generated/graphql';
import { organisationParamsFrom, organisationQueryParams } from './organisation-filters';
import { OrganisationsPage } from './organisations.page';

function organisation(
  id: string,
  name: string,
  overrides: Partial<OrganisationSummaryFragment> = {},
): OrganisationSummaryFragment {
  return {
    __typename: 'Organisation',
    id,
    name,
    helix: 'EDUCATION',
    kind: 'SCHOOL_MBO',
    status: 'ACTIVE',
    themes: ['DIGITAL', 'CARE'],
    municipality: { __typename: 'Municipality', code: 'GM0358', name: 'Aalsmeer' },
    ...overrides,
  };
}

function list(items: OrganisationSummaryFragment[], totalCount = items.length): OrganisationsQuery {
  return { organisations: { __typename: 'OrganisationList', totalCount, items } };
}

describe(OrganisationsPage.name, () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([{ path: 'organisaties', component: OrganisationsPage }])],
    });
    controller = TestBed.inject(ApolloTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => controller.verify());

  const root = () => harness.routeNativeElement as HTMLElement;

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, OrganisationsPage);
    await settle(harness.fixture);
    controller.expectOne(OrganisationFormOptionsDocument).flushData({
      municipalities: [
        { __typename: 'Municipality', code: 'GM0358', name: 'Aalsmeer' },
        { __typename: 'Municipality', code: 'GM0362', name: 'Amstelveen' },
      ],
    });
    await settle(harness.fixture);
  }

  function expectQuery(variables: object) {
    const op = controller.expectOne(OrganisationsDocument);
    expect(op.operation.variables).toEqual(variables);
    return op;
  }

  it('should query with the filters and page from the URL and show them in the form', async () => {
    await open('/organisaties?zoek=college&helix=EDUCATION&gemeente=GM0358&pagina=2');

    expectQuery({
      filter: {
        search: 'college',
        helix: 'EDUCATION',
        municipalityCode: 'GM0358',
        status: 'ACTIVE',
      },
      skip: 20,
      take: 20,
    }).flushData(list([organisation('o-21', 'Voorbeeldcollege')], 21));
    await settle(harness.fixture);

    expect(root().querySelector<HTMLInputElement>('#filter-search')?.value).toBe('college');
    expect(root().querySelector<HTMLSelectElement>('#filter-helix')?.value).toBe('EDUCATION');
    expect(root().querySelector<HTMLSelectElement>('#filter-municipality')?.value).toBe('GM0358');
    expect(root().querySelector('.result-count')?.textContent).toContain(
      'Aantal gevonden organisaties: 21',
    );
    expect(text(root(), '.card__title')).toEqual(['Voorbeeldcollege']);
    expect(root().querySelector('.pagination')?.textContent).toContain('Pagina 2 van 2');
  });

  it('should ignore filter values the API does not know', async () => {
    await open('/organisaties?helix=ALIENS&pagina=-3');

    expectQuery({
      filter: { search: null, helix: null, municipalityCode: null, status: 'ACTIVE' },
      skip: 0,
      take: 20,
    }).flushData(list([]));
    await settle(harness.fixture);

    expect(root().textContent).toContain('Er zijn geen organisaties die aan uw filters voldoen.');
  });

  it('should put submitted filters in the URL and query again from page 1', async () => {
    await open('/organisaties?pagina=3');
    controller.expectOne(OrganisationsDocument).flushData(list([], 60));
    await settle(harness.fixture);

    typeInto(root().querySelector('#filter-search'), '  bakker ');
    select(root().querySelector('#filter-helix'), 'BUSINESS');
    select(root().querySelector('#filter-municipality'), 'GM0362');
    root().querySelector<HTMLButtonElement>('.filters button[type="submit"]')?.click();
    await settle(harness.fixture);

    const params = router.parseUrl(router.url).queryParams;
    expect(params).toEqual({ zoek: 'bakker', helix: 'BUSINESS', gemeente: 'GM0362' });
    expectQuery({
      filter: {
        search: 'bakker',
        helix: 'BUSINESS',
        municipalityCode: 'GM0362',
        status: 'ACTIVE',
      },
      skip: 0,
      take: 20,
    }).flushData(list([organisation('o-1', 'Bakkerij Voorbeeld', { helix: 'BUSINESS' })]));
    await settle(harness.fixture);

    expect(text(root(), '.card__title')).toEqual(['Bakkerij Voorbeeld']);
  });

  it('should keep the filters when going to the next page', async () => {
    await open('/organisaties?helix=GOVERNMENT');
    const items = Array.from({ length: 20 }, (_, i) => organisation(`o-${i}`, `Gemeente ${i}`));
    controller.expectOne(OrganisationsDocument).flushData(list(items, 45));
    await settle(harness.fixture);

    expect(root().querySelector('.pagination')?.textContent).toContain('Pagina 1 van 3');
    [...root().querySelectorAll<HTMLButtonElement>('.pagination button')]
      .find((b) => b.textContent?.includes('Volgende'))
      ?.click();
    await settle(harness.fixture);

    expect(router.parseUrl(router.url).queryParams).toEqual({ helix: 'GOVERNMENT', pagina: '2' });
    expectQuery({
      filter: { search: null, helix: 'GOVERNMENT', municipalityCode: null, status: 'ACTIVE' },
      skip: 20,
      take: 20,
    }).flushData(list([organisation('o-20', 'Gemeente 20')], 45));
    await settle(harness.fixture);
  });

  it('should show the translated kind, helix, municipality and themes of each organisation', async () => {
    await open('/organisaties');
    controller
      .expectOne(OrganisationsDocument)
      .flushData(list([organisation('o-1', 'Voorbeeldcollege')]));
    await settle(harness.fixture);

    const facts = root().querySelector('.card__facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).toContain('Mbo-school');
    expect(facts).toContain('Onderwijs');
    expect(facts).toContain('Aalsmeer');
    expect(facts).toContain('Digitalisering, Zorg');
    expect(root().querySelector('.card__title a')?.getAttribute('href')).toBe('/organisaties/o-1');
  });

  it('should show an error with a retry when the list cannot be loaded', async () => {
    await open('/organisaties');
    controller.expectOne(OrganisationsDocument).networkError(new Error('offline'));
    await settle(harness.fixture);

    const alert = root().querySelector('.state--error[role="alert"]');
    expect(alert?.textContent).toContain('De organisaties konden niet worden geladen.');
    alert?.querySelector('button')?.click();
    await settle(harness.fixture);
    controller.expectOne(OrganisationsDocument).flushData(list([]));
    await settle(harness.fixture);
    expect(root().querySelector('.state--error')).toBeNull();
  });
});

describe('organisation list URL params', () => {
  it('should read and write the same params', () => {
    const params = organisationParamsFrom(
      convertToParamMap({ zoek: ' zorg ', helix: 'BUSINESS', gemeente: 'GM0451', pagina: '4' }),
    );

    expect(params).toEqual({ search: 'zorg', helix: 'BUSINESS', municipality: 'GM0451', page: 4 });
    expect(organisationQueryParams(params, params.page)).toEqual({
      zoek: 'zorg',
      helix: 'BUSINESS',
      gemeente: 'GM0451',
      pagina: 4,
    });
    expect(organisationQueryParams({ search: '', helix: null, municipality: '' })).toEqual({
      zoek: null,
      helix: null,
      gemeente: null,
      pagina: null,
    });
  });
});
