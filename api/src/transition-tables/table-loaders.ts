import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ActionItemEntity } from './entities/conversation.entity';
import { TransitionTableEntity } from './entities/transition-table.entity';
import { AvailabilityAnswer } from './transition-tables.enums';
import { VenueEntity } from './entities/venue.entity';
import { PersonRow, SlotRow } from './transition-table.mappers';

/** Per-request batch loaders of this feature: a list's relations cost one statement each. */
export interface TableLoaders {
  table: DataLoader<string, TransitionTableEntity | undefined>;
  venue: DataLoader<string, VenueEntity | undefined>;
  membersOfTable: DataLoader<string, PersonRow[]>;
  coordinatorsOfTable: DataLoader<string, PersonRow[]>;
  slotsOfConversation: DataLoader<string, SlotRow[]>;
  slot: DataLoader<string, SlotRow | undefined>;
  venuesOfConversation: DataLoader<string, VenueEntity[]>;
  inviteesOfConversation: DataLoader<string, PersonRow[]>;
  attendeesOfConversation: DataLoader<string, PersonRow[]>;
  actionItemsOfConversation: DataLoader<string, ActionItemEntity[]>;
  /** Keyed `<conversationId>:<userId>`: one person's answers in a conversation. */
  answersOf: DataLoader<string, AnswerRow[]>;
}

export interface AnswerRow {
  slot_id: string;
  answer: AvailabilityAnswer;
  comment: string | null;
}

type Keyed = { key: string };

function group<T extends Keyed>(keys: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

const PERSON = `u.id AS user_id, u.display_name, o.id AS organisation_id, o.helix`;

function createTableLoaders(dataSource: DataSource): TableLoaders {
  const people = (sql: string) =>
    new DataLoader<string, PersonRow[]>(async (keys) =>
      group(keys, (await dataSource.query(sql, [[...keys]])) as (PersonRow & Keyed)[]),
    );
  return {
    table: new DataLoader(async (ids) => {
      const rows = await dataSource
        .getRepository(TransitionTableEntity)
        .findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    }),
    venue: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(VenueEntity).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    }),
    membersOfTable: people(
      `SELECT m.table_id AS key, ${PERSON} FROM transition_table_member m
         JOIN user_account u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id
        WHERE m.table_id = ANY($1) ORDER BY u.display_name, u.id`,
    ),
    coordinatorsOfTable: people(
      `SELECT c.table_id AS key, u.id AS user_id, u.display_name, NULL::uuid AS organisation_id, NULL AS helix
         FROM transition_table_coordinator c JOIN user_account u ON u.id = c.user_id
        WHERE c.table_id = ANY($1) ORDER BY u.display_name, u.id`,
    ),
    slotsOfConversation: new DataLoader(async (ids) =>
      group(ids, (await slotRows(dataSource, 'conversation_id', [...ids])) as (SlotRow & Keyed)[]),
    ),
    slot: new DataLoader(async (ids) => {
      const rows = await slotRows(dataSource, 'id', [...ids]);
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    }),
    venuesOfConversation: new DataLoader(async (ids) => {
      const links: { conversation_id: string; venue_id: string }[] = await dataSource.query(
        'SELECT conversation_id, venue_id FROM conversation_venue WHERE conversation_id = ANY($1)',
        [[...ids]],
      );
      const venues = links.length
        ? await dataSource
            .getRepository(VenueEntity)
            .find({ where: { id: In(links.map((l) => l.venue_id)) }, order: { name: 'ASC' } })
        : [];
      return ids.map((id) => {
        const mine = new Set(links.filter((l) => l.conversation_id === id).map((l) => l.venue_id));
        return venues.filter((venue) => mine.has(venue.id));
      });
    }),
    inviteesOfConversation: people(
      `SELECT i.conversation_id AS key, ${PERSON} FROM conversation_invitee i
         JOIN user_account u ON u.id = i.user_id JOIN organisation o ON o.id = i.organisation_id
        WHERE i.conversation_id = ANY($1) ORDER BY u.display_name, u.id`,
    ),
    attendeesOfConversation: people(
      `SELECT b.conversation_id AS key, ${PERSON} FROM person_booking b
         JOIN conversation_invitee i ON i.conversation_id = b.conversation_id AND i.user_id = b.user_id
         JOIN user_account u ON u.id = b.user_id JOIN organisation o ON o.id = i.organisation_id
        WHERE b.conversation_id = ANY($1) ORDER BY u.display_name, u.id`,
    ),
    actionItemsOfConversation: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(ActionItemEntity).find({
        where: { conversationId: In([...ids]) },
        order: { dueDate: 'ASC', createdAt: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.conversationId === id));
    }),
    answersOf: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows: (AnswerRow & { key: string })[] = await dataSource.query(
        `SELECT a.conversation_id || ':' || a.user_id AS key, a.slot_id, a.answer, a.comment
           FROM availability a
           JOIN unnest($1::uuid[], $2::uuid[]) AS k(c, u) ON a.conversation_id = k.c AND a.user_id = k.u
           JOIN conversation_slot s ON s.id = a.slot_id
          ORDER BY lower(s.during), s.id`,
        [pairs.map(([c]) => c), pairs.map(([, u]) => u)],
      );
      return group(keys, rows);
    }),
  };
}

/** Slots with their bounds as instants, by start. */
export function slotRows(
  runner: Pick<DataSource, 'query'>,
  column: 'id' | 'conversation_id',
  ids: string[],
): Promise<SlotRow[]> {
  return runner.query(
    `SELECT id, conversation_id, conversation_id AS key, lower(during) AS start, upper(during) AS "end"
       FROM conversation_slot WHERE ${column} = ANY($1) ORDER BY lower(during), id`,
    [ids],
  );
}

const perRequest = new WeakMap<object, TableLoaders>();

/** The loaders of this request (created on first use). */
export function tableLoadersOf(req: object, dataSource: DataSource): TableLoaders {
  let loaders = perRequest.get(req);
  if (!loaders) {
    loaders = createTableLoaders(dataSource);
    perRequest.set(req, loaders);
  }
  return loaders;
}
