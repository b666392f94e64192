import { TestBed } from '@angular/core/testing';
import { convertToParamMap, provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { select, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  InternshipNeedsDocument,
  InternshipNeedsQuery,
  InternshipNeedSummaryFragment,
  MarketplaceOptionsDocument,
  MarketplaceOptionsQuery,
} from '../generated/graphql';
import {
  cohortFilter,
  cohortParamsFrom,
  listingQueryParams,
  needFilter,
  needParamsFrom,
} from './listing-filters';
import { InternshipNeedsPage } from './internship-needs.page';

const SKILL_A = '11111111-1111-4111-8111-111111111111';
const SKILL_B = '22222222-2222-4222-8222-222222222222';

function need(
  id: string,
  title: string,
  overrides: Partial<InternshipNeedSummaryFragment> = {},
): InternshipNeedSummaryFragment {
  return {
    __typename: 'InternshipNeed',
    id,
    title,
    fieldOfStudy: 'Logistiek',
    status: 'OPEN',
    levels: ['MBO_4', 'HBO_BACHELOR'],
    places: 2,
    startDate: '2026-09-01',
    endDate: '2027-01-31',
    themes: ['LOGISTICS'],
    organisation: { __typename: 'Organisation', id: 'o-1', name: 'Voorbeeld Logistiek' },
    siteMunicipality: { __typename: 'Municipality', code: 'GM0394', name: 'Haarlemmermeer' },
    ...overrides,
  };
}

function list(
  items: InternshipNeedSummaryFragment[],
  totalCount = items.length,
): InternshipNeedsQuery {
  return { internshipNeeds: { __typename: 'InternshipNeedList', totalCount, items } };
}

const skill = (id: string, labelNl: string) => ({
  __typename: 'Skill' as const,
  id,
  code: labelNl.toLowerCase(),
  labelNl,
  labelEn: labelNl,
  category: 'DIGITAL' as const,
});

const options: MarketplaceOptionsQuery = {
  municipalities: [
    { __typename: 'Municipality', code: 'GM0358', name: 'Aalsmeer' },
    { __typename: 'Municipality', code: 'GM0394', name: 'Haarlemmermeer' },
  ],
  digital: {
    __typename: 'SkillList',
    items: [skill(SKILL_A, 'Data-analyse'), skill(SKILL_B, 'Programmeren')],
  },
  sustainable: { __typename: 'SkillList', items: [] },
  technical: { __typename: 'SkillList', items: [] },
  other: { __typename: 'SkillList', items: [] },
};

const noFilter = {
  search: null,
  skillIds: null,
  level: null,
  municipalityCode: null,
  ecosystem: null,
  theme: null,
  periodFrom: null,
  periodTo: null,
  status: 'OPEN',
  organisationId: null,
};

describe(InternshipNeedsPage.name, () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([{ path: 'stages', component: InternshipNeedsPage }])],
    });
    controller = TestBed.inject(ApolloTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => controller.verify());

  const root = () => harness.routeNativeElement as HTMLElement;

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, InternshipNeedsPage);
    await settle(harness.fixture);
    controller.expectOne(MarketplaceOptionsDocument).flushData(options);
    await settle(harness.fixture);
  }

  function expectQuery(variables: object) {
    const op = controller.expectOne(InternshipNeedsDocument);
    expect(op.operation.variables).toEqual(variables);
    return op;
  }

  it('should query with every filter, the order and the page from the URL and show them in the form', async () => {
    await open(
      `/stages?zoek=data&vaardigheid=${SKILL_A}&niveau=HBO_BACHELOR&gemeente=GM0394` +
        '&ecosysteem=LOGISTICS_TRADE&thema=LOGISTICS&vanaf=2026-09-01&tot=2026-12-31' +
        '&sortering=START_DATE&pagina=2',
    );

    expectQuery({
      filter: {
        search: 'data',
        skillIds: [SKILL_A],
        level: 'HBO_BACHELOR',
        municipalityCode: 'GM0394',
        ecosystem: 'LOGISTICS_TRADE',
        theme: 'LOGISTICS',
        periodFrom: '2026-09-01',
        periodTo: '2026-12-31',
        status: 'OPEN',
        organisationId: null,
      },
      sort: 'START_DATE',
      skip: 20,
      take: 20,
    }).flushData(list([need('n-21', 'Stagiair data-analyse')], 21));
    await settle(harness.fixture);

    const value = (selector: string) =>
      root().querySelector<HTMLInputElement | HTMLSelectElement>(selector)?.value;
    expect(value('#filter-search')).toBe('data');
    expect(value('#filter-level')).toBe('HBO_BACHELOR');
    expect(value('#filter-municipality')).toBe('GM0394');
    expect(value('#filter-ecosystem')).toBe('LOGISTICS_TRADE');
    expect(value('#filter-theme')).toBe('LOGISTICS');
    expect(value('#filter-from')).toBe('2026-09-01');
    expect(value('#filter-to')).toBe('2026-12-31');
    expect(value('#filter-sort')).toBe('START_DATE');
    expect(text(root(), '.skill-picker__chosen li > span')).toEqual(['Data-analyse']);
    expect(root().querySelector('.result-count')?.textContent).toContain(
      'Aantal gevonden stagevragen: 21',
    );
    expect(text(root(), '.card__title')).toEqual(['Stagiair data-analyse']);
    expect(root().querySelector('.pagination')?.textContent).toContain('Pagina 2 van 2');
  });

  it('should ignore filter values the API does not know', async () => {
    await open('/stages?niveau=PHD&vaardigheid=abc&vanaf=2026-02-31&sortering=RANDOM&pagina=-1');

    expectQuery({ filter: noFilter, sort: null, skip: 0, take: 20 }).flushData(list([]));
    await settle(harness.fixture);

    expect(root().textContent).toContain(
      'Er zijn geen open stagevragen die aan uw filters voldoen.',
    );
  });

  it('should put submitted filters in the URL and query again from page 1', async () => {
    await open('/stages?pagina=3');
    controller.expectOne(InternshipNeedsDocument).flushData(list([], 60));
    await settle(harness.fixture);

    typeInto(root().querySelector('#filter-search'), '  kas ');
    select(root().querySelector('#filter-level'), 'MBO_4');
    select(root().querySelector('#filter-municipality'), 'GM0358');
    select(root().querySelector('#filter-theme'), 'HORTICULTURE');
    typeInto(root().querySelector('#filter-from'), '2026-09-01');
    select(root().querySelector('#filter-sort'), 'TITLE');
    select(root().querySelector('#filter-skills'), SKILL_B);
    [...root().querySelectorAll<HTMLButtonElement>('.skill-picker button')]
      .find((b) => b.textContent?.includes('Vaardigheid toevoegen'))
      ?.click();
    await settle(harness.fixture);
    root().querySelector<HTMLButtonElement>('.filters button[type="submit"]')?.click();
    await settle(harness.fixture);

    expect(router.parseUrl(router.url).queryParams).toEqual({
      zoek: 'kas',
      vaardigheid: SKILL_B,
      niveau: 'MBO_4',
      gemeente: 'GM0358',
      thema: 'HORTICULTURE',
      vanaf: '2026-09-01',
      sortering: 'TITLE',
    });
    expectQuery({
      filter: {
        ...noFilter,
        search: 'kas',
        skillIds: [SKILL_B],
        level: 'MBO_4',
        municipalityCode: 'GM0358',
        theme: 'HORTICULTURE',
        periodFrom: '2026-09-01',
      },
      sort: 'TITLE',
      skip: 0,
      take: 20,
    }).flushData(list([need('n-1', 'Stagiair teelt')]));
    await settle(harness.fixture);

    expect(text(root(), '.card__title')).toEqual(['Stagiair teelt']);
  });

  it('should not filter on a period that ends before it starts, and say so', async () => {
    await open('/stages');
    controller.expectOne(InternshipNeedsDocument).flushData(list([]));
    await settle(harness.fixture);

    typeInto(root().querySelector('#filter-from'), '2026-09-01');
    typeInto(root().querySelector('#filter-to'), '2026-08-01');
    root().querySelector<HTMLButtonElement>('.filters button[type="submit"]')?.click();
    await settle(harness.fixture);

    expect(router.url).toBe('/stages');
    expect(root().querySelector('#filter-to-error')?.textContent).toContain(
      'Periode tot en met mag niet vóór de begindatum liggen.',
    );
    expect(document.activeElement?.id).toBe('filter-to');
  });

  it('should show the translated levels, period and place of each need', async () => {
    await open('/stages');
    controller.expectOne(InternshipNeedsDocument).flushData(list([need('n-1', 'Stagiair')]));
    await settle(harness.fixture);

    const facts = root().querySelector('.card__facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).toContain('Voorbeeld Logistiek');
    expect(facts).toContain('Haarlemmermeer');
    expect(facts).toContain('Mbo niveau 4, Hbo-bachelor');
    expect(facts).toContain('1 sep 2026 – 31 jan 2027');
    expect(facts).toContain('Logistiek');
    expect(root().querySelector('.card__title a')?.getAttribute('href')).toBe('/stages/n-1');
  });

  it('should show an error with a retry when the list cannot be loaded', async () => {
    await open('/stages');
    controller.expectOne(InternshipNeedsDocument).networkError(new Error('offline'));
    await settle(harness.fixture);

    const alert = root().querySelector('.state--error[role="alert"]');
    expect(alert?.textContent).toContain('De stagevragen konden niet worden geladen.');
    alert?.querySelector('button')?.click();
    await settle(harness.fixture);
    controller.expectOne(InternshipNeedsDocument).flushData(list([]));
    await settle(harness.fixture);
    expect(root().querySelector('.state--error')).toBeNull();
  });
});

describe('marketplace list URL params', () => {
  it('should read and write the same params, several skills included', () => {
    const params = needParamsFrom(
      convertToParamMap({
        zoek: ' kas ',
        vaardigheid: [SKILL_A, SKILL_B, SKILL_A],
        niveau: 'MBO_3',
        gemeente: 'GM0358',
        ecosysteem: 'OTHER',
        thema: 'CARE',
        vanaf: '2026-09-01',
        tot: '2027-06-30',
        sortering: 'NEWEST',
        pagina: '4',
      }),
    );

    expect(params).toEqual({
      search: 'kas',
      skills: [SKILL_A, SKILL_B],
      level: 'MBO_3',
      municipality: 'GM0358',
      ecosystem: 'OTHER',
      theme: 'CARE',
      from: '2026-09-01',
      to: '2027-06-30',
      sort: 'NEWEST',
      page: 4,
    });
    expect(listingQueryParams(params, params.page)).toEqual({
      zoek: 'kas',
      vaardigheid: [SKILL_A, SKILL_B],
      niveau: 'MBO_3',
      gemeente: 'GM0358',
      ecosysteem: 'OTHER',
      thema: 'CARE',
      vanaf: '2026-09-01',
      tot: '2027-06-30',
      sortering: 'NEWEST',
      pagina: 4,
    });
    expect(needFilter(params)).toMatchObject({ skillIds: [SKILL_A, SKILL_B], status: 'OPEN' });
  });

  it('should leave empty filters and page 1 out of the URL', () => {
    expect(listingQueryParams(needParamsFrom(convertToParamMap({})))).toEqual({
      zoek: null,
      vaardigheid: null,
      niveau: null,
      gemeente: null,
      ecosysteem: null,
      thema: null,
      vanaf: null,
      tot: null,
      sortering: null,
      pagina: null,
    });
  });

  it('should give cohorts an ecosystem but no theme, and only their own orders', () => {
    const params = cohortParamsFrom(
      convertToParamMap({ ecosysteem: 'OTHER', thema: 'CARE', sortering: 'PROGRAMME' }),
    );

    expect(params).toMatchObject({ ecosystem: 'OTHER', theme: null, sort: 'PROGRAMME' });
    expect(cohortParamsFrom(convertToParamMap({ sortering: 'TITLE' })).sort).toBeNull();
    expect(cohortFilter(params)).toEqual({
      search: null,
      skillIds: null,
      level: null,
      municipalityCode: null,
      ecosystem: 'OTHER',
      periodFrom: null,
      periodTo: null,
      status: 'OPEN',
      organisationId: null,
    });
  });
});
