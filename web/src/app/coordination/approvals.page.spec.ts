import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { apiError, settle, text, typeInto } from '../../testing/helpers';
import { translocoTesting } from '../../testing/transloco-testing';
import {
  ApproveOrganisationDocument,
  PendingOrganisationsDocument,
  PendingOrganisationsQuery,
  RejectOrganisationDocument,
} from '../generated/graphql';
import type { PendingOrganisation } from './approval-card';
import { ApprovalsPage } from './approvals.page';

function pending(overrides: Partial<PendingOrganisation> = {}): PendingOrganisation {
  return {
    __typename: 'Organisation',
    id: 'org-1',
    name: 'Bloemenveiling Voorbeeld BV',
    helix: 'BUSINESS',
    kind: 'COMPANY',
    status: 'PENDING',
    themes: ['HORTICULTURE'],
    municipality: { __typename: 'Municipality', code: 'GM0358', name: 'Aalsmeer' },
    kvkNumber: '12345678',
    brinCode: null,
    website: null,
    description: null,
    createdAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  };
}

function queue(items: PendingOrganisation[]): PendingOrganisationsQuery {
  return {
    organisations: { __typename: 'OrganisationList', totalCount: items.length, items },
  };
}

const school = pending({
  id: 'org-2',
  name: 'Voorbeeldcollege',
  helix: 'EDUCATION',
  kind: 'SCHOOL_MBO',
  kvkNumber: null,
  brinCode: '12AB',
});

describe(ApprovalsPage.name, () => {
  let fixture: ComponentFixture<ApprovalsPage>;
  let controller: ApolloTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ApprovalsPage, ApolloTestingModule, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ApprovalsPage);
    await settle(fixture);
  });

  afterEach(() => controller.verify());

  const root = () => fixture.nativeElement as HTMLElement;
  const card = (name: string) =>
    [...root().querySelectorAll('app-approval-card')].find((c) => c.textContent?.includes(name));
  const button = (scope: Element | undefined, label: string) =>
    [...(scope?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
      b.textContent?.trim().startsWith(label),
    );

  async function load(items = [pending(), school]): Promise<void> {
    const op = controller.expectOne(PendingOrganisationsDocument);
    expect(op.operation.variables).toEqual({ skip: 0, take: 10 });
    op.flushData(queue(items));
    await settle(fixture);
  }

  it('should list the pending organisations with their identifiers', async () => {
    expect(root().querySelector('[role="status"]')?.textContent).toBeDefined();
    await load();

    expect(text(root(), 'app-approval-card h2')).toEqual([
      'Bloemenveiling Voorbeeld BV',
      'Voorbeeldcollege',
    ]);
    expect(card('Bloemenveiling')?.textContent).toContain('12345678');
    expect(card('Voorbeeldcollege')?.textContent).toContain('12AB');
    expect(card('Voorbeeldcollege')?.textContent).toContain('Mbo-school (Onderwijs)');
  });

  it('should show the empty state when nothing waits', async () => {
    await load([]);

    expect(root().textContent).toContain('Er wachten geen organisaties op goedkeuring.');
    expect(root().querySelector('app-approval-card')).toBeNull();
  });

  it('should approve an organisation, confirm it and reload the queue', async () => {
    await load();

    button(card('Bloemenveiling'), 'Goedkeuren')?.click();
    await settle(fixture);
    const op = controller.expectOne(ApproveOrganisationDocument);
    expect(op.operation.variables).toEqual({ input: { id: 'org-1' } });
    op.flushData({
      approveOrganisation: { __typename: 'Organisation', id: 'org-1', status: 'ACTIVE' },
    });
    await settle(fixture);

    expect(text(root(), '[role="status"]').join(' ')).toContain(
      'Bloemenveiling Voorbeeld BV is goedgekeurd',
    );
    controller.expectOne(PendingOrganisationsDocument).flushData(queue([school]));
    await settle(fixture);
    expect(text(root(), 'app-approval-card h2')).toEqual(['Voorbeeldcollege']);
  });

  it('should require a reason before rejecting', async () => {
    await load();
    button(card('Voorbeeldcollege'), 'Afwijzen')?.click();
    await settle(fixture);

    const reason = card('Voorbeeldcollege')?.querySelector('textarea');
    expect(reason).not.toBeNull();
    expect(document.activeElement).toBe(reason);
    expect(root().querySelector(`label[for="${reason?.id}"]`)?.textContent).toContain(
      'Reden van afwijzing',
    );

    typeInto(reason ?? null, '   ');
    button(card('Voorbeeldcollege'), 'Afwijzing bevestigen')?.click();
    await settle(fixture);

    expect(card('Voorbeeldcollege')?.querySelector('[role="alert"]')?.textContent).toContain(
      'Reden van afwijzing is verplicht.',
    );
    controller.expectNone(RejectOrganisationDocument);
  });

  it('should reject with the reason and reload the queue', async () => {
    await load();
    button(card('Voorbeeldcollege'), 'Afwijzen')?.click();
    await settle(fixture);
    typeInto(
      card('Voorbeeldcollege')?.querySelector('textarea') ?? null,
      ' Geen BRIN-code bekend. ',
    );
    button(card('Voorbeeldcollege'), 'Afwijzing bevestigen')?.click();
    await settle(fixture);

    const op = controller.expectOne(RejectOrganisationDocument);
    expect(op.operation.variables).toEqual({
      input: { id: 'org-2', reason: 'Geen BRIN-code bekend.' },
    });
    op.flushData({
      rejectOrganisation: {
        __typename: 'Organisation',
        id: 'org-2',
        status: 'REJECTED',
        rejectionReason: 'Geen BRIN-code bekend.',
      },
    });
    await settle(fixture);

    expect(text(root(), '[role="status"]').join(' ')).toContain('Voorbeeldcollege is afgewezen.');
    controller.expectOne(PendingOrganisationsDocument).flushData(queue([pending()]));
    await settle(fixture);
    expect(text(root(), 'app-approval-card h2')).toEqual(['Bloemenveiling Voorbeeld BV']);
  });

  it('should cancel a rejection without sending anything', async () => {
    await load();
    button(card('Voorbeeldcollege'), 'Afwijzen')?.click();
    await settle(fixture);
    button(card('Voorbeeldcollege'), 'Annuleren')?.click();
    await settle(fixture);

    expect(card('Voorbeeldcollege')?.querySelector('textarea')).toBeNull();
    expect(document.activeElement?.textContent).toContain('Afwijzen');
    controller.expectNone(RejectOrganisationDocument);
  });

  it('should announce a refused approval and keep the organisation in the queue', async () => {
    await load();
    button(card('Bloemenveiling'), 'Goedkeuren')?.click();
    await settle(fixture);
    controller.expectOne(ApproveOrganisationDocument).graphqlErrors([apiError('FORBIDDEN')]);
    await settle(fixture);

    expect(text(root(), 'app-form-error [role="alert"]').join(' ')).toContain(
      'U heeft geen toestemming voor deze actie.',
    );
    expect(text(root(), 'app-approval-card h2')).toContain('Bloemenveiling Voorbeeld BV');
    controller.expectNone(PendingOrganisationsDocument);
  });

  it('should show the error state when the queue cannot be loaded, and retry', async () => {
    controller.expectOne(PendingOrganisationsDocument).networkError(new Error('offline'));
    await settle(fixture);

    const alert = root().querySelector('.state--error[role="alert"]');
    expect(alert?.textContent).toContain('De wachtrij kon niet worden geladen.');
    alert?.querySelector('button')?.click();
    await settle(fixture);
    await load();
    expect(text(root(), 'app-approval-card h2')).toHaveLength(2);
  });
});
