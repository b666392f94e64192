import {
  Ecosystem,
  Helix,
  MembershipRole,
  MunicipalityCode,
  OrganisationKind,
  PlatformRole,
  Theme,
} from '@knooppunt/domain';
import type { DemoOrganisation } from './demo-organisations';

/** The password of every demo account (documented in the README). Demo seed only. */
export const DEMO_PASSWORD = 'Knooppunt-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  platformRole?: PlatformRole;
  /** Name of a demo organisation and the role in it. */
  memberOf?: { organisation: string; role: MembershipRole };
}

/** One account per role of product.md §2, invented people only. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'beheer@knooppunt.example',
    displayName: 'Bram Beheerder',
    platformRole: PlatformRole.ADMIN,
  },
  {
    email: 'coordinator@knooppunt.example',
    displayName: 'Carla Coördinator',
    platformRole: PlatformRole.COORDINATOR,
  },
  {
    email: 'bedrijf@knooppunt.example',
    displayName: 'Daan de Kweker',
    memberOf: {
      organisation: 'Bloemenhof Kwekerij De Lange Tuin',
      role: MembershipRole.ORGANISATION_ADMIN,
    },
  },
  {
    email: 'collega@knooppunt.example',
    displayName: 'Eva van de Kas',
    memberOf: { organisation: 'Bloemenhof Kwekerij De Lange Tuin', role: MembershipRole.MEMBER },
  },
  {
    email: 'ict@knooppunt.example',
    displayName: 'Farid Codekade',
    memberOf: {
      organisation: 'Codekade Softwareontwikkeling',
      role: MembershipRole.ORGANISATION_ADMIN,
    },
  },
  {
    email: 'school@knooppunt.example',
    displayName: 'Greet Stagebureau',
    memberOf: { organisation: 'Groencollege Westeinder', role: MembershipRole.ORGANISATION_ADMIN },
  },
  {
    email: 'gemeente@knooppunt.example',
    displayName: 'Hans Economie',
    memberOf: {
      organisation: 'Gemeente Haarlemmermeer — Programma Economie en Werk',
      role: MembershipRole.ORGANISATION_ADMIN,
    },
  },
  {
    email: 'nieuw@knooppunt.example',
    displayName: 'Iris Nieuwkomer',
    memberOf: {
      organisation: 'Kwekerij Het Zonnige Kasje',
      role: MembershipRole.ORGANISATION_ADMIN,
    },
  },
];

/** An organisation waiting in the coordinators' approval queue. */
export const DEMO_PENDING_ORGANISATION: DemoOrganisation = {
  name: 'Kwekerij Het Zonnige Kasje',
  helix: Helix.BUSINESS,
  kind: OrganisationKind.COMPANY,
  municipalityCode: MunicipalityCode.AALSMEER,
  ecosystem: Ecosystem.LOGISTICS_TRADE,
  themes: [Theme.HORTICULTURE, Theme.SUSTAINABILITY],
  address: 'Zonnedauwlaan 7, Aalsmeer',
  website: 'https://zonnigekasje.example',
  description: 'Jonge kwekerij van eetbare bloemen die zich net heeft aangemeld.',
  kvkNumber: '90817263',
};
