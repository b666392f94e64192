import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { of } from 'rxjs';
import { apiError, settle, text } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  ConfirmConversationDocument,
  ConversationPlanningDocument,
  ConversationPlanningQuery,
  ProposeConversationScheduleDocument,
  ProposeConversationScheduleQuery,
} from '../generated/graphql';
import { PlanningPage, pollRefreshMs } from './planning.page';

const slot = {
  __typename: 'ConversationSlot' as const,
  id: 's1',
  start: '2027-03-29T07:00:00.000Z',
  end: '2027-03-29T09:00:00.000Z',
  startLocal: '2027-03-29T09:00:00+02:00',
};
const venue = {
  __typename: 'Venue' as const,
  id: 'v1',
  name: 'Ketenhuis Hoofddorp',
  address: 'Stationsplein 20, Hoofddorp',
  capacity: 60,
  wheelchairAccessible: true,
  publicTransportAccess: true,
  publicTransportNote: null,
  municipality: { __typename: 'Municipality' as const, code: 'GM0394', name: 'Haarlemmermeer' },
  hostOrganisation: null,
};
const person = {
  __typename: 'TablePerson' as const,
  id: 'p1',
  displayName: 'Olaf Vleugelaar',
  helix: 'EDUCATION' as const,
  organisation: { __typename: 'Organisation' as const, id: 'o1', name: 'MBO Vliegwiel' },
};

function planning(
  status: 'POLLING' | 'CONFIRMED',
  answer: 'YES' | 'NO' | null,
): ConversationPlanningQuery {
  return {
    conversation: {
      __typename: 'Conversation',
      id: 'c1',
      title: 'Regiogesprek stageplaatsen',
      status,
      durationMinutes: 120,
      quorum: { __typename: 'HelixQuorum', business: 0, education: 1, government: 0 },
      table: { __typename: 'TransitionTable', id: 't1', name: 'Greenport' },
      venues: [venue],
      confirmedSlot: status === 'CONFIRMED' ? slot : null,
      confirmedVenue: status === 'CONFIRMED' ? venue : null,
      attendees: [],
      availability: {
        __typename: 'AvailabilityMatrix',
        slots: [slot],
        groups: [
          {
            __typename: 'AvailabilityGroup',
            helix: 'EDUCATION',
            quorum: 1,
            rows: [
              {
                __typename: 'AvailabilityRow',
                person,
                answers: [{ __typename: 'AvailabilityCell', slotId: 's1', answer, comment: null }],
              },
            ],
          },
        ],
      },
    },
  };
}

const proposal: ProposeConversationScheduleQuery = {
  proposeConversationSchedule: {
    __typename: 'ScheduleProposal',
    scheduledCount: 1,
    totalScore: 1,
    provenOptimal: true,
    scheduled: [
      {
        __typename: 'ProposedConversation',
        conversation: { __typename: 'Conversation', id: 'c1', title: 'Regiogesprek stageplaatsen' },
        slot,
        venue,
        attendees: [person],
        score: 1,
      },
    ],
    unscheduled: [],
  },
};

describe(PlanningPage.name, () => {
  let fixture: ComponentFixture<PlanningPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick', 'setImmediate'] });
    await TestBed.configureTestingModule({
      imports: [PlanningPage, ApolloTestingModule, translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'c1' })) } },
      ],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(PlanningPage);
    await settle(fixture);
  });

  afterEach(() => {
    controller.verify();
    jest.useRealTimers();
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  async function load(data: ConversationPlanningQuery): Promise<void> {
    controller.expectOne(ConversationPlanningDocument).flushData(data);
    await settle(fixture);
  }

  it('should ask for the matrix again every few seconds while the poll is open', async () => {
    await load(planning('POLLING', null));
    expect(text(root(), 'tr[data-person="p1"] td')).toEqual(['– Geen antwoord']);

    jest.advanceTimersByTime(pollRefreshMs);
    await load(planning('POLLING', 'YES'));

    expect(text(root(), 'tr[data-person="p1"] td')).toEqual(['✓ Ja']);
  });

  it('should stop asking once the conversation is confirmed and when the page is left', async () => {
    await load(planning('CONFIRMED', 'YES'));

    jest.advanceTimersByTime(pollRefreshMs * 3);
    await settle(fixture);
    controller.expectNone(ConversationPlanningDocument);

    fixture.destroy();
    jest.advanceTimersByTime(pollRefreshMs * 3);
    controller.expectNone(ConversationPlanningDocument);
  });

  it('should propose, and after a CONFLICT say someone booked meanwhile and offer a new proposal', async () => {
    await load(planning('POLLING', 'YES'));
    button('Rooster voorstellen')?.click();
    controller.expectOne(ProposeConversationScheduleDocument).flushData(proposal);
    await settle(fixture);
    expect(root().querySelector('[data-proposal="scheduled"]')?.textContent).toContain(
      'Ketenhuis Hoofddorp',
    );

    button('Bevestig Regiogesprek stageplaatsen')?.click();
    const confirm = controller.expectOne(ConfirmConversationDocument);
    expect(confirm.operation.variables).toEqual({
      input: { id: 'c1', slotId: 's1', venueId: 'v1', attendeeIds: null },
    });
    confirm.graphqlErrors([apiError('CONFLICT', 'errors.conversations.venueBooked')]);
    await settle(fixture);

    const alert = root().querySelector('[data-error="conflict"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Iemand heeft intussen de locatie of een deelnemer');
    expect(root().querySelector('[data-proposal="scheduled"]')).toBeNull();

    button('Opnieuw voorstellen')?.click();
    controller.expectOne(ProposeConversationScheduleDocument).flushData(proposal);
    await settle(fixture);
    expect(root().querySelector('[data-error="conflict"]')).toBeNull();
  });

  it('should confirm and show the conversation as confirmed', async () => {
    await load(planning('POLLING', 'YES'));
    button('Rooster voorstellen')?.click();
    controller.expectOne(ProposeConversationScheduleDocument).flushData(proposal);
    await settle(fixture);

    button('Bevestig Regiogesprek stageplaatsen')?.click();
    controller.expectOne(ConfirmConversationDocument).flushData({
      confirmConversation: { __typename: 'Conversation', id: 'c1', status: 'CONFIRMED' },
    });
    await settle(fixture);
    await load(planning('CONFIRMED', 'YES'));

    expect(root().querySelector('[data-message="planning"]')?.textContent).toContain(
      'Het gesprek is bevestigd.',
    );
    expect(root().textContent).toContain('Bevestigd');
  });
});
