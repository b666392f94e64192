import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle, text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  ForbidMatchingPairDocument,
  MarketplaceOptionsDocument,
  MatchingAssignmentFieldsFragment,
  MatchingRoundDetailFragment,
  MatchingRoundOrganisationsDocument,
  MatchingRoundProgressDocument,
  MatchingRoundReviewDocument,
  MatchingRoundReviewQuery,
  PinMatchingPairDocument,
  PublishMatchingRoundDocument,
} from '../generated/graphql';
import { RoundPage } from './round.page';
import { ROUND_POLL_INTERVAL_MS } from './round-poll';

function roundFactory(
  overrides: Partial<MatchingRoundDetailFragment> = {},
): MatchingRoundDetailFragment {
  return {
    __typename: 'MatchingRound',
    id: 'round-1',
    name: 'Stages voorjaar 2027',
    policy: 'OPTIMAL',
    status: 'DRAFT',
    stage: null,
    progress: 0,
    stale: false,
    runCount: 0,
    assignedCount: null,
    totalScore: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    publishedAt: null,
    error: null,
    startedAt: null,
    finishedAt: null,
    needCount: null,
    cohortCount: null,
    pairCount: null,
    needFilter: {},
    cohortFilter: {},
    weights: {
      __typename: 'MatchingWeights',
      skills: 0.4,
      level: 0.15,
      period: 0.15,
      reach: 0.15,
      theme: 0.15,
    },
    ...overrides,
  };
}

const reviewed = (overrides: Partial<MatchingRoundDetailFragment> = {}) =>
  roundFactory({
    status: 'REVIEW',
    stage: 'DONE',
    progress: 100,
    runCount: 1,
    assignedCount: 3,
    totalScore: 2.4,
    startedAt: '2026-03-01T10:05:00.000Z',
    finishedAt: '2026-03-01T10:05:02.000Z',
    needCount: 2,
    cohortCount: 2,
    pairCount: 4,
    ...overrides,
  });

const assignment: MatchingAssignmentFieldsFragment = {
  __typename: 'MatchingAssignment',
  count: 3,
  pinnedCount: 0,
  score: 0.8,
  explanation: {
    components: { skills: 0.8, level: 1, period: 1, reach: 0.5, theme: 0.5 },
    weights: { skills: 0.4, level: 0.15, period: 0.15, reach: 0.15, theme: 0.15 },
    matchedSkills: [],
    partialSkills: [],
    missingSkills: [],
    barriers: [],
    travelMinutes: 20,
    bikeMinutes: null,
    overlapDays: 100,
  },
  need: { __typename: 'InternshipNeed', id: 'need-1', title: 'Stagiair teelt' },
  cohort: { __typename: 'Cohort', id: 'cohort-1', programmeName: 'Vakexpert teelt' },
  company: { __typename: 'Organisation', id: 'org-c', name: 'Bloemenhof' },
  school: { __typename: 'Organisation', id: 'org-s', name: 'Groencollege' },
};

function review(): MatchingRoundReviewQuery {
  return {
    matchingRound: {
      __typename: 'MatchingRound',
      id: 'round-1',
      organisations: [
        {
          __typename: 'MatchingRoundOrganisation',
          side: 'NEED',
          pairs: 1,
          assigned: 3,
          unassigned: 0,
          organisation: { __typename: 'Organisation', id: 'org-c', name: 'Bloemenhof' },
        },
      ],
      rules: [],
      assignments: { __typename: 'MatchingAssignmentList', totalCount: 1, items: [assignment] },
      unassigned: {
        __typename: 'MatchingUnassignedList',
        totalCount: 1,
        items: [
          {
            __typename: 'MatchingUnassigned',
            side: 'COHORT',
            count: 9,
            reason: 'PARTNERS_FULL',
            organisation: { __typename: 'Organisation', id: 'org-s', name: 'Groencollege' },
            need: null,
            cohort: { __typename: 'Cohort', id: 'cohort-2', programmeName: 'Logistiek' },
          },
        ],
      },
    },
  };
}

@Component({ template: 'elders' })
class ElsewherePage {}

describe(RoundPage.name, () => {
  let harness: RouterTestingHarness;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [
        provideRouter([
          { path: 'rondes/:id', component: RoundPage },
          { path: 'elders', component: ElsewherePage },
        ]),
        { provide: ROUND_POLL_INTERVAL_MS, useValue: 1 },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/rondes/round-1', RoundPage);
    await settle(harness.fixture);
  });

  const root = () => harness.routeNativeElement as HTMLElement;
  const statusText = () => text(root(), '.round-progress').join(' ');
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  /** Answers the side queries (taxonomy, organisations) the settings and review ask. */
  function flushOptions(): void {
    for (const op of controller.match(MarketplaceOptionsDocument)) {
      op.flushData({
        municipalities: [],
        digital: { __typename: 'SkillList', items: [] },
        sustainable: { __typename: 'SkillList', items: [] },
        technical: { __typename: 'SkillList', items: [] },
        other: { __typename: 'SkillList', items: [] },
      });
    }
    for (const op of controller.match(MatchingRoundOrganisationsDocument)) {
      op.flushData({ organisations: { __typename: 'OrganisationList', items: [] } });
    }
  }

  async function answerProgress(round: MatchingRoundDetailFragment): Promise<void> {
    const op = controller.expectOne(MatchingRoundProgressDocument);
    expect(op.operation.variables).toEqual({ id: 'round-1' });
    op.flushData({ matchingRound: round });
    await settle(harness.fixture);
    flushOptions();
    await settle(harness.fixture);
  }

  async function answerReview(): Promise<void> {
    controller.expectOne(MatchingRoundReviewDocument).flushData(review());
    await settle(harness.fixture);
  }

  it('should poll while the round runs, announce the progress and stop when it is done', async () => {
    await answerProgress(roundFactory({ status: 'RUNNING', stage: 'QUEUED', runCount: 1 }));
    expect(statusText()).toContain('Bezig: in de wachtrij (0%)');
    expect(root().querySelector('progress')?.getAttribute('aria-labelledby')).toBe(
      'round-progress-text',
    );
    controller.match(MatchingRoundReviewDocument).forEach((op) => op.flushData(review()));

    await answerProgress(
      roundFactory({ status: 'RUNNING', stage: 'SCORING', progress: 40, runCount: 1 }),
    );
    expect(statusText()).toContain('Bezig: paren scoren (40%)');

    await answerProgress(reviewed());
    expect(statusText()).toContain('De ronde is klaar: 3 studenten toegewezen.');
    expect(root().querySelector('progress')).toBeNull();

    // Done: no further polls, however long we wait.
    await settle(harness.fixture);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(controller.match(MatchingRoundProgressDocument)).toEqual([]);
    await answerReview();
    expect(root().textContent).toContain('Stagiair teelt');
    expect(root().textContent).toContain('De passende partners zijn vol met paren die voorgingen');
    controller.verify();
  });

  it('should stop polling when the user leaves the page', async () => {
    await answerProgress(roundFactory({ status: 'RUNNING', stage: 'LOADING', runCount: 1 }));
    controller.match(MatchingRoundReviewDocument).forEach((op) => op.flushData(review()));

    await harness.navigateByUrl('/elders');
    // A poll in flight when the page went away is dropped (its answer goes nowhere)…
    controller
      .match(MatchingRoundProgressDocument)
      .forEach((op) => op.flushData({ matchingRound: roundFactory({ status: 'RUNNING' }) }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(harness.fixture);

    // …and no new one follows.
    expect(controller.match(MatchingRoundProgressDocument)).toEqual([]);
    expect(root().textContent).toContain('elders');
  });

  it('should forbid a pair, say so and ask for the draft again', async () => {
    await answerProgress(reviewed());
    await answerReview();

    button('Uitsluiten')?.click();
    await settle(harness.fixture);
    const op = controller.expectOne(ForbidMatchingPairDocument);
    expect(op.operation.variables).toEqual({
      input: { roundId: 'round-1', needId: 'need-1', cohortId: 'cohort-1' },
    });
    op.flushData({ forbidMatchingPair: reviewed({ stale: true }) });
    await settle(harness.fixture);

    expect(statusText()).toContain('Het paar is uitgesloten. Voer de ronde opnieuw uit.');
    expect(root().textContent).toContain('voer de ronde opnieuw uit voordat u publiceert');
    // A stale round cannot be published before it runs again.
    expect(button('Publiceren')).toBeUndefined();
    expect(button('Opnieuw uitvoeren')).toBeDefined();
    await answerReview();
    controller.verify();
  });

  it('should pin a pair with its students', async () => {
    await answerProgress(reviewed());
    await answerReview();

    button('Vastzetten')?.click();
    await settle(harness.fixture);
    const op = controller.expectOne(PinMatchingPairDocument);
    expect(op.operation.variables).toEqual({
      input: { roundId: 'round-1', needId: 'need-1', cohortId: 'cohort-1', count: 3 },
    });
    op.flushData({ pinMatchingPair: reviewed({ stale: true }) });
    await settle(harness.fixture);

    expect(statusText()).toContain('Het paar is vastgezet.');
    await answerReview();
    controller.verify();
  });

  it('should publish only after the confirmation', async () => {
    await answerProgress(reviewed());
    await answerReview();

    button('Publiceren')?.click();
    await settle(harness.fixture);
    expect(controller.match(PublishMatchingRoundDocument)).toEqual([]);
    expect(root().textContent).toContain('Dit kan niet ongedaan worden gemaakt.');

    button('Ja, publiceren')?.click();
    await settle(harness.fixture);
    const op = controller.expectOne(PublishMatchingRoundDocument);
    expect(op.operation.variables).toEqual({ input: { id: 'round-1' } });
    op.flushData({
      publishMatchingRound: reviewed({
        status: 'PUBLISHED',
        publishedAt: '2026-03-01T11:00:00.000Z',
      }),
    });
    await settle(harness.fixture);

    expect(statusText()).toContain('De ronde is gepubliceerd');
    expect(root().querySelector('h1')?.textContent).toContain('Gepubliceerd');
    expect(button('Uitsluiten')).toBeUndefined();
    await answerReview();
    controller.verify();
  });
});
