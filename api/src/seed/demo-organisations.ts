import { Ecosystem, Helix, MunicipalityCode, OrganisationKind, Theme } from '@knooppunt/domain';

/**
 * An invented organisation for the demo data. Every name, address, KvK number
 * and BRIN code is made up; websites use the reserved `.example` TLD. Only the
 * six municipalities (and their place names) are real.
 */
export interface DemoOrganisation {
  name: string;
  helix: Helix;
  kind: OrganisationKind;
  municipalityCode: MunicipalityCode;
  ecosystem: Ecosystem;
  themes: Theme[];
  address: string;
  website: string;
  description: string;
  kvkNumber?: string;
  brinCode?: string;
}

const { BUSINESS, EDUCATION, GOVERNMENT } = Helix;
const { AALSMEER, AMSTELVEEN, DIEMEN, HAARLEMMERMEER, OUDER_AMSTEL, UITHOORN } = MunicipalityCode;
const { LOGISTICS_TRADE, BUSINESS_FINANCE_ICT, OTHER } = Ecosystem;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // ── Business: Greenport horticulture ─────────────────────────────────────
  {
    name: 'Bloemenhof Kwekerij De Lange Tuin',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY],
    address: 'Rozenkasweg 14, 1432 KT Aalsmeer',
    website: 'https://delangetuin.example',
    description:
      'Familiebedrijf dat op zes hectare glas trosrozen teelt voor de veiling en directe export. We zoeken stagiairs teelt en mensen die willen omscholen naar datagedreven telen.',
    kvkNumber: '91736402',
  },
  {
    name: 'Orchideeënkwekerij Paarse Horizon',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.TECHNICAL, Theme.SUSTAINABILITY],
    address: 'Vlinderorchisstraat 3, 1433 HV Kudelstaart',
    website: 'https://paarsehorizon.example',
    description:
      'Kwekerij van potorchideeën met een volledig geautomatiseerde kas en LED-belichting. Biedt stageplaatsen voor MBO-teelt en HBO-studenten die aan energiebesparing willen werken.',
    kvkNumber: '90458117',
  },
  {
    name: 'Kasklimaat Techniek Meerzicht',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.TECHNICAL, Theme.SUSTAINABILITY],
    address: 'Glasrandweg 88, 1431 BZ Aalsmeer',
    website: 'https://kasklimaat-meerzicht.example',
    description:
      'Installateur van klimaatregelingen, warmtepompen en LED-groeilicht voor tuinders in de Greenport. Heeft jaarlijks plek voor leerlingen mechatronica en elektrotechniek.',
    kvkNumber: '93102655',
  },
  {
    name: 'Bloemenexport Stengel & Knop',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.LOGISTICS],
    address: 'Veilingzichtlaan 21, 1431 RP Aalsmeer',
    website: 'https://stengelenknop.example',
    description:
      'Exporteur van snijbloemen naar Scandinavië en Oost-Europa, met een eigen koelhuis naast het veilingterrein. Zoekt stagiairs internationale handel en logistiek.',
    kvkNumber: '92274830',
  },
  {
    name: 'Potplantenkwekerij Groenvang',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY],
    address: 'Kasdekkerslaan 7, 1435 LM Rijsenhout',
    website: 'https://groenvang.example',
    description:
      'Kwekerij van kamerplanten die regenwater opvangt en het gietwater volledig hergebruikt. Werkt graag mee aan praktijkvraagstukken over circulair telen.',
    kvkNumber: '90861249',
  },
  {
    name: 'Chrysantenkwekerij Zonnekas',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: UITHOORN,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY, Theme.TECHNICAL],
    address: 'Tuinderspolderweg 52, 1424 PG De Kwakel',
    website: 'https://zonnekas.example',
    description:
      'Teler van trosschrysanten die de kas verwarmt met aardwarmte uit een gedeelde bron. Zoekt stagiairs teelttechniek en energiemanagement.',
    kvkNumber: '94017368',
  },

  // ── Business: transport, logistics, trade and aviation ───────────────────
  {
    name: 'Vrachtknoop Luchtvrachtafhandeling',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.AVIATION, Theme.LOGISTICS],
    address: 'Vrachtpoortstraat 5, 1118 CW Schiphol',
    website: 'https://vrachtknoop.example',
    description:
      'Afhandelaar van luchtvracht, bederfelijke goederen en gevaarlijke stoffen op de luchthaven. Biedt ieder halfjaar stageplaatsen voor MBO-logistiek en HBO-supply-chainstudenten.',
    kvkNumber: '91520493',
  },
  {
    name: 'Polderkoel Distributie',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.HORTICULTURE, Theme.SUSTAINABILITY],
    address: 'Koelketenweg 30, 2153 NK Nieuw-Vennep',
    website: 'https://polderkoel.example',
    description:
      'Gekoeld distributiecentrum voor bloemen, planten en vers, met zonnepanelen op het hele dak. Zoekt mensen voor WMS-beheer, koeltechniek en orderpicking.',
    kvkNumber: '93648021',
  },
  {
    name: 'Grenswerk Douane & Expeditie',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.DIGITAL],
    address: 'Douanehof 12, 2132 TJ Hoofddorp',
    website: 'https://grenswerk.example',
    description:
      'Expediteur en douane-expert voor import en export via luchthaven en zeehaven. We leiden zelf douanedeclaranten op en werken graag met scholen aan een omscholingstraject.',
    kvkNumber: '92985714',
  },
  {
    name: 'Vleugelwerk Vliegtuigonderhoud',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.AVIATION, Theme.TECHNICAL],
    address: 'Hangaarstraat 9, 1171 VW Badhoevedorp',
    website: 'https://vleugelwerk.example',
    description:
      'Onderhoudsbedrijf voor regionale vliegtuigen en helikopters, met een eigen opleidingshangaar. Heeft grote behoefte aan vliegtuigtechnici op MBO-4- en HBO-niveau.',
    kvkNumber: '90273586',
  },
  {
    name: 'Stille Wielen Stadslogistiek',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: DIEMEN,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.SUSTAINABILITY],
    address: 'Laadpaalstraat 4, 1113 ZB Diemen',
    website: 'https://stillewielen.example',
    description:
      'Stadshub die pakketten en horecabevoorrading emissievrij bezorgt met elektrische bakfietsen en bestelwagens. Zoekt stagiairs routeplanning en data-analyse.',
    kvkNumber: '94330782',
  },
  {
    name: 'Kratten & Co Groothandel',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: OUDER_AMSTEL,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.HOSPITALITY],
    address: 'Pakhuispad 16, 1115 HR Duivendrecht',
    website: 'https://krattenenco.example',
    description:
      'Groothandel in dranken en versproducten voor de horeca in de regio. Biedt leerwerkplekken in het magazijn en stageplaatsen voor inkoop en verkoop.',
    kvkNumber: '91847260',
  },
  {
    name: 'Dronewerf Inspecties',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: UITHOORN,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.AVIATION, Theme.TECHNICAL, Theme.DIGITAL],
    address: 'Propellerweg 2, 1422 DS Uithoorn',
    website: 'https://dronewerf.example',
    description:
      'Inspecteert kassen, daken, bruggen en zonneparken met drones en verwerkt de beelden tot onderhoudsadvies. Zoekt stagiairs dronetechniek en beeldanalyse.',
    kvkNumber: '93761045',
  },

  // ── Business: business, financial and ICT services ───────────────────────
  {
    name: 'Grootboek & Partners Accountants',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AMSTELVEEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.FINANCE, Theme.SUSTAINABILITY],
    address: 'Balanslaan 40, 1183 NW Amstelveen',
    website: 'https://grootboekpartners.example',
    description:
      'Accountantskantoor voor het mkb dat klanten ook helpt met CO2-rapportage en de CSRD. Biedt afstudeerplekken voor HBO-accountancy en fiscaal recht.',
    kvkNumber: '90624931',
  },
  {
    name: 'Slotgracht Cyberbeveiliging',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AMSTELVEEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL],
    address: 'Firewallplein 6, 1186 JE Amstelveen',
    website: 'https://slotgracht.example',
    description:
      'Securitybedrijf met een eigen security operations centre voor logistieke en financiële klanten. Zoekt stagiairs cybersecurity en biedt een omscholingstraject tot SOC-analist.',
    kvkNumber: '92408376',
  },
  {
    name: 'Datadijk Analytics',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: DIEMEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.LOGISTICS],
    address: 'Rekenpad 19, 1111 AG Diemen',
    website: 'https://datadijk.example',
    description:
      'Databureau dat dashboards en vraagvoorspellingen bouwt voor verladers en groothandels. Werkt graag samen met een minor op het gebied van data en logistiek.',
    kvkNumber: '91093857',
  },
  {
    name: 'Codekade Softwareontwikkeling',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: DIEMEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL],
    address: 'Compilerstraat 27, 1112 XM Diemen',
    website: 'https://codekade.example',
    description:
      'Softwarehuis dat webapplicaties en koppelingen bouwt voor de zakelijke dienstverlening. Heeft plek voor MBO- en HBO-stagiairs softwareontwikkeling.',
    kvkNumber: '93215608',
  },
  {
    name: 'Wolkenwerk Cloud Services',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.TECHNICAL, Theme.SUSTAINABILITY],
    address: 'Serverkade 1, 2131 WV Hoofddorp',
    website: 'https://wolkenwerk.example',
    description:
      'Beheert een datacenter waarvan de restwarmte naar een nabij warmtenet gaat. Zoekt technici datacenterinfrastructuur en cloud engineers in opleiding.',
    kvkNumber: '94582913',
  },
  {
    name: 'Muntstroom Betaaloplossingen',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: OUDER_AMSTEL,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.FINANCE, Theme.DIGITAL],
    address: 'Transactieweg 11, 1115 BK Duivendrecht',
    website: 'https://muntstroom.example',
    description:
      'Fintechbedrijf dat betaalterminals en online betalingen levert aan winkels en horeca. Biedt stages in softwareontwikkeling, compliance en klantcontact.',
    kvkNumber: '92037164',
  },
  {
    name: 'Paraplu Verzekeringsadvies',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: UITHOORN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.FINANCE],
    address: 'Polisstraat 8, 1421 TA Uithoorn',
    website: 'https://paraplu-verzekeringsadvies.example',
    description:
      'Adviesbureau voor bedrijfsverzekeringen van tuinders en transporteurs. Zoekt stagiairs financiële dienstverlening en schadebehandeling.',
    kvkNumber: '90749285',
  },

  // ── Business: other sectors ──────────────────────────────────────────────
  {
    name: 'Hotel & Congrescentrum Het Stadsbalkon',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: AMSTELVEEN,
    ecosystem: OTHER,
    themes: [Theme.HOSPITALITY],
    address: 'Terrasboulevard 100, 1181 ZH Amstelveen',
    website: 'https://stadsbalkon.example',
    description:
      'Zakelijk hotel met congreszalen voor internationale gasten uit de regio. Biedt leerwerkplekken in de keuken, de bediening en de receptie.',
    kvkNumber: '93904517',
  },
  {
    name: 'Installatiebedrijf Warmtewissel',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: OUDER_AMSTEL,
    ecosystem: OTHER,
    themes: [Theme.SUSTAINABILITY, Theme.TECHNICAL, Theme.CONSTRUCTION],
    address: 'Buitendijkse Werf 23, 1191 AC Ouderkerk aan de Amstel',
    website: 'https://warmtewissel.example',
    description:
      'Installateur van warmtepompen, zonnepanelen en ventilatie in woningen en kantoren. Kan door personeelstekort niet aan de vraag voldoen en zoekt leerlingen en zij-instromers.',
    kvkNumber: '91368042',
  },
  {
    name: 'Zorgcollectief De Waterlinde',
    helix: BUSINESS,
    kind: OrganisationKind.COMPANY,
    municipalityCode: UITHOORN,
    ecosystem: OTHER,
    themes: [Theme.CARE, Theme.DIGITAL],
    address: 'Lindenoeverlaan 45, 1422 MV Uithoorn',
    website: 'https://dewaterlinde.example',
    description:
      'Wijkverpleging en dagbesteding voor ouderen in Uithoorn en De Kwakel. Zoekt stagiairs zorg en welzijn en experimenteert met zorgtechnologie.',
    kvkNumber: '94126739',
  },

  // ── Education ────────────────────────────────────────────────────────────
  {
    name: 'Groencollege Westeinder',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_MBO,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.LOGISTICS, Theme.SUSTAINABILITY],
    address: 'Leerkasweg 2, 1432 GS Aalsmeer',
    website: 'https://groencollege-westeinder.example',
    description:
      'MBO-school voor teelt, bloemschikken, groene handel en logistiek, met een eigen lesskas. Zoekt ieder jaar stageplaatsen in de Greenport voor zo’n honderd studenten.',
    brinCode: '99GW',
  },
  {
    name: 'Beurswijk MBO College Zakelijk & ICT',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_MBO,
    municipalityCode: AMSTELVEEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.FINANCE, Theme.HOSPITALITY],
    address: 'Leerlingenlaan 15, 1185 KP Amstelveen',
    website: 'https://beurswijkcollege.example',
    description:
      'MBO-college voor ICT, financiële administratie, commercie en gastvrijheid. Zoekt bedrijven voor stageplaatsen en praktijkopdrachten.',
    brinCode: '99BZ',
  },
  {
    name: 'MBO Vliegwiel Luchtvaart & Logistiek',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_MBO,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.AVIATION, Theme.LOGISTICS, Theme.TECHNICAL],
    address: 'Startbaanlaan 60, 2134 EV Hoofddorp',
    website: 'https://mbovliegwiel.example',
    description:
      'MBO-school voor vliegtuigtechniek, luchtvrachtlogistiek en beveiliging. Werkt met bedrijven rond de luchthaven aan leerwerktrajecten en stages.',
    brinCode: '99VL',
  },
  {
    name: 'Techniekcollege Zijdelmeer',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_MBO,
    municipalityCode: UITHOORN,
    ecosystem: OTHER,
    themes: [Theme.TECHNICAL, Theme.SUSTAINABILITY, Theme.CONSTRUCTION],
    address: 'Werkplaatsstraat 33, 1423 BL Uithoorn',
    website: 'https://techniekcollege-zijdelmeer.example',
    description:
      'MBO-college voor elektrotechniek, mechatronica, installatietechniek en bouw. Zoekt leerbedrijven die studenten opleiden in de energietransitie.',
    brinCode: '99TZ',
  },
  {
    name: 'Hogeschool Meerstroom',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_HBO,
    municipalityCode: DIEMEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.FINANCE, Theme.SUSTAINABILITY],
    address: 'Kenniscampus 1, 1112 VA Diemen',
    website: 'https://hogeschoolmeerstroom.example',
    description:
      'Hogeschool met bachelors en associate degrees in ICT, finance en bedrijfskunde. Biedt minors met praktijkvraagstukken van bedrijven uit de regio.',
    brinCode: '99HM',
  },
  {
    name: 'Ketenacademie Hogeschool Hoofddorp',
    helix: EDUCATION,
    kind: OrganisationKind.SCHOOL_HBO,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.SUSTAINABILITY, Theme.AVIATION],
    address: 'Ketenplein 8, 2132 LR Hoofddorp',
    website: 'https://ketenacademie.example',
    description:
      'Hogeschool voor logistiek, supply chain management en luchtvaartmanagement. Verzorgt de minor Duurzaam Ketenbeheer en zoekt bedrijven als partner.',
    brinCode: '99KA',
  },
  {
    name: 'Universiteit Amstelland',
    helix: EDUCATION,
    kind: OrganisationKind.UNIVERSITY,
    municipalityCode: AMSTELVEEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.FINANCE, Theme.SUSTAINABILITY],
    address: 'Collegezaalweg 100, 1182 DW Amstelveen',
    website: 'https://universiteit-amstelland.example',
    description:
      'Universiteit met opleidingen in econometrie, informatica en bestuurskunde. Zoekt bedrijven en gemeenten met onderzoeksvragen voor masterstudenten.',
    brinCode: '99UA',
  },
  {
    name: 'Omscholingshuis Logistiek Vennep',
    helix: EDUCATION,
    kind: OrganisationKind.TRAINING_PROVIDER,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.LOGISTICS, Theme.TECHNICAL],
    address: 'Oefenloods 4, 2151 BT Nieuw-Vennep',
    website: 'https://omscholingshuis-vennep.example',
    description:
      'Opleider voor heftruckcertificaten, VCA en magazijnbeheer, ook voor zij-instromers en statushouders. Werkt met werkgevers aan korte omscholingstrajecten.',
    brinCode: '99OL',
  },
  {
    name: 'Codewerf Omscholing',
    helix: EDUCATION,
    kind: OrganisationKind.TRAINING_PROVIDER,
    municipalityCode: OUDER_AMSTEL,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL],
    address: 'Leerlijn 5, 1115 TZ Duivendrecht',
    website: 'https://codewerf.example',
    description:
      'Bootcamps van twaalf weken in softwareontwikkeling, data en cybersecurity voor zij-instromers. Zoekt bedrijven die deelnemers een leerwerkplek bieden.',
    brinCode: '99CW',
  },
  {
    name: 'Warmtewerk Opleidingen',
    helix: EDUCATION,
    kind: OrganisationKind.TRAINING_PROVIDER,
    municipalityCode: UITHOORN,
    ecosystem: OTHER,
    themes: [Theme.SUSTAINABILITY, Theme.TECHNICAL, Theme.CONSTRUCTION],
    address: 'Omvormerstraat 12, 1421 RK Uithoorn',
    website: 'https://warmtewerk.example',
    description:
      'Praktijkopleider voor monteurs warmtepompen, zonnepanelen en laadpalen. Biedt modulaire omscholing voor technici uit andere sectoren.',
    brinCode: '99WO',
  },

  // ── Government ───────────────────────────────────────────────────────────
  {
    name: 'Gemeente Aalsmeer — Economische Zaken',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: AALSMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.HORTICULTURE, Theme.LOGISTICS, Theme.SUSTAINABILITY],
    address: 'Bestuurshof 1, 1431 EA Aalsmeer',
    website: 'https://ez.gemeente-aalsmeer.example',
    description:
      'Het team Economische Zaken van de gemeente Aalsmeer werkt aan een toekomstbestendige Greenport en aan ruimte voor glastuinbouw en veilinggerelateerde bedrijvigheid.',
  },
  {
    name: 'Gemeente Amstelveen — Team Economie en Arbeidsmarkt',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: AMSTELVEEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.FINANCE, Theme.HOSPITALITY],
    address: 'Stadsbestuurplein 2, 1181 AB Amstelveen',
    website: 'https://economie.gemeente-amstelveen.example',
    description:
      'Verbindt internationale bedrijven, scholen en werkzoekenden in Amstelveen. Trekt de regionale thematafel over digitale vaardigheden.',
  },
  {
    name: 'Gemeente Diemen — Afdeling Werk en Economie',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: DIEMEN,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.DIGITAL, Theme.SUSTAINABILITY],
    address: 'Raadsheerlaan 10, 1111 CD Diemen',
    website: 'https://werkeneconomie.gemeente-diemen.example',
    description:
      'Stimuleert stageplaatsen en werkgelegenheid rond station Diemen Zuid en de bedrijventerreinen. Zet in op omscholing naar ICT en techniek.',
  },
  {
    name: 'Gemeente Haarlemmermeer — Programma Economie en Werk',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: HAARLEMMERMEER,
    ecosystem: LOGISTICS_TRADE,
    themes: [Theme.AVIATION, Theme.LOGISTICS, Theme.SUSTAINABILITY],
    address: 'Polderbestuurweg 1, 2132 BE Hoofddorp',
    website: 'https://economie.gemeente-haarlemmermeer.example',
    description:
      'Programmateam dat werkgevers rond de luchthaven en de logistieke bedrijventerreinen verbindt met onderwijs. Werkt aan bereikbaarheid en huisvesting van (internationale) medewerkers.',
  },
  {
    name: 'Gemeente Ouder-Amstel — Economische Zaken',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: OUDER_AMSTEL,
    ecosystem: BUSINESS_FINANCE_ICT,
    themes: [Theme.SUSTAINABILITY, Theme.CONSTRUCTION, Theme.HOSPITALITY],
    address: 'Dorpsbestuurstraat 4, 1191 GE Ouderkerk aan de Amstel',
    website: 'https://ez.gemeente-ouder-amstel.example',
    description:
      'Ondersteunt ondernemers in Ouderkerk aan de Amstel en Duivendrecht en de ontwikkeling rond intercitystation Duivendrecht. Organiseert thematafels over verduurzaming.',
  },
  {
    name: 'Gemeente Uithoorn — Team Economie en Ondernemen',
    helix: GOVERNMENT,
    kind: OrganisationKind.MUNICIPALITY,
    municipalityCode: UITHOORN,
    ecosystem: OTHER,
    themes: [Theme.HORTICULTURE, Theme.TECHNICAL, Theme.CARE],
    address: 'Gemeentehuislaan 7, 1421 VR Uithoorn',
    website: 'https://ondernemen.gemeente-uithoorn.example',
    description:
      'Aanspreekpunt voor ondernemers in Uithoorn en De Kwakel, van glastuinbouw tot zorg. Zet zich in voor een goede bereikbaarheid via de Amsteltram en de N201.',
  },
  {
    name: 'Regionaal Talentbureau Amstel-Meerlanden',
    helix: GOVERNMENT,
    kind: OrganisationKind.REGIONAL_BODY,
    municipalityCode: AMSTELVEEN,
    ecosystem: OTHER,
    themes: [Theme.SUSTAINABILITY, Theme.DIGITAL, Theme.TECHNICAL],
    address: 'Samenwerkingsplein 6, 1183 GT Amstelveen',
    website: 'https://talentbureau-amstelmeerlanden.example',
    description:
      'Gezamenlijk bureau van de zes gemeenten dat transitietafels en regiogesprekken organiseert. Brengt in kaart waar het tekort aan digitale, duurzame en technische vaardigheden het grootst is.',
  },
];
