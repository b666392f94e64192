import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  AcceptIntroductionDocument,
  DeclineIntroductionDocument,
  IntroductionFieldsFragment,
  MarketplaceOptionsDocument,
  MyIntroductionsDocument,
  MyMarketplaceOrganisationsDocument,
} from '../generated/graphql';
import { IntroductionsPage } from './introductions.page';

const company = { __typename: 'Organisation' as const, id: 'org-c', name: 'Bloemenhof' };
const school = { __typename: 'Organisation' as const, id: 'org-s', name: 'Groencollege' };

function introductionFactory(
  overrides: Partial<IntroductionFieldsFragment> = {},
): IntroductionFieldsFragment {
  return {
    __typename: 'Introduction',
    id: 'intro-1',
    status: 'PROPOSED',
    count: 2,
    score: 0.75,
    explanation: {
      components: { skills: 0.75, level: 1, period: 1, reach: 0.5, theme: 0.5 },
      weights: { skills: 0.4, level: 0.15, period: 0.15, reach: 0.15, theme: 0.15 },
      matchedSkills: [{ skill: 'skill-1', importance: 'MUST_HAVE', category: 'OTHER' }],
      partialSkills: [],
      missingSkills: [],
      barriers: [{ code: 'NO_COMPENSATION' }],
      travelMinutes: 25,
      bikeMinutes: null,
      overlapDays: 80,
    },
    createdAt: '2026-03-02T09:00:00.000Z',
    roundId: 'round-1',
    companyAnswer: 'PENDING',
    companyMessage: null,
    companyAnsweredAt: null,
    schoolAnswer: 'PENDING',
    schoolMessage: null,
    schoolAnsweredAt: null,
    need: { __typename: 'InternshipNeed', id: 'need-1', title: 'Stagiair teelt' },
    cohort: { __typename: 'Cohort', id: 'cohort-1', programmeName: 'Vakexpert teelt' },
    company,
    school,
    placement: null,
    ...overrides,
  };
}

describe(IntroductionsPage.name, () => {
  let fixture: ComponentFixture<IntroductionsPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [IntroductionsPage, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(IntroductionsPage);
    await settle(fixture);
    controller.expectOne(MarketplaceOptionsDocument).flushData({
      municipalities: [],
      digital: { __typename: 'SkillList', items: [] },
      sustainable: { __typename: 'SkillList', items: [] },
      technical: { __typename: 'SkillList', items: [] },
      other: {
        __typename: 'SkillList',
        items: [
          {
            __typename: 'Skill',
            id: 'skill-1',
            code: 'greenhouse-cultivation',
            labelNl: 'Teelt onder glas',
            labelEn: 'Greenhouse cultivation',
            category: 'OTHER',
          },
        ],
      },
    });
    // A member of the company only.
    controller.expectOne(MyMarketplaceOrganisationsDocument).flushData({
      me: {
        __typename: 'User',
        id: 'user-1',
        memberships: [
          {
            __typename: 'Membership',
            id: 'm-1',
            organisation: { ...company, helix: 'BUSINESS', status: 'ACTIVE' },
          },
        ],
      },
    });
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  async function list(items: IntroductionFieldsFragment[]): Promise<void> {
    const op = controller.expectOne(MyIntroductionsDocument);
    expect(op.operation.variables).toEqual({
      organisationId: 'org-c',
      status: null,
      skip: 0,
      take: 10,
    });
    op.flushData({
      myIntroductions: { __typename: 'IntroductionList', totalCount: items.length, items },
    });
    await settle(fixture);
  }

  it('should show an introduction with both sides and why it matches', async () => {
    await list([introductionFactory()]);

    expect(text(root(), 'h2')).toEqual(['Bloemenhof']);
    const card = root().querySelector('app-introduction-card');
    expect(card?.querySelector('h3')?.textContent).toContain('Stagiair teelt – Vakexpert teelt');
    expect(card?.textContent).toContain('Groencollege');
    expect(card?.textContent).toContain('Nog geen antwoord');
    expect(card?.querySelector('summary')?.textContent).toContain('Waarom deze match?');
    expect(text(card as Element, '[data-skills="matched"] li')).toEqual([
      'Teelt onder glas (vereist)',
    ]);
    expect(text(card as Element, '[data-barriers] li')).toEqual([
      'De stage biedt geen stagevergoeding.',
    ]);
  });

  it('should accept with a message, announce it and list again', async () => {
    await list([introductionFactory()]);

    typeInto(root().querySelector('#introduction-message-intro-1'), '  Welkom in de kas!  ');
    button('Accepteren')?.click();
    await settle(fixture);
    const op = controller.expectOne(AcceptIntroductionDocument);
    expect(op.operation.variables).toEqual({
      input: { id: 'intro-1', message: 'Welkom in de kas!' },
    });
    const answered = introductionFactory({
      companyAnswer: 'ACCEPTED',
      companyMessage: 'Welkom in de kas!',
      companyAnsweredAt: '2026-03-03T09:00:00.000Z',
    });
    op.flushData({ acceptIntroduction: answered });
    await settle(fixture);

    expect(text(root(), '[role="status"] p').join(' ')).toContain(
      'U heeft Stagiair teelt – Vakexpert teelt geaccepteerd. De andere organisatie moet nog antwoorden.',
    );
    await list([answered]);
    // The company answered: no more buttons for it.
    expect(button('Accepteren')).toBeUndefined();
    expect(root().textContent).toContain('Welkom in de kas!');
  });

  it('should decline and show the placement state of the list it gets back', async () => {
    await list([introductionFactory()]);

    button('Afwijzen')?.click();
    await settle(fixture);
    const op = controller.expectOne(DeclineIntroductionDocument);
    expect(op.operation.variables).toEqual({ input: { id: 'intro-1', message: null } });
    op.flushData({
      declineIntroduction: introductionFactory({ status: 'DECLINED', companyAnswer: 'DECLINED' }),
    });
    await settle(fixture);

    expect(text(root(), '[role="status"] p').join(' ')).toContain(
      'U heeft Stagiair teelt – Vakexpert teelt afgewezen.',
    );
    await list([introductionFactory({ status: 'DECLINED', companyAnswer: 'DECLINED' })]);
    expect(root().querySelector('app-introduction-card .badge')?.textContent).toContain(
      'Afgewezen',
    );
  });

  it('should show a placement once both sides accepted', async () => {
    await list([
      introductionFactory({
        status: 'ACCEPTED',
        companyAnswer: 'ACCEPTED',
        schoolAnswer: 'ACCEPTED',
        placement: {
          __typename: 'Placement',
          id: 'p-1',
          count: 2,
          createdAt: '2026-03-04T09:00:00.000Z',
        },
      }),
    ]);

    expect(root().textContent).toContain('2 studenten geplaatst op');
    expect(button('Accepteren')).toBeUndefined();
  });

  it('should show the reason when a capacity is full', async () => {
    await list([introductionFactory()]);

    button('Accepteren')?.click();
    await settle(fixture);
    controller
      .expectOne(AcceptIntroductionDocument)
      .graphqlErrors([apiError('CONFLICT', 'errors.introductions.needFull')]);
    await settle(fixture);

    expect(text(root(), '[role="alert"] p').join(' ')).toContain(
      'De stagevraag heeft geen plaatsen meer over.',
    );
    expect(button('Accepteren')).toBeDefined();
  });
});
