import {
  EducationLevel,
  MinorKind,
  PartnerRole,
  PartnershipStatus,
  Theme,
} from '@knooppunt/domain';

/** Invented minors, challenges and partnerships of the demo organisations. Demo seed only. */

export interface DemoMinor {
  school: string;
  kind: MinorKind;
  title: string;
  description: string;
  level: EducationLevel;
  credits: number;
  capacity: number;
  startDate: string;
  endDate: string;
  themes: Theme[];
  skills: string[];
  slots: Partial<Record<PartnerRole, number>>;
}

export interface DemoChallenge {
  organisation: string;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  teamSizeMin: number;
  teamSizeMax: number;
  themes: Theme[];
  skills: string[];
}

export interface DemoPartnership {
  /** A company filling a minor's slot in this role, or a minor taking on a challenge. */
  minor: string;
  company?: string;
  role?: PartnerRole;
  challenge?: string;
  status: PartnershipStatus;
  message: string;
  responseMessage?: string;
}

const { MINOR, RETRAINING, MASTERCLASS } = MinorKind;
const { GUEST_LECTURE, CASE, COMPANY_VISIT, INTERNSHIP_PLACES } = PartnerRole;
const SPRING: [string, string] = ['2027-02-01', '2027-06-30'];
const AUTUMN: [string, string] = ['2027-09-01', '2028-01-31'];

const minor = (
  school: string,
  kind: MinorKind,
  title: string,
  description: string,
  level: EducationLevel,
  [startDate, endDate]: [string, string],
  details: Pick<DemoMinor, 'credits' | 'capacity' | 'themes' | 'skills' | 'slots'>,
): DemoMinor => ({ school, kind, title, description, level, startDate, endDate, ...details });

export const DEMO_MINORS: DemoMinor[] = [
  minor(
    'Ketenacademie Hogeschool Hoofddorp',
    MINOR,
    'Duurzaam ketenbeheer',
    'Studenten herontwerpen echte aanvoerketens van Schiphol en de Greenport: minder CO2, minder verspilling, meer hergebruik.',
    EducationLevel.HBO_BACHELOR,
    SPRING,
    {
      credits: 30,
      capacity: 40,
      themes: [Theme.SUSTAINABILITY, Theme.LOGISTICS],
      skills: [
        'sustainable-supply-chain-management',
        'green-logistics',
        'co2-reporting',
        'supply-chain-analytics',
      ],
      slots: { [GUEST_LECTURE]: 3, [CASE]: 2, [COMPANY_VISIT]: 2 },
    },
  ),
  minor(
    'Ketenacademie Hogeschool Hoofddorp',
    MINOR,
    'Luchtvracht en douane in de praktijk',
    'Van vrachtbrief tot douaneaangifte: studenten lopen mee met afhandelaars en expediteurs rond de luchthaven.',
    EducationLevel.HBO_BACHELOR,
    AUTUMN,
    {
      credits: 30,
      capacity: 30,
      themes: [Theme.LOGISTICS, Theme.AVIATION],
      skills: ['air-cargo-handling', 'customs-compliance', 'freight-forwarding', 'dangerous-goods'],
      slots: { [GUEST_LECTURE]: 2, [INTERNSHIP_PLACES]: 5 },
    },
  ),
  minor(
    'Hogeschool Meerstroom',
    MINOR,
    'Data-gedreven telen',
    'Sensoren, klimaatcomputers en dashboards: studenten helpen telers sturen op data in plaats van gevoel.',
    EducationLevel.HBO_BACHELOR,
    SPRING,
    {
      credits: 30,
      capacity: 35,
      themes: [Theme.HORTICULTURE, Theme.DIGITAL],
      skills: [
        'data-driven-cultivation',
        'iot-sensors',
        'data-analysis',
        'greenhouse-climate-control',
      ],
      slots: { [CASE]: 3, [COMPANY_VISIT]: 2 },
    },
  ),
  minor(
    'Hogeschool Meerstroom',
    MINOR,
    'Cybersecurity voor het mkb',
    'Studententeams doen een beveiligingsscan bij regionale bedrijven en adviseren over maatregelen.',
    EducationLevel.HBO_BACHELOR,
    AUTUMN,
    {
      credits: 30,
      capacity: 25,
      themes: [Theme.DIGITAL],
      skills: ['cybersecurity', 'data-protection-gdpr', 'network-administration'],
      slots: { [GUEST_LECTURE]: 2, [CASE]: 4 },
    },
  ),
  minor(
    'Universiteit Amstelland',
    MINOR,
    'Energietransitie in de regio',
    'Warmtenetten, zonnevelden en netcongestie: een interdisciplinaire minor met gemeenten en netbedrijven.',
    EducationLevel.WO_BACHELOR,
    SPRING,
    {
      credits: 30,
      capacity: 45,
      themes: [Theme.SUSTAINABILITY, Theme.TECHNICAL],
      skills: [
        'energy-transition',
        'smart-grids',
        'geothermal-heat-networks',
        'climate-adaptation',
      ],
      slots: { [GUEST_LECTURE]: 4, [CASE]: 2 },
    },
  ),
  minor(
    'Universiteit Amstelland',
    MINOR,
    'Duurzame financiering en rapportage',
    'CSRD, ESG-data en groene leningen: studenten werken aan rapportagevragen van accountants en banken.',
    EducationLevel.WO_BACHELOR,
    AUTUMN,
    {
      credits: 15,
      capacity: 30,
      themes: [Theme.FINANCE, Theme.SUSTAINABILITY],
      skills: ['csrd-esg-reporting', 'sustainable-finance', 'audit'],
      slots: { [GUEST_LECTURE]: 2, [CASE]: 1 },
    },
  ),
  minor(
    'Omscholingshuis Logistiek Vennep',
    RETRAINING,
    'Omscholing tot warehouse-specialist',
    'Een half jaar leren en werken voor zij-instromers: WMS, voorraadbeheer, heftruckcertificaat en veiligheid.',
    EducationLevel.MBO_3,
    SPRING,
    {
      credits: 0,
      capacity: 20,
      themes: [Theme.LOGISTICS],
      skills: [
        'warehouse-management-systems',
        'inventory-management',
        'forklift-operation',
        'workplace-safety-vca',
      ],
      slots: { [INTERNSHIP_PLACES]: 8, [COMPANY_VISIT]: 2 },
    },
  ),
  minor(
    'Codewerf Omscholing',
    RETRAINING,
    'Omscholing tot cloud engineer',
    'Van andere sector naar de cloud: Linux, netwerken, infrastructuur als code en een leerwerkplek.',
    EducationLevel.ASSOCIATE_DEGREE,
    AUTUMN,
    {
      credits: 0,
      capacity: 16,
      themes: [Theme.DIGITAL],
      skills: ['cloud-computing', 'devops', 'system-administration'],
      slots: { [INTERNSHIP_PLACES]: 6, [GUEST_LECTURE]: 2 },
    },
  ),
  minor(
    'Warmtewerk Opleidingen',
    RETRAINING,
    'Omscholing tot warmtepompmonteur',
    'Installateurs en zij-instromers leren warmtepompen plaatsen, inregelen en onderhouden.',
    EducationLevel.MBO_4,
    SPRING,
    {
      credits: 0,
      capacity: 18,
      themes: [Theme.SUSTAINABILITY, Theme.TECHNICAL],
      skills: ['heat-pumps', 'hvac', 'electrical-installation'],
      slots: { [INTERNSHIP_PLACES]: 6, [COMPANY_VISIT]: 1 },
    },
  ),
  minor(
    'Groencollege Westeinder',
    MASTERCLASS,
    'Masterclass kasautomatisering',
    'Vier avonden over klimaatcomputers, led-belichting en sensoren voor teeltmedewerkers en docenten.',
    EducationLevel.MBO_4,
    ['2027-03-01', '2027-03-31'],
    {
      credits: 0,
      capacity: 24,
      themes: [Theme.HORTICULTURE, Theme.TECHNICAL],
      skills: ['greenhouse-climate-control', 'led-grow-lighting', 'iot-sensors'],
      slots: { [GUEST_LECTURE]: 3, [COMPANY_VISIT]: 2 },
    },
  ),
  minor(
    'Groencollege Westeinder',
    MINOR,
    'Keuzedeel duurzame sierteelt',
    'Studenten onderzoeken water, gewasbescherming en energie bij kwekerijen rond de Westeinder.',
    EducationLevel.MBO_4,
    AUTUMN,
    {
      credits: 0,
      capacity: 30,
      themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY],
      skills: ['horticultural-water-management', 'integrated-pest-management', 'floriculture'],
      slots: { [CASE]: 2, [INTERNSHIP_PLACES]: 6 },
    },
  ),
  minor(
    'Techniekcollege Zijdelmeer',
    MASTERCLASS,
    'Masterclass robotica in de logistiek',
    'Sorteerlijnen, cobots en PLC’s: een praktijkgerichte masterclass met bedrijven uit de regio.',
    EducationLevel.MBO_4,
    ['2027-10-01', '2027-11-30'],
    {
      credits: 0,
      capacity: 20,
      themes: [Theme.TECHNICAL, Theme.LOGISTICS],
      skills: ['robotics', 'plc-programming', 'conveyor-sorting-systems'],
      slots: { [GUEST_LECTURE]: 2, [COMPANY_VISIT]: 2 },
    },
  ),
];

const challenge = (
  organisation: string,
  title: string,
  description: string,
  [startDate, endDate]: [string, string],
  details: Pick<DemoChallenge, 'teamSizeMin' | 'teamSizeMax' | 'themes' | 'skills'>,
): DemoChallenge => ({ organisation, title, description, startDate, endDate, ...details });

export const DEMO_CHALLENGES: DemoChallenge[] = [
  challenge(
    'Stille Wielen Stadslogistiek',
    'Hoe maken we de laatste kilometer in Diemen emissievrij?',
    'We bezorgen met elektrische bakfietsen en busjes. Welke hubs, routes en venstertijden maken de hele stad emissievrij?',
    SPRING,
    {
      teamSizeMin: 3,
      teamSizeMax: 6,
      themes: [Theme.SUSTAINABILITY, Theme.LOGISTICS],
      skills: ['green-logistics', 'transport-planning', 'electric-mobility'],
    },
  ),
  challenge(
    'Polderkoel Distributie',
    'Minder energie voor de koelcel zonder kwaliteitsverlies',
    'Onze koelcellen voor bloemen en groente draaien dag en nacht. Waar besparen we zonder dat de houdbaarheid lijdt?',
    AUTUMN,
    {
      teamSizeMin: 2,
      teamSizeMax: 5,
      themes: [Theme.SUSTAINABILITY, Theme.LOGISTICS],
      skills: ['refrigeration-cold-chain', 'energy-storage', 'data-analysis'],
    },
  ),
  challenge(
    'Bloemenhof Kwekerij De Lange Tuin',
    'Gietwater hergebruiken in de kas',
    'We willen drainwater volledig hergebruiken. Welke zuivering en sturing past bij een middelgrote kwekerij?',
    SPRING,
    {
      teamSizeMin: 3,
      teamSizeMax: 5,
      themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY],
      skills: ['horticultural-water-management', 'hydroponics-fertigation'],
    },
  ),
  challenge(
    'Kasklimaat Techniek Meerzicht',
    'Een klimaatdashboard dat telers echt gebruiken',
    'Telers negeren de meeste grafieken. Ontwerp met hen een dashboard dat tot betere beslissingen leidt.',
    AUTUMN,
    {
      teamSizeMin: 3,
      teamSizeMax: 6,
      themes: [Theme.HORTICULTURE, Theme.DIGITAL],
      skills: ['ux-design', 'data-driven-cultivation', 'web-development'],
    },
  ),
  challenge(
    'Vrachtknoop Luchtvrachtafhandeling',
    'Sneller door de douane met betere data',
    'Zendingen wachten op ontbrekende gegevens. Hoe krijgen we de data compleet vóór de vlucht landt?',
    SPRING,
    {
      teamSizeMin: 2,
      teamSizeMax: 4,
      themes: [Theme.LOGISTICS, Theme.DIGITAL],
      skills: ['customs-compliance', 'edi-integration', 'data-engineering'],
    },
  ),
  challenge(
    'Datadijk Analytics',
    'Voorspel de drukte op de A4 voor bedrijfsplanners',
    'Kunnen open verkeersdata en weerberichten planners van transportbedrijven helpen files te ontlopen?',
    AUTUMN,
    {
      teamSizeMin: 2,
      teamSizeMax: 4,
      themes: [Theme.DIGITAL],
      skills: ['machine-learning', 'python-programming', 'data-analysis'],
    },
  ),
  challenge(
    'Grootboek & Partners Accountants',
    'CSRD-rapportage voor kleine klanten',
    'Onze mkb-klanten krijgen vragen over duurzaamheid van hun afnemers. Hoe maken we rapporteren eenvoudig?',
    AUTUMN,
    {
      teamSizeMin: 2,
      teamSizeMax: 4,
      themes: [Theme.FINANCE, Theme.SUSTAINABILITY],
      skills: ['csrd-esg-reporting', 'bookkeeping'],
    },
  ),
  challenge(
    'Gemeente Haarlemmermeer — Programma Economie en Werk',
    'Meer stageplaatsen bij kleine bedrijven in de polder',
    'Veel mkb-bedrijven bieden geen stage aan. Wat houdt hen tegen en wat zou helpen?',
    SPRING,
    {
      teamSizeMin: 3,
      teamSizeMax: 6,
      themes: [Theme.LOGISTICS, Theme.HORTICULTURE],
      skills: ['project-management', 'mentoring-interns'],
    },
  ),
  challenge(
    'Gemeente Diemen — Afdeling Werk en Economie',
    'Netcongestie op bedrijventerrein Verrijn Stuart',
    'Bedrijven kunnen niet verder elektrificeren door een vol net. Welke lokale opslag en afspraken helpen?',
    AUTUMN,
    {
      teamSizeMin: 3,
      teamSizeMax: 6,
      themes: [Theme.SUSTAINABILITY, Theme.TECHNICAL],
      skills: ['smart-grids', 'energy-storage', 'energy-transition'],
    },
  ),
  challenge(
    'Gemeente Aalsmeer — Economische Zaken',
    'Veilig fietsen naar de kassen',
    'Scholieren en arbeidsmigranten fietsen langs drukke wegen naar hun werk. Waar kan het veiliger en slimmer?',
    SPRING,
    {
      teamSizeMin: 2,
      teamSizeMax: 5,
      themes: [Theme.HORTICULTURE],
      skills: ['gis-geodata', 'climate-adaptation'],
    },
  ),
];

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    minor: 'Masterclass kasautomatisering',
    company: 'Bloemenhof Kwekerij De Lange Tuin',
    role: COMPANY_VISIT,
    status: PartnershipStatus.PROPOSED,
    message: 'Jullie deelnemers zijn welkom in onze nieuwe kas met led-belichting.',
  },
  {
    minor: 'Masterclass kasautomatisering',
    company: 'Kasklimaat Techniek Meerzicht',
    role: GUEST_LECTURE,
    status: PartnershipStatus.ACCEPTED,
    message: 'Onze klimaatadviseur vertelt graag over sturen op plantbalans.',
    responseMessage: 'Graag! We plannen de tweede avond voor jullie in.',
  },
  {
    minor: 'Duurzaam ketenbeheer',
    company: 'Stille Wielen Stadslogistiek',
    role: CASE,
    status: PartnershipStatus.ACCEPTED,
    message: 'Onze hubstrategie is een mooie casus voor een studententeam.',
    responseMessage: 'Afgesproken: twee teams starten in februari.',
  },
  {
    minor: 'Duurzaam ketenbeheer',
    company: 'Polderkoel Distributie',
    role: GUEST_LECTURE,
    status: PartnershipStatus.PROPOSED,
    message: 'Wij vertellen over de koude keten van kas tot winkel.',
  },
  {
    minor: 'Data-gedreven telen',
    challenge: 'Een klimaatdashboard dat telers echt gebruiken',
    status: PartnershipStatus.ACCEPTED,
    message: 'Twee teams van onze minor willen dit dashboard ontwerpen.',
    responseMessage: 'Mooi, we stellen een teler als opdrachtgever beschikbaar.',
  },
  {
    minor: 'Duurzaam ketenbeheer',
    challenge: 'Hoe maken we de laatste kilometer in Diemen emissievrij?',
    status: PartnershipStatus.PROPOSED,
    message: 'Past precies bij het tweede blok van de minor.',
  },
];
