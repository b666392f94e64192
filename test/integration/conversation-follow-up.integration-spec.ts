import { SessionsService } from '../../api/src/accounts/sessions.service';
import { bootTestApp, errorCode, TestApp } from '../support/app';
import {
  conversationFactory,
  coordinatorFactory,
  OrganisationKind,
  personFactory,
  tableFactory,
  unique,
  venueFactory,
} from '../factories/transition-tables';

const MINUTES = `mutation($input: SaveMinutesInput!) { saveConversationMinutes(input: $input) { id minutes minutesUpdatedAt } }`;
const CREATE_ITEM = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id description dueDate status ownerOrganisation { id name } } }`;
const UPDATE_ITEM = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id status doneAt } }`;
const PLAN_NEXT = `mutation($input: PlanNextConversationInput!) { planNextConversation(input: $input) {
  id status title agenda durationMinutes table { id } venues { id } invitees { id } } }`;
const SUGGEST = `query($id: ID!) { suggestedTableMembers(tableId: $id) { helix score organisation { id name } reasons { code messageKey message params } } }`;

describe('follow-up and suggested members', () => {
  let t: TestApp;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await bootTestApp();
    sessions = t.app.get(SessionsService);
  });
  afterAll(() => t.close());

  const confirmedWorld = async () => {
    const coordinator = await coordinatorFactory(t.dataSource, sessions);
    const company = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    const school = await personFactory(t.dataSource, sessions, OrganisationKind.SCHOOL_HBO);
    const municipality = await personFactory(t.dataSource, sessions, OrganisationKind.MUNICIPALITY);
    const outsider = await personFactory(t.dataSource, sessions);
    const tableId = await tableFactory(t.dataSource, [company, school, municipality]);
    const venueId = await venueFactory(t.dataSource);
    const conversation = await conversationFactory(t.dataSource, tableId, {
      slots: [['2030-09-02T07:00:00Z', '2030-09-02T09:00:00Z']],
      venueIds: [venueId],
      invitees: [company, school, municipality],
      title: 'Regiogesprek groene logistiek',
    });
    await t.dataSource.query(
      `UPDATE conversation SET status = 'CONFIRMED', confirmed_slot_id = $2, confirmed_venue_id = $3, confirmed_at = now() WHERE id = $1`,
      [conversation.id, conversation.slotIds[0], venueId],
    );
    return { coordinator, company, school, municipality, outsider, tableId, venueId, conversation };
  };

  it('should store minutes as written for coordinators, and show them to members only', async () => {
    const w = await confirmedWorld();
    const markdown =
      '# Verslag\n\n- Afgesproken: **stageplaatsen** delen <script>alert(1)</script>\n';
    const saved = await t.gql<{ saveConversationMinutes: { minutes: string } }>(
      MINUTES,
      { input: { id: w.conversation.id, minutes: markdown } },
      { token: w.coordinator.token },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveConversationMinutes.minutes).toBe(markdown);
    const byMember = await t.gql(
      MINUTES,
      { input: { id: w.conversation.id, minutes: 'Eigen verslag' } },
      { token: w.company.token },
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const read = await t.gql<{ conversation: { minutes: string } }>(
      'query($id: ID!) { conversation(id: $id) { minutes } }',
      { id: w.conversation.id },
      { token: w.school.token },
    );
    expect(read.data!.conversation.minutes).toBe(markdown);
    const outsider = await t.gql(
      'query($id: ID!) { conversation(id: $id) { minutes } }',
      { id: w.conversation.id },
      { token: w.outsider.token },
    );
    expect(errorCode(outsider)).toBe('NOT_FOUND');
  });

  it('should manage action items: coordinators create and change them, owners mark theirs done, others are refused', async () => {
    const w = await confirmedWorld();
    const created = await t.gql<{
      createActionItem: { id: string; status: string; ownerOrganisation: { id: string } };
    }>(
      CREATE_ITEM,
      {
        input: {
          conversationId: w.conversation.id,
          description: 'Inventariseer stageplaatsen in de sierteelt',
          ownerOrganisationId: w.company.organisation.id,
          dueDate: '2030-10-01',
        },
      },
      { token: w.coordinator.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createActionItem).toMatchObject({
      status: 'OPEN',
      ownerOrganisation: { id: w.company.organisation.id },
    });
    const id = created.data!.createActionItem.id;
    const unknownOwner = await t.gql(
      CREATE_ITEM,
      {
        input: {
          conversationId: w.conversation.id,
          description: 'Iets',
          ownerOrganisationId: '00000000-0000-4000-8000-000000000009',
          dueDate: '2030-10-01',
        },
      },
      { token: w.coordinator.token },
    );
    expect(unknownOwner.errors![0].extensions!['fields']).toEqual([
      expect.objectContaining({ field: 'ownerOrganisationId' }),
    ]);
    const notOwner = await t.gql(
      UPDATE_ITEM,
      { input: { id, status: 'DONE' } },
      { token: w.school.token },
    );
    expect(errorCode(notOwner)).toBe('FORBIDDEN');
    const ownerEdits = await t.gql(
      UPDATE_ITEM,
      { input: { id, dueDate: '2031-01-01' } },
      { token: w.company.token },
    );
    expect(errorCode(ownerEdits)).toBe('FORBIDDEN');
    const done = await t.gql<{ updateActionItem: { status: string; doneAt: string | null } }>(
      UPDATE_ITEM,
      { input: { id, status: 'DONE' } },
      { token: w.company.token },
    );
    expect(done.data!.updateActionItem.status).toBe('DONE');
    expect(done.data!.updateActionItem.doneAt).toBeTruthy();
    const reopened = await t.gql<{ updateActionItem: { status: string; doneAt: string | null } }>(
      UPDATE_ITEM,
      { input: { id, status: 'OPEN' } },
      { token: w.coordinator.token },
    );
    expect(reopened.data!.updateActionItem).toEqual({ id, status: 'OPEN', doneAt: null });
    const outsider = await t.gql(
      UPDATE_ITEM,
      { input: { id, status: 'DONE' } },
      { token: w.outsider.token },
    );
    expect(errorCode(outsider)).toBe('NOT_FOUND');
  });

  it('should plan the next conversation as a draft whose agenda lists the open action items only', async () => {
    const w = await confirmedWorld();
    const item = (description: string, status: string, due: string) =>
      t.dataSource.query(
        `INSERT INTO action_item (conversation_id, description, owner_organisation_id, due_date, status, done_at)
         VALUES ($1, $2, $3, $4, $5::action_item_status, CASE WHEN $5::text = 'DONE' THEN now() END)`,
        [w.conversation.id, description, w.school.organisation.id, due, status],
      );
    await item('Minor duurzame ketens afstemmen', 'OPEN', '2030-11-01');
    await item('Gastcollege plannen', 'DONE', '2030-10-01');
    await item('Reiskosten stagiairs uitzoeken', 'OPEN', '2030-10-15');
    const planned = await t.gql<{
      planNextConversation: {
        id: string;
        status: string;
        title: string;
        agenda: string;
        table: { id: string };
        venues: { id: string }[];
        invitees: { id: string }[];
      };
    }>(PLAN_NEXT, { input: { id: w.conversation.id } }, { token: w.coordinator.token });
    expect(planned.errors).toBeUndefined();
    const next = planned.data!.planNextConversation;
    expect(next).toMatchObject({
      status: 'DRAFT',
      title: 'Regiogesprek groene logistiek',
      table: { id: w.tableId },
      venues: [{ id: w.venueId }],
    });
    expect(next.invitees).toHaveLength(3);
    const lines = next.agenda.split('\n').filter((l) => l.startsWith('- [ ]'));
    expect(lines).toEqual([
      `- [ ] Reiskosten stagiairs uitzoeken — ${w.school.organisation.name}, uiterlijk 2030-10-15`,
      `- [ ] Minor duurzame ketens afstemmen — ${w.school.organisation.name}, uiterlijk 2030-11-01`,
    ]);
    expect(next.agenda).not.toContain('Gastcollege');
    // A draft is the coordinators' own: members do not see it.
    const member = await t.gql(
      'query($id: ID!) { conversation(id: $id) { id } }',
      { id: next.id },
      { token: w.company.token },
    );
    expect(errorCode(member)).toBe('NOT_FOUND');
    const byMember = await t.gql(
      PLAN_NEXT,
      { input: { id: w.conversation.id } },
      { token: w.company.token },
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');
  });

  it('should suggest organisations that restore a missing or thin helix and fit the theme, ranked with reasons', async () => {
    const coordinator = await coordinatorFactory(t.dataSource, sessions);
    // A table on HORTICULTURE with two companies and one municipality: education is missing,
    // government is thin (one member for a quorum of one), business has one to spare.
    const theme = 'HORTICULTURE';
    const b1 = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    const b2 = await personFactory(t.dataSource, sessions, OrganisationKind.COMPANY);
    const g1 = await personFactory(t.dataSource, sessions, OrganisationKind.MUNICIPALITY, {
      municipalityCode: 'GM0358',
    });
    await t.dataSource.query(
      `UPDATE organisation SET municipality_code = 'GM0358' WHERE id = ANY($1)`,
      [[b1.organisation.id, b2.organisation.id]],
    );
    const tableId = await tableFactory(t.dataSource, [b1, b2, g1], {
      name: unique('Thematafel sierteelt'),
      theme,
      ecosystem: 'LOGISTICS_TRADE',
    });
    const org = async (
      kind: OrganisationKind,
      name: string,
      themes: string[],
      ecosystem: string,
      municipality = 'GM0358',
    ) => {
      const person = await personFactory(t.dataSource, sessions, kind);
      await t.dataSource.query(
        'UPDATE organisation SET name = $2, themes = $3::theme[], ecosystem = $4, municipality_code = $5 WHERE id = $1',
        [person.organisation.id, name, themes, ecosystem, municipality],
      );
      return person.organisation.id;
    };
    const suffix = unique('');
    const schoolBoth = await org(
      OrganisationKind.SCHOOL_MBO,
      `Groen College${suffix}`,
      [theme],
      'LOGISTICS_TRADE',
      'GM0394',
    );
    const schoolTheme = await org(
      OrganisationKind.SCHOOL_HBO,
      `Hogeschool Kas${suffix}`,
      [theme],
      'OTHER',
    );
    const regional = await org(
      OrganisationKind.REGIONAL_BODY,
      `Regio Greenport${suffix}`,
      [theme],
      'LOGISTICS_TRADE',
    );
    const company = await org(
      OrganisationKind.COMPANY,
      `Bloemen BV${suffix}`,
      [theme],
      'LOGISTICS_TRADE',
    );
    const unrelated = await org(
      OrganisationKind.SCHOOL_MBO,
      `ICT School${suffix}`,
      ['DIGITAL'],
      'BUSINESS_FINANCE_ICT',
    );

    const result = await t.gql<{
      suggestedTableMembers: {
        helix: string;
        score: number;
        organisation: { id: string };
        reasons: { code: string; message: string; params: Record<string, unknown> }[];
      }[];
    }>(SUGGEST, { id: tableId }, { token: coordinator.token });
    expect(result.errors).toBeUndefined();
    const suggestions = result.data!.suggestedTableMembers.filter((s) =>
      [schoolBoth, schoolTheme, regional, company, unrelated].includes(s.organisation.id),
    );
    expect(suggestions.map((s) => s.organisation.id)).toEqual([schoolBoth, schoolTheme, regional]);
    expect(suggestions[0].reasons.map((r) => r.code)).toEqual([
      'HELIX_MISSING',
      'THEME',
      'ECOSYSTEM',
      'NEW_MUNICIPALITY',
    ]);
    expect(suggestions[0].reasons[0].message).toBe('The education helix has 0 of the quorum of 1.');
    expect(suggestions[2].reasons[0]).toMatchObject({
      code: 'HELIX_THIN',
      params: { helix: 'GOVERNMENT', have: 1, need: 1 },
    });
    // Deterministic: the same ranking again.
    const again = await t.gql<{ suggestedTableMembers: { organisation: { id: string } }[] }>(
      SUGGEST,
      { id: tableId },
      { token: coordinator.token },
    );
    expect(again.data!.suggestedTableMembers.map((s) => s.organisation.id)).toEqual(
      result.data!.suggestedTableMembers.map((s) => s.organisation.id),
    );
    const member = await t.gql(SUGGEST, { id: tableId }, { token: b1.token });
    expect(errorCode(member)).toBe('FORBIDDEN');
  });
});
