import { CreateReferenceData1764547200000 } from './1764547200000-CreateReferenceData';
import { CreateOrganisations1764547200001 } from './1764547200001-CreateOrganisations';
import { CreateAccounts1764547200002 } from './1764547200002-CreateAccounts';
import { CreateInternshipNeeds1764547200003 } from './1764547200003-CreateInternshipNeeds';
import { CreateCohorts1764547200004 } from './1764547200004-CreateCohorts';
import { CreateMinorsChallengesPartnerships1764547200005 } from './1764547200005-CreateMinorsChallengesPartnerships';
import { IndexMarketplaceSearch1764547200006 } from './1764547200006-IndexMarketplaceSearch';
import { CreateMatchingRounds1764547200007 } from './1764547200007-CreateMatchingRounds';
import { IndexRecommendations1764547200008 } from './1764547200008-IndexRecommendations';
import { CreateTransitionTables1764547200009 } from './1764547200009-CreateTransitionTables';
import { AddMailCalendarInvitations1764547200020 } from './1764547200020-AddMailCalendarInvitations';

/** Every migration, oldest first. Listed explicitly because the API is bundled. */
export const MIGRATIONS = [
  CreateReferenceData1764547200000,
  CreateOrganisations1764547200001,
  CreateAccounts1764547200002,
  CreateInternshipNeeds1764547200003,
  CreateCohorts1764547200004,
  CreateMinorsChallengesPartnerships1764547200005,
  IndexMarketplaceSearch1764547200006,
  CreateMatchingRounds1764547200007,
  IndexRecommendations1764547200008,
  CreateTransitionTables1764547200009,
  AddMailCalendarInvitations1764547200020,
];
