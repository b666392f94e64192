import { EducationLevel, OrganisationKind, SkillImportance, Theme } from '@knooppunt/domain';
import type { DemoOrganisation } from './demo-organisations';

/** Invented internship needs and cohorts, derived from the demo organisations' themes. Demo seed only. */

interface NeedTemplate {
  title: string;
  fieldOfStudy: string;
  description: string;
  levels: EducationLevel[];
  must: string[];
  nice: string[];
  hours: number;
  compensation: number | null;
}

const { MBO_2, MBO_3, MBO_4, ASSOCIATE_DEGREE, HBO_BACHELOR, WO_BACHELOR, WO_MASTER } =
  EducationLevel;

const NEEDS_BY_THEME: Partial<Record<Theme, NeedTemplate[]>> = {
  [Theme.HORTICULTURE]: [
    {
      title: 'Stagiair teelt en gewasregistratie',
      fieldOfStudy: 'Teelt en tuinbouw',
      description:
        'Meewerken in de kas: gewas volgen, registreren en verbeteren met data uit de klimaatcomputer.',
      levels: [MBO_3, MBO_4],
      must: ['greenhouse-cultivation'],
      nice: ['data-driven-cultivation', 'plant-health'],
      hours: 32,
      compensation: 400,
    },
    {
      title: 'Afstudeerder energiezuinig telen met led',
      fieldOfStudy: 'Tuinbouw en agribusiness',
      description:
        'Onderzoek naar led-belichting en warmtepompen om het gasverbruik van de kas te halveren.',
      levels: [HBO_BACHELOR],
      must: ['led-grow-lighting', 'energy-efficient-cultivation'],
      nice: ['greenhouse-climate-control'],
      hours: 36,
      compensation: 600,
    },
    {
      title: 'Stagiair logistiek naar de veiling',
      fieldOfStudy: 'Logistiek',
      description: 'Orders plannen en karren klaarzetten voor de bloemenveiling en directe export.',
      levels: [MBO_2, MBO_3],
      must: ['flower-auction-logistics'],
      nice: ['warehouse-operations'],
      hours: 32,
      compensation: 350,
    },
  ],
  [Theme.LOGISTICS]: [
    {
      title: 'Stagiair warehouse en voorraadbeheer',
      fieldOfStudy: 'Logistiek',
      description: 'Inslag, opslag en uitslag in een modern magazijn met een WMS.',
      levels: [MBO_3, MBO_4],
      must: ['warehouse-operations'],
      nice: ['warehouse-management-systems', 'forklift-operation'],
      hours: 36,
      compensation: 400,
    },
    {
      title: 'Afstudeeropdracht duurzame ketenregie',
      fieldOfStudy: 'Supply chain management',
      description:
        'Breng de CO2-uitstoot van onze transporten in kaart en ontwerp een groenere planning.',
      levels: [HBO_BACHELOR, WO_MASTER],
      must: ['sustainable-supply-chain-management'],
      nice: ['green-logistics', 'co2-reporting'],
      hours: 36,
      compensation: 650,
    },
    {
      title: 'Stagiair transportplanning',
      fieldOfStudy: 'Logistiek en transport',
      description: 'Ritten plannen voor stadsdistributie met elektrische voertuigen.',
      levels: [MBO_4, ASSOCIATE_DEGREE],
      must: ['transport-planning'],
      nice: ['electric-mobility'],
      hours: 32,
      compensation: 450,
    },
  ],
  [Theme.AVIATION]: [
    {
      title: 'Stagiair luchtvrachtafhandeling',
      fieldOfStudy: 'Luchtvaartlogistiek',
      description:
        'Vracht opbouwen en controleren op de luchthaven, inclusief gevaarlijke stoffen.',
      levels: [MBO_3, MBO_4],
      must: ['air-cargo-handling'],
      nice: ['dangerous-goods', 'aviation-security'],
      hours: 36,
      compensation: 450,
    },
    {
      title: 'Stagiair vliegtuigonderhoud',
      fieldOfStudy: 'Vliegtuigtechniek',
      description:
        'Meewerken aan lijn- en baseonderhoud onder begeleiding van gecertificeerde monteurs.',
      levels: [MBO_4, HBO_BACHELOR],
      must: ['aircraft-maintenance'],
      nice: ['avionics'],
      hours: 40,
      compensation: 500,
    },
  ],
  [Theme.DIGITAL]: [
    {
      title: 'Stagiair softwareontwikkeling',
      fieldOfStudy: 'Software development',
      description: 'Bouwen aan webapplicaties in een scrumteam, met code reviews en tests.',
      levels: [MBO_4, HBO_BACHELOR],
      must: ['software-development'],
      nice: ['web-development', 'test-automation', 'agile-scrum'],
      hours: 36,
      compensation: 550,
    },
    {
      title: 'Afstudeerder data-analyse',
      fieldOfStudy: 'Data science',
      description: 'Dashboards en voorspellende modellen voor onze klanten in de regio.',
      levels: [HBO_BACHELOR, WO_BACHELOR, WO_MASTER],
      must: ['data-analysis'],
      nice: ['python-programming', 'business-intelligence', 'machine-learning'],
      hours: 36,
      compensation: 650,
    },
    {
      title: 'Stagiair cybersecurity',
      fieldOfStudy: 'Cybersecurity',
      description: 'Kwetsbaarheden opsporen en beveiliging van netwerken en cloud verbeteren.',
      levels: [MBO_4, HBO_BACHELOR],
      must: ['cybersecurity'],
      nice: ['network-administration', 'cloud-computing'],
      hours: 36,
      compensation: 550,
    },
  ],
  [Theme.FINANCE]: [
    {
      title: 'Stagiair financiële administratie',
      fieldOfStudy: 'Financieel administratief beheer',
      description: 'Boekhouding, facturatie en maandafsluiting bij een groeiend kantoor.',
      levels: [MBO_4, ASSOCIATE_DEGREE],
      must: ['bookkeeping'],
      nice: ['erp-systems'],
      hours: 32,
      compensation: 450,
    },
    {
      title: 'Afstudeerder duurzaamheidsverslaggeving',
      fieldOfStudy: 'Accountancy',
      description:
        'Help klanten met de CSRD: welke duurzaamheidsgegevens moeten ze rapporteren en hoe?',
      levels: [HBO_BACHELOR, WO_MASTER],
      must: ['csrd-esg-reporting'],
      nice: ['audit', 'sustainable-finance'],
      hours: 36,
      compensation: 650,
    },
  ],
  [Theme.TECHNICAL]: [
    {
      title: 'Stagiair installatietechniek',
      fieldOfStudy: 'Elektrotechniek',
      description: 'Warmtepompen en zonnepanelen installeren en in bedrijf stellen.',
      levels: [MBO_3, MBO_4],
      must: ['electrical-installation', 'heat-pumps'],
      nice: ['solar-pv', 'workplace-safety-vca'],
      hours: 38,
      compensation: 450,
    },
    {
      title: 'Stagiair dronetechniek en inspecties',
      fieldOfStudy: 'Mechatronica',
      description:
        'Inspectievluchten voorbereiden en beelden analyseren voor onderhoud van daken en kassen.',
      levels: [MBO_4, HBO_BACHELOR],
      must: ['drone-operations'],
      nice: ['gis-geodata', 'mechatronics'],
      hours: 32,
      compensation: 500,
    },
  ],
  [Theme.SUSTAINABILITY]: [
    {
      title: 'Afstudeerder circulaire bedrijfsvoering',
      fieldOfStudy: 'Bedrijfskunde',
      description: 'Ontwerp een circulair verdienmodel voor verpakkingen en restromen.',
      levels: [HBO_BACHELOR, WO_MASTER],
      must: ['circular-economy'],
      nice: ['sustainable-packaging', 'life-cycle-assessment'],
      hours: 36,
      compensation: 600,
    },
  ],
  [Theme.HOSPITALITY]: [
    {
      title: 'Stagiair front office en evenementen',
      fieldOfStudy: 'Hospitality',
      description: 'Gasten ontvangen en congressen organiseren in twee talen.',
      levels: [MBO_3, MBO_4, HBO_BACHELOR],
      must: ['hospitality'],
      nice: ['business-english', 'customer-service'],
      hours: 36,
      compensation: 400,
    },
  ],
  [Theme.CARE]: [
    {
      title: 'Stagiair zorg en welzijn',
      fieldOfStudy: 'Verzorgende IG',
      description: 'Meewerken in de wijkzorg en de dagbesteding.',
      levels: [MBO_3, MBO_4],
      must: ['care-support'],
      nice: ['dutch-language'],
      hours: 32,
      compensation: 350,
    },
  ],
};

interface CohortTemplate {
  programmeName: string;
  programmeCode: string;
  description: string;
  level: EducationLevel;
  skills: string[];
  students: number;
}

const COHORTS_BY_KIND: Partial<Record<OrganisationKind, CohortTemplate[]>> = {
  [OrganisationKind.SCHOOL_MBO]: [
    {
      programmeName: 'Medewerker logistiek',
      programmeCode: '25183',
      description: 'Studenten die magazijnen, heftrucks en luchtvracht leren kennen.',
      level: MBO_3,
      skills: ['warehouse-operations', 'forklift-operation', 'inventory-management'],
      students: 18,
    },
    {
      programmeName: 'Vakexpert teelt en techniek',
      programmeCode: '25990',
      description: 'Teelt onder glas met aandacht voor klimaat en energie.',
      level: MBO_4,
      skills: ['greenhouse-cultivation', 'greenhouse-climate-control', 'plant-health'],
      students: 12,
    },
    {
      programmeName: 'Software developer',
      programmeCode: '25998',
      description: 'Webontwikkeling, databases en testen in projecten voor echte opdrachtgevers.',
      level: MBO_4,
      skills: ['software-development', 'web-development', 'databases-sql'],
      students: 22,
    },
    {
      programmeName: 'Eerste monteur elektrotechnische installaties',
      programmeCode: '25411',
      description: 'Installaties voor woningen en bedrijven, warmtepompen en zonnepanelen.',
      level: MBO_3,
      skills: ['electrical-installation', 'solar-pv', 'workplace-safety-vca'],
      students: 14,
    },
  ],
  [OrganisationKind.SCHOOL_HBO]: [
    {
      programmeName: 'Logistics Management',
      programmeCode: '34407',
      description: 'Ketenregie, inkoop en duurzame logistiek; afstudeerders zoeken praktijkvragen.',
      level: HBO_BACHELOR,
      skills: ['supply-chain-planning', 'sustainable-supply-chain-management', 'procurement'],
      students: 20,
    },
    {
      programmeName: 'HBO-ICT',
      programmeCode: '30020',
      description: 'Software engineering, data en security; stage in het derde jaar.',
      level: HBO_BACHELOR,
      skills: ['software-development', 'data-analysis', 'cybersecurity'],
      students: 30,
    },
    {
      programmeName: 'Tuinbouw en agribusiness',
      programmeCode: '34278',
      description: 'Innovatie in de kas: energie, data en teelt.',
      level: HBO_BACHELOR,
      skills: ['energy-efficient-cultivation', 'data-driven-cultivation', 'greenhouse-cultivation'],
      students: 10,
    },
  ],
  [OrganisationKind.UNIVERSITY]: [
    {
      programmeName: 'MSc Supply Chain Management',
      programmeCode: '60453',
      description: 'Masterstudenten met een scriptie over duurzame of digitale ketens.',
      level: WO_MASTER,
      skills: ['supply-chain-analytics', 'sustainable-supply-chain-management', 'data-analysis'],
      students: 8,
    },
    {
      programmeName: 'BSc Econometrie en Data Science',
      programmeCode: '56833',
      description: 'Kwantitatieve modellen, machine learning en optimalisatie.',
      level: WO_BACHELOR,
      skills: ['machine-learning', 'python-programming', 'data-analysis'],
      students: 9,
    },
  ],
  [OrganisationKind.TRAINING_PROVIDER]: [
    {
      programmeName: 'Omscholing tot warmtepompmonteur',
      programmeCode: '25408',
      description: 'Zij-instromers die in een half jaar leren installeren en onderhouden.',
      level: MBO_3,
      skills: ['heat-pumps', 'hvac', 'electrical-installation'],
      students: 10,
    },
    {
      programmeName: 'Omscholing tot data-analist',
      programmeCode: '25604',
      description: 'Volwassenen uit logistiek en administratie die de stap naar data maken.',
      level: MBO_4,
      skills: ['data-analysis', 'databases-sql', 'business-intelligence'],
      students: 12,
    },
  ],
};

export interface DemoNeed extends NeedTemplate {
  organisation: string;
  startDate: string;
  endDate: string;
  places: number;
  themes: Theme[];
}

export interface DemoCohort extends CohortTemplate {
  organisation: string;
  startDate: string;
  endDate: string;
}

const PERIODS: [string, string][] = [
  ['2027-02-01', '2027-06-30'],
  ['2027-09-01', '2028-01-31'],
  ['2027-04-01', '2027-07-31'],
];

/** Needs for every demo company: the templates of its themes, spread over the periods. */
export function demoNeeds(organisations: readonly DemoOrganisation[]): DemoNeed[] {
  const needs: DemoNeed[] = [];
  organisations
    .filter((o) => o.kind === OrganisationKind.COMPANY)
    .forEach((company, c) => {
      const templates = company.themes.flatMap((theme) => NEEDS_BY_THEME[theme] ?? []);
      templates.slice(0, 3).forEach((template, i) => {
        const [startDate, endDate] = PERIODS[(c + i) % PERIODS.length];
        needs.push({
          ...template,
          organisation: company.name,
          startDate,
          endDate,
          places: 1 + ((c + i) % 3),
          themes: company.themes.filter((t) =>
            [
              Theme.SUSTAINABILITY,
              Theme.DIGITAL,
              Theme.TECHNICAL,
              Theme.HORTICULTURE,
              Theme.LOGISTICS,
            ].includes(t),
          ),
        });
      });
    });
  return needs;
}

/** Cohorts for every demo school: the templates of its kind, in two periods. */
export function demoCohorts(organisations: readonly DemoOrganisation[]): DemoCohort[] {
  const cohorts: DemoCohort[] = [];
  organisations
    .filter((o) => COHORTS_BY_KIND[o.kind])
    .forEach((school, s) => {
      (COHORTS_BY_KIND[school.kind] ?? []).forEach((template, i) => {
        const [startDate, endDate] = PERIODS[(s + i) % 2];
        cohorts.push({
          ...template,
          organisation: school.name,
          startDate,
          endDate,
          students: template.students + ((s * 3) % 7),
        });
      });
    });
  return cohorts;
}

export const MUST = SkillImportance.MUST_HAVE;
export const NICE = SkillImportance.NICE_TO_HAVE;
