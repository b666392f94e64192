import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Reference data of Knooppunt: the six Amstelland-Meerlanden municipalities,
 * the region's economic ecosystems, the Dutch education ladder and the skills
 * taxonomy. Frozen once landed: never import from the app or libs here, and
 * change reference data only through a new migration.
 */

type Row = readonly (string | number | null)[];

/** Inserts rows with one parameterised multi-row INSERT; casts[i] is appended to placeholder i. */
async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  columns: readonly string[],
  casts: readonly string[],
  rows: readonly Row[],
): Promise<void> {
  const params: (string | number | null)[] = [];
  const tuples = rows.map((row) => {
    if (row.length !== columns.length) {
      throw new Error(`${table}: row has ${row.length} values, expected ${columns.length}`);
    }
    const placeholders = row.map((value, i) => {
      params.push(value);
      return `$${params.length}${casts[i]}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await queryRunner.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(',\n')}`,
    params,
  );
}

/** A PostgreSQL array literal of plain identifiers or of quoted strings. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

// [code, name, latitude, longitude, transit modes, stations]
const MUNICIPALITIES: readonly (readonly [string, string, number, number, string[], string[]])[] = [
  ['GM0358', 'Aalsmeer', 52.264, 4.762, ['BUS'], []],
  [
    'GM0362',
    'Amstelveen',
    52.303,
    4.863,
    ['BUS', 'TRAM', 'METRO'],
    [
      'Amstelveen Stadshart (Amsteltram)',
      'Oranjebaan (Amsteltram)',
      'Kronenburg (Amsteltram)',
      'Westwijk (Amsteltram)',
      'Amstelveen Binnenhof (tram 5)',
    ],
  ],
  [
    'GM0384',
    'Diemen',
    52.339,
    4.963,
    ['BUS', 'TRAM', 'METRO', 'TRAIN'],
    ['Diemen', 'Diemen Zuid', 'Verrijn Stuartweg'],
  ],
  [
    'GM0394',
    'Haarlemmermeer',
    52.303,
    4.689,
    ['BUS', 'TRAIN', 'INTERCITY'],
    ['Hoofddorp', 'Schiphol Airport', 'Nieuw-Vennep'],
  ],
  [
    'GM0437',
    'Ouder-Amstel',
    52.296,
    4.909,
    ['BUS', 'METRO', 'TRAIN', 'INTERCITY'],
    ['Duivendrecht'],
  ],
  ['GM0451', 'Uithoorn', 52.238, 4.826, ['BUS', 'TRAM'], ['Uithoorn Centrum (Amsteltram)']],
];

// [code, name_nl, name_en]
const ECOSYSTEMS: readonly Row[] = [
  ['LOGISTICS_TRADE', 'Transport, logistiek & handel', 'Transport, logistics & trade'],
  [
    'BUSINESS_FINANCE_ICT',
    'Zakelijke, financiële & ICT-dienstverlening',
    'Business, financial & ICT services',
  ],
  ['OTHER', 'Overig', 'Other'],
];

// [code, family, rank, name_nl, name_en]
const EDUCATION_LEVELS: readonly Row[] = [
  ['MBO_1', 'MBO', 0, 'MBO niveau 1', 'MBO level 1'],
  ['MBO_2', 'MBO', 1, 'MBO niveau 2', 'MBO level 2'],
  ['MBO_3', 'MBO', 2, 'MBO niveau 3', 'MBO level 3'],
  ['MBO_4', 'MBO', 3, 'MBO niveau 4', 'MBO level 4'],
  [
    'ASSOCIATE_DEGREE',
    'HBO',
    4,
    'Associate degree',
    'Associate degree (short-cycle higher education)',
  ],
  ['HBO_BACHELOR', 'HBO', 5, 'HBO-bachelor', 'Bachelor (university of applied sciences)'],
  ['WO_BACHELOR', 'WO', 6, 'WO-bachelor', 'Bachelor (research university)'],
  ['WO_MASTER', 'WO', 7, 'WO-master', 'Master (research university)'],
];

const L = 'LOGISTICS_TRADE';
const B = 'BUSINESS_FINANCE_ICT';
const O = 'OTHER';

// [code, label_nl, label_en, category, ecosystems]
// prettier-ignore
const SKILLS: readonly (readonly [string, string, string, string, string[]])[] = [
  // Digital
  ['software-development', 'Softwareontwikkeling', 'Software development', 'DIGITAL', [B]],
  ['web-development', 'Webontwikkeling', 'Web development', 'DIGITAL', [B]],
  ['cloud-computing', 'Cloudcomputing', 'Cloud computing', 'DIGITAL', [B]],
  ['devops', 'DevOps en CI/CD', 'DevOps and CI/CD', 'DIGITAL', [B]],
  ['cybersecurity', 'Informatiebeveiliging en cybersecurity', 'Cybersecurity', 'DIGITAL', [B, L]],
  ['network-administration', 'Netwerkbeheer', 'Network administration', 'DIGITAL', [B]],
  ['system-administration', 'Systeembeheer', 'Systems administration', 'DIGITAL', [B]],
  ['it-service-management', 'IT-servicemanagement (ITIL)', 'IT service management (ITIL)', 'DIGITAL', [B]],
  ['data-analysis', 'Data-analyse', 'Data analysis', 'DIGITAL', [B, L]],
  ['data-engineering', 'Data-engineering en datapijplijnen', 'Data engineering', 'DIGITAL', [B]],
  ['business-intelligence', 'Business intelligence en dashboards', 'Business intelligence and reporting', 'DIGITAL', [B, L]],
  ['machine-learning', 'Machine learning en AI', 'Machine learning and AI', 'DIGITAL', [B]],
  ['databases-sql', 'Databases en SQL', 'Databases and SQL', 'DIGITAL', [B]],
  ['python-programming', 'Programmeren in Python', 'Python programming', 'DIGITAL', [B]],
  ['ux-design', 'UX- en interactieontwerp', 'UX and interaction design', 'DIGITAL', [B]],
  ['test-automation', 'Testautomatisering', 'Test automation', 'DIGITAL', [B]],
  ['erp-systems', 'ERP-systemen (o.a. SAP)', 'ERP systems (e.g. SAP)', 'DIGITAL', [L, B]],
  ['warehouse-management-systems', 'Warehousemanagementsystemen (WMS)', 'Warehouse management systems (WMS)', 'DIGITAL', [L]],
  ['supply-chain-analytics', 'Ketenanalyse en vraagvoorspelling', 'Supply chain analytics and demand forecasting', 'DIGITAL', [L]],
  ['edi-integration', 'EDI en digitale ketenintegratie', 'EDI and supply chain integration', 'DIGITAL', [L]],
  ['iot-sensors', 'IoT en sensortechnologie', 'IoT and sensor technology', 'DIGITAL', [L, B]],
  ['data-driven-cultivation', 'Datagedreven telen', 'Data-driven crop management', 'DIGITAL', [L]],
  ['digital-marketing', 'Online marketing', 'Digital marketing', 'DIGITAL', [B]],
  ['e-commerce', 'E-commerce en webwinkelbeheer', 'E-commerce operations', 'DIGITAL', [L, B]],
  ['payments-fintech', 'Betaalsystemen en fintech', 'Payments and fintech', 'DIGITAL', [B]],
  ['data-protection-gdpr', 'Privacy en AVG-naleving', 'Data protection and GDPR compliance', 'DIGITAL', [B]],
  ['process-automation-low-code', 'Procesautomatisering (RPA) en low-code', 'Robotic process automation and low-code', 'DIGITAL', [B]],
  ['gis-geodata', 'GIS en geodata', 'GIS and geospatial data', 'DIGITAL', [L, B, O]],
  ['basic-digital-skills', 'Digitale basisvaardigheden', 'Basic digital literacy', 'DIGITAL', [L, B, O]],

  // Sustainable
  ['circular-economy', 'Circulaire economie', 'Circular economy', 'SUSTAINABLE', [L, B, O]],
  ['circular-design', 'Circulair ontwerpen', 'Design for circularity', 'SUSTAINABLE', [L, O]],
  ['energy-transition', 'Energietransitie', 'Energy transition', 'SUSTAINABLE', [L, B, O]],
  ['heat-pumps', 'Warmtepompen installeren en onderhouden', 'Heat pump installation and servicing', 'SUSTAINABLE', [O, L]],
  ['solar-pv', 'Zonnepanelen en PV-installaties', 'Solar PV systems', 'SUSTAINABLE', [O, L]],
  ['energy-storage', 'Energieopslag en batterijsystemen', 'Energy storage and battery systems', 'SUSTAINABLE', [L, O]],
  ['smart-grids', 'Slimme netten en netcongestie', 'Smart grids and grid congestion management', 'SUSTAINABLE', [L, O]],
  ['geothermal-heat-networks', 'Aardwarmte en warmtenetten', 'Geothermal energy and district heating', 'SUSTAINABLE', [L, O]],
  ['energy-efficient-cultivation', 'Energiezuinig telen (Het Nieuwe Telen)', 'Energy-efficient greenhouse growing', 'SUSTAINABLE', [L]],
  ['co2-reporting', 'CO2-rapportage en carbon accounting', 'Carbon accounting and emissions reporting', 'SUSTAINABLE', [B, L]],
  ['csrd-esg-reporting', 'Duurzaamheidsrapportage (CSRD/ESG)', 'Sustainability reporting (CSRD/ESG)', 'SUSTAINABLE', [B]],
  ['sustainable-supply-chain-management', 'Duurzaam ketenbeheer', 'Sustainable supply chain management', 'SUSTAINABLE', [L]],
  ['green-logistics', 'Zero-emissie stadslogistiek', 'Green logistics and zero-emission city distribution', 'SUSTAINABLE', [L]],
  ['electric-mobility', 'Elektrisch vervoer en laadinfrastructuur', 'Electric mobility and charging infrastructure', 'SUSTAINABLE', [L, O]],
  ['sustainable-aviation', 'Verduurzaming van de luchtvaart', 'Sustainable aviation and SAF', 'SUSTAINABLE', [L]],
  ['life-cycle-assessment', 'Levenscyclusanalyse (LCA)', 'Life cycle assessment (LCA)', 'SUSTAINABLE', [L, B, O]],
  ['waste-recycling', 'Afvalbeheer en recycling', 'Waste management and recycling', 'SUSTAINABLE', [O, L]],
  ['sustainable-construction', 'Duurzaam bouwen en renoveren', 'Sustainable construction and retrofit', 'SUSTAINABLE', [O]],
  ['building-energy-efficiency', 'Energiebesparing in gebouwen', 'Building energy efficiency', 'SUSTAINABLE', [O, B]],
  ['horticultural-water-management', 'Waterbeheer en waterrecirculatie in de teelt', 'Water management and recirculation in horticulture', 'SUSTAINABLE', [L]],
  ['integrated-pest-management', 'Geïntegreerde en biologische gewasbescherming', 'Integrated pest management and biocontrol', 'SUSTAINABLE', [L]],
  ['biobased-materials', 'Biobased materialen', 'Bio-based materials', 'SUSTAINABLE', [O, L]],
  ['sustainable-packaging', 'Duurzame verpakkingen', 'Sustainable packaging', 'SUSTAINABLE', [L]],
  ['sustainable-finance', 'Duurzaam financieren en beleggen', 'Sustainable finance and ESG investing', 'SUSTAINABLE', [B]],
  ['climate-adaptation', 'Klimaatadaptatie', 'Climate adaptation', 'SUSTAINABLE', [O]],

  // Technical
  ['mechatronics', 'Mechatronica', 'Mechatronics', 'TECHNICAL', [L, O]],
  ['plc-programming', 'PLC-programmeren', 'PLC programming', 'TECHNICAL', [L]],
  ['industrial-automation', 'Industriële automatisering', 'Industrial automation', 'TECHNICAL', [L]],
  ['robotics', 'Robotica', 'Robotics', 'TECHNICAL', [L]],
  ['instrumentation-control', 'Meet- en regeltechniek', 'Instrumentation and control engineering', 'TECHNICAL', [L, O]],
  ['hydraulics-pneumatics', 'Hydrauliek en pneumatiek', 'Hydraulics and pneumatics', 'TECHNICAL', [L]],
  ['electrical-installation', 'Elektrotechnische installaties', 'Electrical installation', 'TECHNICAL', [O, L]],
  ['preventive-maintenance', 'Preventief en voorspellend onderhoud', 'Preventive and predictive maintenance', 'TECHNICAL', [L, O]],
  ['welding', 'Lassen', 'Welding', 'TECHNICAL', [O, L]],
  ['cnc-machining', 'Verspanen en CNC-bediening', 'CNC machining', 'TECHNICAL', [L, O]],
  ['hvac', 'Klimaat- en luchtbehandelingstechniek', 'HVAC engineering', 'TECHNICAL', [O]],
  ['building-automation', 'Gebouwautomatisering en gebouwbeheersystemen', 'Building automation and BMS', 'TECHNICAL', [O, B]],
  ['technical-drawing-cad', 'Technisch tekenen en CAD', 'Technical drawing and CAD', 'TECHNICAL', [O, L]],
  ['carpentry', 'Timmeren en bouwkundig werk', 'Carpentry', 'TECHNICAL', [O]],
  ['aircraft-maintenance', 'Vliegtuigonderhoud', 'Aircraft maintenance', 'TECHNICAL', [L]],
  ['avionics', 'Avionica', 'Avionics', 'TECHNICAL', [L]],
  ['drone-operations', 'Dronevliegen en inspecties met drones', 'Drone operations and aerial inspection', 'TECHNICAL', [L, O]],
  ['vehicle-maintenance', 'Voertuigonderhoud en mobiliteitstechniek', 'Vehicle maintenance', 'TECHNICAL', [L]],
  ['ev-high-voltage-systems', 'Hoogvoltsystemen in elektrische voertuigen', 'High-voltage EV systems', 'TECHNICAL', [L]],
  ['forklift-operation', 'Heftruck- en reachtruckrijden', 'Forklift and reach truck operation', 'TECHNICAL', [L]],
  ['conveyor-sorting-systems', 'Transport- en sorteersystemen', 'Conveyor and sorting systems', 'TECHNICAL', [L]],
  ['refrigeration-cold-chain', 'Koeltechniek en koelketen', 'Refrigeration and cold chain technology', 'TECHNICAL', [L]],
  ['greenhouse-cultivation', 'Glastuinbouw en teelttechniek', 'Greenhouse cultivation', 'TECHNICAL', [L]],
  ['floriculture', 'Sierteelt (snijbloemen en potplanten)', 'Floriculture (cut flowers and pot plants)', 'TECHNICAL', [L]],
  ['greenhouse-climate-control', 'Kasklimaatregeling', 'Greenhouse climate control', 'TECHNICAL', [L]],
  ['led-grow-lighting', 'LED-groeilicht en assimilatiebelichting', 'LED grow lighting', 'TECHNICAL', [L]],
  ['hydroponics-fertigation', 'Substraatteelt en fertigatie', 'Hydroponics and fertigation', 'TECHNICAL', [L]],
  ['greenhouse-construction', 'Kassenbouw', 'Greenhouse construction', 'TECHNICAL', [L]],
  ['data-centre-infrastructure', 'Datacenterinfrastructuur', 'Data centre infrastructure', 'TECHNICAL', [B]],
  ['fibre-optic-cabling', 'Glasvezel- en netwerkbekabeling', 'Fibre optic and structured cabling', 'TECHNICAL', [B, O]],

  // Other
  ['project-management', 'Projectmanagement', 'Project management', 'OTHER', [L, B, O]],
  ['agile-scrum', 'Agile werken en Scrum', 'Agile and Scrum', 'OTHER', [B]],
  ['lean-six-sigma', 'Lean en Six Sigma', 'Lean Six Sigma process improvement', 'OTHER', [L, B]],
  ['leadership-coaching', 'Leidinggeven en coachen', 'Leadership and coaching', 'OTHER', [L, B, O]],
  ['mentoring-interns', 'Begeleiden van stagiairs (praktijkopleider)', 'Mentoring interns and apprentices', 'OTHER', [L, B, O]],
  ['dutch-language', 'Nederlands als tweede taal (NT2)', 'Dutch as a second language', 'OTHER', [L, B, O]],
  ['business-english', 'Zakelijk Engels', 'Business English', 'OTHER', [L, B, O]],
  ['customer-service', 'Klantcontact en klantenservice', 'Customer service', 'OTHER', [L, B, O]],
  ['sales-account-management', 'Verkoop en accountmanagement', 'Sales and account management', 'OTHER', [L, B]],
  ['hospitality', 'Gastvrijheid en gastheerschap', 'Hospitality and guest relations', 'OTHER', [O]],
  ['care-support', 'Zorg en welzijn', 'Care and support work', 'OTHER', [O]],
  ['workplace-safety-vca', 'Veilig werken (VCA)', 'Workplace safety (VCA certified)', 'OTHER', [L, O]],
  ['supply-chain-planning', 'Ketenplanning', 'Supply chain planning', 'OTHER', [L]],
  ['warehouse-operations', 'Magazijnwerk en orderpicking', 'Warehouse operations and order picking', 'OTHER', [L]],
  ['inventory-management', 'Voorraadbeheer', 'Inventory management', 'OTHER', [L]],
  ['transport-planning', 'Transportplanning en routeoptimalisatie', 'Transport planning and route optimisation', 'OTHER', [L]],
  ['freight-forwarding', 'Expeditie en vrachtbemiddeling', 'Freight forwarding', 'OTHER', [L]],
  ['customs-compliance', 'Douanewetgeving en douaneaangiften', 'Customs compliance and declarations', 'OTHER', [L]],
  ['air-cargo-handling', 'Luchtvrachtafhandeling', 'Air cargo handling', 'OTHER', [L]],
  ['dangerous-goods', 'Vervoer van gevaarlijke stoffen (ADR/IATA DGR)', 'Dangerous goods handling (ADR/IATA DGR)', 'OTHER', [L]],
  ['aircraft-ground-handling', 'Platformafhandeling van vliegtuigen', 'Aircraft ground handling', 'OTHER', [L]],
  ['aviation-security', 'Beveiliging in de luchtvaart', 'Aviation security', 'OTHER', [L]],
  ['international-trade', 'Internationale handel en Incoterms', 'International trade and Incoterms', 'OTHER', [L]],
  ['procurement', 'Inkoop en contractbeheer', 'Procurement and contract management', 'OTHER', [L, B]],
  ['flower-plant-trade', 'Bloemen- en plantenhandel', 'Flower and plant trade', 'OTHER', [L]],
  ['flower-auction-logistics', 'Veilinglogistiek en sierteeltdistributie', 'Flower auction logistics and distribution', 'OTHER', [L]],
  ['plant-health', 'Plantgezondheid en gewasdiagnose', 'Plant health and crop diagnostics', 'OTHER', [L]],
  ['bookkeeping', 'Boekhouden en financiële administratie', 'Bookkeeping and accounting', 'OTHER', [B]],
  ['financial-control', 'Financial control en rapportage', 'Financial control and reporting', 'OTHER', [B]],
  ['audit', 'Accountantscontrole en interne controle', 'Audit and internal control', 'OTHER', [B]],
  ['tax-advisory', 'Fiscaal advies', 'Tax advisory', 'OTHER', [B]],
  ['risk-compliance', 'Risicomanagement en compliance', 'Risk management and compliance', 'OTHER', [B]],
  ['insurance-claims', 'Verzekeringen en schadebehandeling', 'Insurance and claims handling', 'OTHER', [B]],
  ['recruitment', 'Werving en selectie', 'Recruitment and selection', 'OTHER', [B, L, O]],
];

export class CreateReferenceData1764547200000 implements MigrationInterface {
  name = 'CreateReferenceData1764547200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE transit_mode AS ENUM ('BUS','TRAM','METRO','TRAIN','INTERCITY')`,
    );
    await queryRunner.query(
      `CREATE TYPE skill_category AS ENUM ('DIGITAL','SUSTAINABLE','TECHNICAL','OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE ecosystem AS ENUM ('LOGISTICS_TRADE','BUSINESS_FINANCE_ICT','OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE education_level AS ENUM ('MBO_1','MBO_2','MBO_3','MBO_4','ASSOCIATE_DEGREE','HBO_BACHELOR','WO_BACHELOR','WO_MASTER')`,
    );
    await queryRunner.query(`CREATE TYPE education_level_family AS ENUM ('MBO','HBO','WO')`);

    await queryRunner.query(`
      CREATE TABLE municipality (
        code varchar(6) PRIMARY KEY CONSTRAINT municipality_code_format CHECK (code ~ '^GM[0-9]{4}$'),
        name text NOT NULL UNIQUE,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        transit_modes transit_mode[] NOT NULL,
        stations text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ecosystem_reference (
        code ecosystem PRIMARY KEY,
        name_nl text NOT NULL,
        name_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE education_level_reference (
        code education_level PRIMARY KEY,
        family education_level_family NOT NULL,
        rank smallint NOT NULL UNIQUE CHECK (rank >= 0),
        name_nl text NOT NULL,
        name_en text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE skill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL UNIQUE CONSTRAINT skill_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        label_nl text NOT NULL,
        label_en text NOT NULL,
        category skill_category NOT NULL,
        ecosystems ecosystem[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX skill_category_idx ON skill (category)`);

    await insertRows(
      queryRunner,
      'municipality',
      ['code', 'name', 'latitude', 'longitude', 'transit_modes', 'stations'],
      ['', '', '::double precision', '::double precision', '::transit_mode[]', '::text[]'],
      MUNICIPALITIES.map(([code, name, lat, lon, modes, stations]) => [
        code,
        name,
        lat,
        lon,
        arrayLiteral(modes),
        arrayLiteral(stations),
      ]),
    );
    await insertRows(
      queryRunner,
      'ecosystem_reference',
      ['code', 'name_nl', 'name_en'],
      ['::ecosystem', '', ''],
      ECOSYSTEMS,
    );
    await insertRows(
      queryRunner,
      'education_level_reference',
      ['code', 'family', 'rank', 'name_nl', 'name_en'],
      ['::education_level', '::education_level_family', '::smallint', '', ''],
      EDUCATION_LEVELS,
    );
    await insertRows(
      queryRunner,
      'skill',
      ['code', 'label_nl', 'label_en', 'category', 'ecosystems'],
      ['', '', '', '::skill_category', '::ecosystem[]'],
      SKILLS.map(([code, nl, en, category, ecosystems]) => [
        code,
        nl,
        en,
        category,
        arrayLiteral(ecosystems),
      ]),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX skill_category_idx`);
    await queryRunner.query(`DROP TABLE skill`);
    await queryRunner.query(`DROP TABLE education_level_reference`);
    await queryRunner.query(`DROP TABLE ecosystem_reference`);
    await queryRunner.query(`DROP TABLE municipality`);
    await queryRunner.query(`DROP TYPE education_level_family`);
    await queryRunner.query(`DROP TYPE education_level`);
    await queryRunner.query(`DROP TYPE ecosystem`);
    await queryRunner.query(`DROP TYPE skill_category`);
    await queryRunner.query(`DROP TYPE transit_mode`);
  }
}
