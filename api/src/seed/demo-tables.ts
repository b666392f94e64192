import { Ecosystem, MembershipRole, MunicipalityCode, Theme } from '@knooppunt/domain';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../accounts/entities/user.entity';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { parseSlotStart } from '../transition-tables/amsterdam';
import { TableKind } from '../transition-tables/transition-tables.enums';

// Demo transition tables (issue 6): invented people and places only. Tables across both
// ecosystems with members of all three helices, venues in all six municipalities, a
// conversation being polled (with answers), one confirmed (with bookings) and an earlier one
// with minutes and action items.

/** People who sit at the demo tables besides the demo accounts (password: the demo one). */
export const DEMO_TABLE_PEOPLE: readonly {
  email: string;
  displayName: string;
  organisation: string;
}[] = [
  {
    email: 'joris.polderman@knooppunt.example',
    displayName: 'Joris Polderman',
    organisation: 'Polderkoel Distributie',
  },
  {
    email: 'karin.klimaat@knooppunt.example',
    displayName: 'Karin Klimaatsma',
    organisation: 'Kasklimaat Techniek Meerzicht',
  },
  {
    email: 'lotte.dijkstra@knooppunt.example',
    displayName: 'Lotte Datadijkstra',
    organisation: 'Datadijk Analytics',
  },
  {
    email: 'mehmet.ketelaar@knooppunt.example',
    displayName: 'Mehmet Ketelaar',
    organisation: 'Ketenacademie Hogeschool Hoofddorp',
  },
  {
    email: 'noor.meerstra@knooppunt.example',
    displayName: 'Noor Meerstra',
    organisation: 'Hogeschool Meerstroom',
  },
  {
    email: 'olaf.vleugel@knooppunt.example',
    displayName: 'Olaf Vleugelaar',
    organisation: 'MBO Vliegwiel Luchtvaart & Logistiek',
  },
  {
    email: 'petra.westeinde@knooppunt.example',
    displayName: 'Petra Westeinde',
    organisation: 'Gemeente Aalsmeer — Economische Zaken',
  },
  {
    email: 'quinten.diemer@knooppunt.example',
    displayName: 'Quinten Diemer',
    organisation: 'Gemeente Diemen — Afdeling Werk en Economie',
  },
  {
    email: 'roos.amstelhof@knooppunt.example',
    displayName: 'Roos Amstelhof',
    organisation: 'Gemeente Amstelveen — Team Economie en Arbeidsmarkt',
  },
];

const DEMO_VENUES = [
  {
    name: 'Veilingzaal De Stengel',
    municipalityCode: MunicipalityCode.AALSMEER,
    address: 'Legmeerdijk 88, Aalsmeer',
    capacity: 40,
    host: 'Bloemenexport Stengel & Knop',
    wheelchair: true,
    transit: false,
    note: 'Bus vanaf Amstelveen Busstation; geen trein of tram.',
  },
  {
    name: 'Raadszaal Het Stadsbalkon',
    municipalityCode: MunicipalityCode.AMSTELVEEN,
    address: 'Stadsplein 3, Amstelveen',
    capacity: 80,
    host: 'Hotel & Congrescentrum Het Stadsbalkon',
    wheelchair: true,
    transit: true,
    note: 'Amsteltram en metro 5, halte Stadshart.',
  },
  {
    name: 'Leercafé Meerstroom',
    municipalityCode: MunicipalityCode.DIEMEN,
    address: 'Campuslaan 4, Diemen',
    capacity: 30,
    host: 'Hogeschool Meerstroom',
    wheelchair: true,
    transit: true,
    note: 'Vijf minuten lopen van station Diemen Zuid.',
  },
  {
    name: 'Ketenhuis Hoofddorp',
    municipalityCode: MunicipalityCode.HAARLEMMERMEER,
    address: 'Stationsplein 20, Hoofddorp',
    capacity: 60,
    host: 'Ketenacademie Hogeschool Hoofddorp',
    wheelchair: true,
    transit: true,
    note: 'Naast intercitystation Hoofddorp.',
  },
  {
    name: 'Werkplaats Duivendrecht',
    municipalityCode: MunicipalityCode.OUDER_AMSTEL,
    address: 'Spoorpad 2, Duivendrecht',
    capacity: 25,
    host: 'Gemeente Ouder-Amstel — Economische Zaken',
    wheelchair: false,
    transit: true,
    note: 'Station Duivendrecht (intercity en metro).',
  },
  {
    name: 'Techniekhal Zijdelmeer',
    municipalityCode: MunicipalityCode.UITHOORN,
    address: 'Zijdelweg 9, Uithoorn',
    capacity: 35,
    host: 'Techniekcollege Zijdelmeer',
    wheelchair: true,
    transit: true,
    note: 'Amsteltram, halte Uithoorn Centrum.',
  },
] as const;

interface DemoTable {
  name: string;
  kind: TableKind;
  theme: Theme;
  ecosystem: Ecosystem;
  description: string;
  goals: string;
  /** Member emails: demo accounts and DEMO_TABLE_PEOPLE. */
  members: string[];
}

const DEMO_TABLES: readonly DemoTable[] = [
  {
    name: 'Transitietafel Greenport & Logistiek',
    kind: TableKind.TRANSITION_TABLE,
    theme: Theme.LOGISTICS,
    ecosystem: Ecosystem.LOGISTICS_TRADE,
    description:
      'Kwekers, logistiek, scholen en gemeenten rond de sierteeltketen van Aalsmeer tot Schiphol.',
    goals:
      'Meer stageplaatsen in de keten, een gedeelde omscholingsroute voor logistiek medewerkers.',
    members: [
      'bedrijf@knooppunt.example',
      'joris.polderman@knooppunt.example',
      'karin.klimaat@knooppunt.example',
      'school@knooppunt.example',
      'mehmet.ketelaar@knooppunt.example',
      'olaf.vleugel@knooppunt.example',
      'gemeente@knooppunt.example',
      'petra.westeinde@knooppunt.example',
    ],
  },
  {
    name: 'Thematafel Duurzame Sierteelt',
    kind: TableKind.THEME_TABLE,
    theme: Theme.HORTICULTURE,
    ecosystem: Ecosystem.LOGISTICS_TRADE,
    description: 'Ondernemers uit de sierteelt over energie, water en emissievrije kassen.',
    goals:
      'Elke kwekerij een stagiair op duurzaamheid; een gezamenlijke praktijkopdracht per jaar.',
    members: [
      'bedrijf@knooppunt.example',
      'collega@knooppunt.example',
      'karin.klimaat@knooppunt.example',
      'school@knooppunt.example',
      'petra.westeinde@knooppunt.example',
    ],
  },
  {
    name: 'Transitietafel Digitale Vaardigheden',
    kind: TableKind.TRANSITION_TABLE,
    theme: Theme.DIGITAL,
    ecosystem: Ecosystem.BUSINESS_FINANCE_ICT,
    description: 'ICT-bedrijven, hogeschool en gemeenten over tekorten aan digitaal talent.',
    goals: 'Een omscholingstraject naar data-analist en twintig extra stageplaatsen.',
    members: [
      'ict@knooppunt.example',
      'lotte.dijkstra@knooppunt.example',
      'noor.meerstra@knooppunt.example',
      'quinten.diemer@knooppunt.example',
      'roos.amstelhof@knooppunt.example',
    ],
  },
  {
    name: 'Thematafel Financiële Dienstverlening',
    kind: TableKind.THEME_TABLE,
    theme: Theme.FINANCE,
    ecosystem: Ecosystem.BUSINESS_FINANCE_ICT,
    description: 'Net gestart: nog zonder bedrijven — zie de voorgestelde leden.',
    goals: 'Werkplekleren in accountancy en verzekeringen.',
    members: ['noor.meerstra@knooppunt.example', 'roos.amstelhof@knooppunt.example'],
  },
];

/** An Amsterdam wall-clock time `days` from today. */
function amsterdam(days: number, time: string): Date {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const parsed = parseSlotStart(`${date}T${time}`);
  if (!parsed.ok) throw new Error(`Demo slot ${date}T${time} does not exist in Amsterdam`);
  return new Date(parsed.ms);
}

export async function seedTables(
  manager: EntityManager,
  idOf: Map<string, string>,
  passwordHash: string,
): Promise<{ transitionTables: number; venues: number; conversations: number }> {
  // Demo tables go with their conversations, slots, answers, bookings and action items.
  await manager.query('DELETE FROM transition_table WHERE is_demo');
  await manager.query(
    `DELETE FROM venue v WHERE v.is_demo
        AND NOT EXISTS (SELECT 1 FROM conversation_venue cv WHERE cv.venue_id = v.id)
        AND NOT EXISTS (SELECT 1 FROM venue_booking b WHERE b.venue_id = v.id)
        AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.confirmed_venue_id = v.id)`,
  );
  const organisationOf = (name: string) => {
    const id = idOf.get(name);
    if (!id) throw new Error(`Demo organisation ${name} is missing`);
    return id;
  };
  for (const person of DEMO_TABLE_PEOPLE) {
    const user = await manager.getRepository(UserEntity).save({
      email: person.email,
      displayName: person.displayName,
      passwordHash,
      emailVerifiedAt: new Date(),
      platformRole: null,
      isDemo: true,
    });
    await manager.getRepository(MembershipEntity).insert({
      userId: user.id,
      organisationId: organisationOf(person.organisation),
      role: MembershipRole.MEMBER,
    });
  }
  // Every demo person through their (first) organisation.
  const people: {
    email: string;
    user_id: string;
    organisation_id: string;
    display_name: string;
  }[] = await manager.query(
    `SELECT DISTINCT ON (u.id) u.email, u.id AS user_id, m.organisation_id, u.display_name
         FROM user_account u JOIN membership m ON m.user_id = u.id
         JOIN organisation o ON o.id = m.organisation_id AND o.status = 'ACTIVE'
        WHERE u.is_demo ORDER BY u.id, m.created_at`,
  );
  const personOf = (email: string) => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`Demo person ${email} is missing`);
    return person;
  };
  const [coordinator]: { id: string }[] = await manager.query(
    `SELECT id FROM user_account WHERE email = 'coordinator@knooppunt.example'`,
  );

  for (const venue of DEMO_VENUES) {
    await manager.query(
      `INSERT INTO venue (name, municipality_code, address, capacity, host_organisation_id, wheelchair_accessible,
                          public_transport_access, public_transport_note, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true)
       ON CONFLICT (municipality_code, lower(btrim(name))) DO NOTHING`,
      [
        venue.name,
        venue.municipalityCode,
        venue.address,
        venue.capacity,
        organisationOf(venue.host),
        venue.wheelchair,
        venue.transit,
        venue.note,
      ],
    );
  }
  const venues: { id: string; name: string }[] = await manager.query(
    'SELECT id, name FROM venue WHERE name = ANY($1)',
    [DEMO_VENUES.map((v) => v.name)],
  );
  const venueOf = (name: string) => {
    const venue = venues.find((v) => v.name === name);
    if (!venue) throw new Error(`Demo venue ${name} is missing`);
    return venue.id;
  };

  const tableIds = new Map<string, string>();
  for (const table of DEMO_TABLES) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO transition_table (kind, name, theme, ecosystem, description, goals, is_demo, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7) RETURNING id`,
      [
        table.kind,
        table.name,
        table.theme,
        table.ecosystem,
        table.description,
        table.goals,
        coordinator?.id ?? null,
      ],
    );
    tableIds.set(table.name, row.id);
    if (coordinator) {
      await manager.query(
        'INSERT INTO transition_table_coordinator (table_id, user_id) VALUES ($1, $2)',
        [row.id, coordinator.id],
      );
    }
    for (const email of table.members) {
      const person = personOf(email);
      await manager.query(
        'INSERT INTO transition_table_member (table_id, user_id, organisation_id) VALUES ($1, $2, $3)',
        [row.id, person.user_id, person.organisation_id],
      );
    }
  }

  const conversation = async (options: {
    table: string;
    title: string;
    agenda: string;
    status: 'POLLING' | 'CONFIRMED';
    slots: Date[];
    venues: string[];
    invitees: string[];
    answers: [string, number, 'YES' | 'IF_NEED_BE' | 'NO', string?][];
    confirm?: { slot: number; venue: string };
    minutes?: string;
    actions?: [string, string, number, boolean][];
  }) => {
    const tableId = tableIds.get(options.table);
    if (!tableId) throw new Error(`Demo table ${options.table} is missing`);
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO conversation (table_id, title, agenda, duration_minutes, status, is_demo, created_by_id)
       VALUES ($1, $2, $3, 120, 'POLLING', true, $4) RETURNING id`,
      [tableId, options.title, options.agenda, coordinator?.id ?? null],
    );
    const slotIds: string[] = [];
    for (const start of options.slots) {
      const [slot]: { id: string }[] = await manager.query(
        `INSERT INTO conversation_slot (conversation_id, during) VALUES ($1, tstzrange($2, $3, '[)')) RETURNING id`,
        [row.id, start.toISOString(), new Date(start.getTime() + 120 * 60_000).toISOString()],
      );
      slotIds.push(slot.id);
    }
    for (const venue of options.venues) {
      await manager.query(
        'INSERT INTO conversation_venue (conversation_id, venue_id) VALUES ($1, $2)',
        [row.id, venueOf(venue)],
      );
    }
    for (const email of options.invitees) {
      const person = personOf(email);
      await manager.query(
        'INSERT INTO conversation_invitee (conversation_id, user_id, organisation_id) VALUES ($1, $2, $3)',
        [row.id, person.user_id, person.organisation_id],
      );
    }
    for (const [email, slot, answer, comment] of options.answers) {
      await manager.query(
        'INSERT INTO availability (conversation_id, slot_id, user_id, answer, comment) VALUES ($1, $2, $3, $4, $5)',
        [row.id, slotIds[slot], personOf(email).user_id, answer, comment ?? null],
      );
    }
    if (options.confirm) {
      const slotId = slotIds[options.confirm.slot];
      const venueId = venueOf(options.confirm.venue);
      const attendees = options.answers
        .filter(([, slot, answer]) => slot === options.confirm?.slot && answer !== 'NO')
        .map(([email]) => personOf(email).user_id);
      await manager.query(
        `INSERT INTO venue_booking (conversation_id, venue_id, during) SELECT $1, $2, during FROM conversation_slot WHERE id = $3`,
        [row.id, venueId, slotId],
      );
      await manager.query(
        `INSERT INTO person_booking (conversation_id, user_id, during)
         SELECT $1, u, s.during FROM conversation_slot s, unnest($3::uuid[]) AS u WHERE s.id = $2`,
        [row.id, slotId, attendees],
      );
      await manager.query(
        `UPDATE conversation SET status = 'CONFIRMED', confirmed_slot_id = $2, confirmed_venue_id = $3,
                confirmed_at = now(), minutes = $4, minutes_updated_at = CASE WHEN $4::text IS NULL THEN NULL ELSE now() END
          WHERE id = $1`,
        [row.id, slotId, venueId, options.minutes ?? null],
      );
    }
    for (const [description, owner, dueInDays, done] of options.actions ?? []) {
      await manager.query(
        `INSERT INTO action_item (conversation_id, description, owner_organisation_id, due_date, status, done_at, created_by_id)
         VALUES ($1, $2, $3, (now() + make_interval(days => $4))::date, $5::action_item_status,
                 CASE WHEN $5::text = 'DONE' THEN now() END, $6)`,
        [
          row.id,
          description,
          organisationOf(owner),
          dueInDays,
          done ? 'DONE' : 'OPEN',
          coordinator?.id ?? null,
        ],
      );
    }
  };

  const greenport = DEMO_TABLES[0];
  await conversation({
    table: greenport.name,
    title: 'Regiogesprek stageplaatsen in de sierteeltketen',
    agenda:
      '1. Stand van de stagemarkt in de keten\n2. Reiskosten en bereikbaarheid (N201)\n3. Afspraken voor het voorjaar',
    status: 'POLLING',
    slots: [amsterdam(24, '09:30'), amsterdam(26, '14:00'), amsterdam(31, '09:30')],
    venues: ['Ketenhuis Hoofddorp', 'Veilingzaal De Stengel'],
    invitees: greenport.members,
    answers: [
      ['bedrijf@knooppunt.example', 0, 'YES'],
      ['bedrijf@knooppunt.example', 1, 'NO', 'Dan is de veiling'],
      ['bedrijf@knooppunt.example', 2, 'YES'],
      ['joris.polderman@knooppunt.example', 0, 'IF_NEED_BE'],
      ['joris.polderman@knooppunt.example', 2, 'YES'],
      ['school@knooppunt.example', 0, 'NO', 'Examenweek'],
      ['school@knooppunt.example', 1, 'YES'],
      ['school@knooppunt.example', 2, 'YES'],
      ['mehmet.ketelaar@knooppunt.example', 2, 'IF_NEED_BE'],
      ['gemeente@knooppunt.example', 0, 'YES'],
      ['gemeente@knooppunt.example', 2, 'YES'],
      ['petra.westeinde@knooppunt.example', 1, 'YES'],
    ],
  });
  const digital = DEMO_TABLES[2];
  await conversation({
    table: digital.name,
    title: 'Regiogesprek omscholing naar data-analist',
    agenda:
      '1. Vraag van de bedrijven\n2. Opzet van het omscholingstraject\n3. Stageplaatsen en begeleiding',
    status: 'CONFIRMED',
    slots: [amsterdam(17, '14:00'), amsterdam(19, '10:00')],
    venues: ['Leercafé Meerstroom', 'Raadszaal Het Stadsbalkon'],
    invitees: digital.members,
    answers: [
      ['ict@knooppunt.example', 0, 'YES'],
      ['lotte.dijkstra@knooppunt.example', 0, 'YES'],
      ['noor.meerstra@knooppunt.example', 0, 'YES'],
      ['quinten.diemer@knooppunt.example', 0, 'IF_NEED_BE'],
      ['roos.amstelhof@knooppunt.example', 0, 'NO', 'Raadsvergadering'],
      ['roos.amstelhof@knooppunt.example', 1, 'YES'],
    ],
    confirm: { slot: 0, venue: 'Leercafé Meerstroom' },
  });
  const horticulture = DEMO_TABLES[1];
  await conversation({
    table: horticulture.name,
    title: 'Aftrap thematafel duurzame sierteelt',
    agenda: '1. Kennismaking\n2. Energie en water in de kas\n3. Praktijkopdrachten voor studenten',
    status: 'CONFIRMED',
    slots: [amsterdam(-40, '10:00')],
    venues: ['Veilingzaal De Stengel'],
    invitees: horticulture.members,
    answers: horticulture.members.map((email) => [email, 0, 'YES'] as [string, number, 'YES']),
    confirm: { slot: 0, venue: 'Veilingzaal De Stengel' },
    minutes:
      '# Verslag aftrap\n\n- Vijf kwekerijen willen een stagiair op **energiebesparing**.\n- Het Groencollege zoekt een praktijkopdracht voor het voorjaar.\n',
    actions: [
      [
        'Lijst van kwekerijen met een stageplek op duurzaamheid',
        'Bloemenhof Kwekerij De Lange Tuin',
        14,
        true,
      ],
      ['Praktijkopdracht waterhergebruik uitwerken', 'Groencollege Westeinder', 30, false],
      [
        'Subsidieregeling verduurzaming glastuinbouw toelichten',
        'Gemeente Aalsmeer — Economische Zaken',
        45,
        false,
      ],
    ],
  });
  return { transitionTables: DEMO_TABLES.length, venues: DEMO_VENUES.length, conversations: 3 };
}
