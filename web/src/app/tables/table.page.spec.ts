import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text, userFactory } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import { AuthState } from '../auth/auth-state.service';
import {
  MeDocument,
  PlatformRole,
  RemoveTableMemberDocument,
  SuggestedTableMembersDocument,
  TransitionTableDocument,
  TransitionTableQuery,
} from '../generated/graphql';
import { TablePage } from './table.page';

type Person = TransitionTableQuery['transitionTable']['coordinators'][number];

function person(id: string, displayName: string, organisation: string): Person {
  return {
    __typename: 'TablePerson',
    id,
    displayName,
    helix: 'BUSINESS',
    organisation: { __typename: 'Organisation', id: `org-${id}`, name: organisation },
  };
}

const lotte = person('user-lotte', 'Lotte Datadijkstra', 'Datadijk Analytics');
const farid = person('user-farid', 'Farid Codekade', 'Codekade ICT');

function table(members: Person[]): TransitionTableQuery {
  return {
    transitionTable: {
      __typename: 'TransitionTable',
      id: 'table-1',
      kind: 'TRANSITION_TABLE',
      name: 'Transitietafel Digitale Vaardigheden',
      theme: 'DIGITAL',
      ecosystem: 'BUSINESS_FINANCE_ICT',
      status: 'ACTIVE',
      description: 'ICT-bedrijven over digitaal talent.',
      goals: '',
      quorum: { __typename: 'HelixQuorum', business: 1, education: 1, government: 1 },
      coordinators: [],
      membersByHelix: [
        {
          __typename: 'HelixMembers',
          helix: 'BUSINESS',
          count: members.length,
          quorum: 1,
          members,
        },
        { __typename: 'HelixMembers', helix: 'EDUCATION', count: 0, quorum: 1, members: [] },
        { __typename: 'HelixMembers', helix: 'GOVERNMENT', count: 0, quorum: 1, members: [] },
      ],
    },
    conversations: { __typename: 'ConversationList', totalCount: 0, items: [] },
  };
}

describe(TablePage.name, () => {
  let harness: RouterTestingHarness;
  let controller: ApolloTestingController;

  async function open(platformRole: PlatformRole | null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([{ path: 'tafels/:id', component: TablePage }])],
    });
    controller = TestBed.inject(ApolloTestingController);
    const signedIn = TestBed.inject(AuthState).ensureLoaded();
    controller.expectOne(MeDocument).flushData({ me: userFactory({ platformRole }) });
    await signedIn;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/tafels/table-1', TablePage);
    await settle(harness.fixture);
    const op = controller.expectOne(TransitionTableDocument);
    expect(op.operation.variables).toEqual({ id: 'table-1' });
    op.flushData(table([farid, lotte]));
    await settle(harness.fixture);
    for (const suggestions of controller.match(SuggestedTableMembersDocument)) {
      suggestions.flushData({ suggestedTableMembers: [] });
    }
    await settle(harness.fixture);
  }

  afterEach(() => controller.verify());

  const root = () => harness.routeNativeElement as HTMLElement;
  const members = () => text(root(), '[data-helix="BUSINESS"] + ul > li');
  const button = (label: string) =>
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  it('should give a member no remove button', async () => {
    await open(null);

    expect(members()).toEqual([
      'Farid Codekade (Codekade ICT)',
      'Lotte Datadijkstra (Datadijk Analytics)',
    ]);
    expect(button('Verwijderen')).toBeUndefined();
  });

  it('should let a coordinator remove a member after confirming, and list the table again', async () => {
    await open('COORDINATOR');
    const removeLotte = [...root().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === 'Verwijderen Lotte Datadijkstra',
    );

    removeLotte?.click();
    await settle(harness.fixture);
    const group = root().querySelector('[role="group"]');
    expect(group?.textContent).toContain('Lotte Datadijkstra van de tafel verwijderen?');
    expect(document.activeElement?.textContent?.trim()).toBe('Ja, verwijderen');
    controller.expectNone(RemoveTableMemberDocument);

    button('Ja, verwijderen')?.click();
    await settle(harness.fixture);
    const op = controller.expectOne(RemoveTableMemberDocument);
    expect(op.operation.variables).toEqual({
      input: { tableId: 'table-1', userId: 'user-lotte' },
    });
    op.flushData({ removeTableMember: { __typename: 'TransitionTable', id: 'table-1' } });
    await settle(harness.fixture);
    controller.expectOne(TransitionTableDocument).flushData(table([farid]));
    await settle(harness.fixture);

    expect(members()).toEqual(['Farid Codekade (Codekade ICT) Verwijderen Farid Codekade']);
    expect(text(root(), '[role="status"] p')).toContain(
      'Lotte Datadijkstra is van de tafel verwijderd.',
    );
    expect(document.activeElement?.id).toBe('members-heading');
  });

  it('should keep the member when the coordinator cancels', async () => {
    await open('ADMIN');

    button('Verwijderen')?.click();
    await settle(harness.fixture);
    button('Annuleren')?.click();
    await settle(harness.fixture);

    expect(root().querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Verwijderen Farid Codekade',
    );
    controller.expectNone(RemoveTableMemberDocument);
  });

  it('should show the API’s refusal in words', async () => {
    await open('COORDINATOR');

    button('Verwijderen')?.click();
    await settle(harness.fixture);
    button('Ja, verwijderen')?.click();
    await settle(harness.fixture);
    controller
      .expectOne(RemoveTableMemberDocument)
      .graphqlErrors([
        apiError('BAD_USER_INPUT', 'validation.transitionTable.userId.notMember', [
          { field: 'input.userId', messageKey: 'validation.transitionTable.userId.notMember' },
        ]),
      ]);
    await settle(harness.fixture);

    expect(root().querySelector('[role="alert"]')?.textContent).toContain(
      'Deze persoon is geen lid van de tafel.',
    );
    expect(members().length).toBe(2);
  });
});
